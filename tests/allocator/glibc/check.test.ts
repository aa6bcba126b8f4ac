import { describe, expect, it } from 'vitest';
import { fresh, HEAP_START, sound } from './helpers';

describe('check: the invariant checker catches what it claims to', () => {
  it('is [] on a fresh and on a busy heap', () => {
    const { g } = fresh();
    expect(g.check()).toEqual([]);
    const ps = [10, 200, 2000, 100, 5000, 300000].map((n) => g.malloc(n));
    g.free(ps[1]!);
    g.free(ps[2]!);
    sound(g);
  });

  it('reports a P bit that disagrees with a binned neighbour', () => {
    const { g, space } = fresh();
    const p = g.malloc(2000);
    const q = g.malloc(10);
    g.free(p);
    space.writeWord(q - 8, space.readWord(q - 8) | 1);
    expect(g.check().join('\n')).toContain('has P set');
  });

  it('reports a wrong tcache count and a lost key', () => {
    const { g, space } = fresh();
    const p = g.malloc(10);
    g.free(p);
    space.writeWord(p + 8, 0);
    space.writeU16(g.state.tcache, 3);
    const v = g.check().join('\n');
    expect(v).toContain('lost its key');
    expect(v).toContain('counts[0] = 3 but the list has 1');
  });

  it('reports a broken doubly linked list and a walk that does not reach top', () => {
    const { g, space } = fresh();
    const p = g.malloc(2000);
    g.malloc(10);
    g.free(p);
    space.writeWord(p + 8, HEAP_START);
    expect(g.check().join('\n')).toContain('unsorted: bk of');
    space.writeWord(p - 8, 0x12345670);
    expect(g.check().join('\n')).toContain('does not lead to top');
  });

  it('reports mmapped bookkeeping that disagrees', () => {
    const { g } = fresh();
    g.malloc(300000);
    g.state.mp_.n_mmaps = 2;
    expect(g.check()).toEqual(['n_mmaps 2 != 1 mmapped chunks']);
  });
});

describe('snapshot', () => {
  it('lists every chunk from heap start to top with its state and list, JSON-serialisable', () => {
    const { g } = fresh();
    const a = g.malloc(10);
    const b = g.malloc(2000);
    g.malloc(10);
    const c = g.malloc(200000);
    g.free(a);
    g.free(b);
    const s = g.snapshot();
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(s.heapStart).toBe(HEAP_START);
    expect(s.tcache).toBe(HEAP_START + 0x10);
    expect(s.tcacheKey).toBe('0x3e461bd2fd6231a7');
    expect(s.chunks.map((x) => [x.address - HEAP_START, x.size, x.state, x.list, x.flags.P])).toEqual([
      [0, 0x290, 'in-use', null, true],
      [0x290, 0x20, 'free', 'tcache[0]', true],
      [0x2b0, 0x7e0, 'free', 'unsorted', true],
      [0xa90, 0x20, 'in-use', null, false],
      [0xab0, 0x21000 - 0xab0, 'top', null, true],
    ]);
    expect(s.mmapped).toEqual([{ address: c - 16, mem: c, size: 0x31000 }]);
    expect(s.counters.n_mmaps).toBe(1);
  });
});
