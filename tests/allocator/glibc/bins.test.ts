import { describe, expect, it } from 'vitest';
import { largebin_index, smallbin_index } from '../../../allocator/glibc/bins';
import { expectAbort, fresh, outcome, sound, type Machine } from './helpers';

/** Frees `sizes` (each with a guard after it) so they land in the unsorted bin. Returns pointers. */
function unsortedChunks(m: Machine, sizes: number[]): number[] {
  const ps = sizes.map((n) => {
    const p = m.g.malloc(n);
    m.g.malloc(10);
    return p;
  });
  for (const p of ps) m.g.free(p);
  return ps;
}

describe('bins (allocator-facts 1.3 index formulas, 1.8 unlink, 1.9 unsorted scan)', () => {
  it('index formulas', () => {
    expect(smallbin_index(0x20)).toBe(2);
    expect(smallbin_index(0x3f0)).toBe(63);
    expect(largebin_index(0x400)).toBe(64);
    expect(largebin_index(0xc00)).toBe(96);
    expect(largebin_index(0xc40)).toBe(97);
    expect(largebin_index(0x2a00)).toBe(112);
    expect(largebin_index(0x10000)).toBe(121);
    expect(largebin_index(0x3ffff)).toBe(124);
    expect(largebin_index(0x40000)).toBe(125);
    expect(largebin_index(0x100000)).toBe(126);
  });

  it('the unsorted scan sorts chunks into small and large bins; large bins stay sorted', () => {
    const m = fresh();
    const [a, b, c, d] = unsortedChunks(m, [1100, 1500, 1200, 1100]);
    sound(m.g);
    m.g.malloc(5000); // from top: every unsorted chunk gets binned on the way
    sound(m.g);
    const s = m.g.snapshot();
    const listOf = (p: number | undefined) => s.chunks.find((x) => x.mem === p)!.list;
    // 1100 -> 0x460, 1200 -> 0x4c0, 1500 -> 0x5e0: bins 65, 67, 71
    expect(listOf(a)).toBe('largebin[65]');
    expect(listOf(d)).toBe('largebin[65]');
    expect(listOf(c)).toBe('largebin[67]');
    expect(listOf(b)).toBe('largebin[71]');
    // best fit from a large bin with two equal chunks takes the second (keeps the skip list)
    const first = s.lists['largebin[65]']![0]!;
    expect(m.g.malloc(1100)).toBe(s.lists['largebin[65]']![1]! + 16);
    expect(s.lists['largebin[65]']![0]).toBe(first);
    sound(m.g);
  });

  it('several sizes in one large bin keep the nextsize ring in order', () => {
    const m = fresh();
    unsortedChunks(m, [4090, 4200, 4400, 4300, 4090]); // chunks 0x1000..0x1140: all in largebin[99]
    m.g.malloc(9000);
    expect(m.g.check()).toEqual([]);
    const s = m.g.snapshot();
    expect(s.lists['largebin[99]']).toHaveLength(5);
    expect(m.g.malloc(4100)).not.toBe(0); // best fit 0x1070, split
    sound(m.g);
    m.g.malloc(4090);
    sound(m.g);
  });

  it('a small bin hit moves the rest of that bin into the tcache', () => {
    const m = fresh();
    const sizes = new Array(9).fill(200);
    const ps = sizes.map(() => {
      const p = m.g.malloc(200);
      m.g.malloc(10);
      return p;
    });
    for (const p of ps) m.g.free(p); // 7 to tcache, 2 to unsorted
    for (let i = 0; i < 7; i++) m.g.malloc(200); // drain
    m.g.malloc(3000); // bins the two 0xd0 chunks into smallbin[13]
    expect(m.g.snapshot().lists['smallbin[13]']).toHaveLength(2);
    const p = m.g.malloc(200);
    expect(ps.slice(7)).toContain(p);
    const s = m.g.snapshot();
    expect(s.lists['smallbin[13]']).toBeUndefined();
    expect(s.tcacheCounts[11]).toBe(1);
    sound(m.g);
  });

  it('malloc(): smallbin double linked list corrupted', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const [a] = unsortedChunks(m, [0x3d0 - 8]); // chunk 0x3d0: not tcache-able? it is; fill first
      void a;
      const b: number[] = [];
      for (let i = 0; i < 8; i++) {
        b.push(g.malloc(500));
        g.malloc(10);
      }
      for (const p of b) g.free(p); // 7 tcache, 1 unsorted
      for (let i = 0; i < 7; i++) g.malloc(500);
      g.malloc(3000); // bins it into a small bin
      m.space.writeWord(b[7]! + 8, b[0]! - 16); // bk -> a chunk whose fd is not b7
      g.malloc(500);
    });
    expectAbort(o, 'malloc(): smallbin double linked list corrupted');
  });

  it('malloc(): invalid size (unsorted)', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const [a] = unsortedChunks(m, [2000]);
      m.space.writeWord(a! - 8, 0x10);
      g.malloc(3000);
    });
    expectAbort(o, 'malloc(): invalid size (unsorted)');
  });

  it('malloc(): invalid next size (unsorted)', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const [a] = unsortedChunks(m, [2000]);
      m.space.writeWord(a! - 16 + 0x7e0 + 8, 1);
      g.malloc(3000);
    });
    expectAbort(o, 'malloc(): invalid next size (unsorted)');
  });

  it('malloc(): mismatching next->prev_size (unsorted)', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const [a] = unsortedChunks(m, [2000]);
      m.space.writeWord(a! - 16 + 0x7e0, 0x7f0);
      g.malloc(3000);
    });
    expectAbort(o, 'malloc(): mismatching next->prev_size (unsorted)');
  });

  it('malloc(): unsorted double linked list corrupted', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const [a] = unsortedChunks(m, [2000]);
      m.space.writeWord(a!, a! - 16); // fd no longer the bin
      g.malloc(3000);
    });
    expectAbort(o, 'malloc(): unsorted double linked list corrupted');
  });

  it('malloc(): invalid next->prev_inuse (unsorted)', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const [a] = unsortedChunks(m, [2000]);
      const nextSize = a! - 16 + 0x7e0 + 8;
      m.space.writeWord(nextSize, m.space.readWord(nextSize) | 1);
      g.malloc(3000);
    });
    expectAbort(o, 'malloc(): invalid next->prev_inuse (unsorted)');
  });

  it.each([
    [8, 'malloc(): largebin double linked list corrupted (bk)'],
    [24, 'malloc(): largebin double linked list corrupted (nextsize)'],
  ])('corrupting field +%i of a large-bin chunk -> %s', (offset, message) => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const a = g.malloc(4090);
      g.malloc(10);
      const c = g.malloc(4200);
      g.malloc(10);
      g.free(a);
      g.malloc(9000); // a goes to largebin[99]
      m.space.writeWord(a + offset, a + 0x100); // a->bk or a->bk_nextsize: mapped garbage
      g.free(c); // unsorted
      g.malloc(9000); // c is sorted into largebin[99] next to a
    });
    expectAbort(o, message);
  });

  it('corrupted size vs. prev_size from unlink_chunk', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(2000);
      const q = g.malloc(2000);
      g.malloc(10);
      g.free(q);
      m.space.writeWord(q - 8, 0x7f1); // q's size no longer matches its footer
      g.free(p); // forward merge: unlink_chunk(q)
    });
    expectAbort(o, 'corrupted size vs. prev_size');
  });
});
