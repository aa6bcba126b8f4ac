import { describe, expect, it } from 'vitest';
import { expectAbort, fresh, outcome, sound } from './helpers';

const KEY = 0x3e461bd2fd6231a7n;

describe('tcache (allocator-facts 1.4, 1.5)', () => {
  it('safe-links next pointers and stores tcache_key at mem+8', () => {
    const { g, space } = fresh();
    const a = g.malloc(10);
    const b = g.malloc(10);
    g.free(a);
    expect(space.readWord(a)).toBe(Math.floor(a / 4096)); // NULL stored as (pos >> 12)
    expect(space.readU64(a + 8)).toBe(KEY);
    g.free(b);
    expect(space.readU64(b)).toBe(BigInt(Math.floor(b / 4096)) ^ BigInt(a));
    const s = g.snapshot();
    expect(s.lists['tcache[0]']).toEqual([b - 16, a - 16]);
    expect(s.tcacheCounts[0]).toBe(2);
    sound(g);
    expect(g.malloc(10)).toBe(b); // LIFO
    expect(space.readWord(b + 8)).toBe(0); // key cleared by tcache_get
    expect(g.malloc(10)).toBe(a);
    sound(g);
  });

  it('p=malloc(10); free(p); free(p) -> free(): double free detected in tcache 2', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(10);
      g.free(p);
      g.free(p);
    });
    expectAbort(o, 'free(): double free detected in tcache 2');
    expect(o.end!.evidence!.where).toBe('_int_free');
    expect(o.end!.evidence!.call).toBe('free(0x5555555592a0)');
  });

  it('detects the double free even when the bin is full, deep in the list', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const a: number[] = [];
      for (let i = 0; i < 7; i++) a.push(g.malloc(10));
      for (let i = 0; i < 7; i++) g.free(a[i]!);
      g.free(a[0]!); // last in the list (position 6)
    });
    expectAbort(o, 'free(): double free detected in tcache 2');
    expect(o.end!.evidence!.conclusion).toContain('position 6');
  });

  it('a coincidental key in user data is walked over without an abort', () => {
    const { g, space } = fresh();
    const p = g.malloc(10);
    space.writeU64(p + 8, KEY);
    g.free(p);
    sound(g);
  });

  it('corrupt tcache next (xor 8); two mallocs -> malloc(): unaligned tcache chunk detected', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const a = g.malloc(10);
      const b = g.malloc(10);
      g.free(a);
      g.free(b);
      m.space.write8(b, m.space.read8(b) ^ 8);
      expect(g.malloc(10)).toBe(b); // only the head is checked
      g.malloc(10);
    });
    expectAbort(o, 'malloc(): unaligned tcache chunk detected');
  });

  it('a forged count walks into the "too many chunks" check', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const a = g.malloc(10);
      const b = g.malloc(10);
      g.free(a);
      m.space.writeU64(a, BigInt(Math.floor(a / 4096)) ^ BigInt(a)); // a->next = a: a loop
      m.space.writeU64(b + 8, KEY);
      g.free(b);
    });
    expectAbort(o, 'free(): too many chunks detected in tcache');
  });

  it('an unaligned entry met during the double-free walk', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const a = g.malloc(10);
      const b = g.malloc(10);
      g.free(a);
      m.space.write8(a, m.space.read8(a) ^ 8);
      m.space.writeU64(b + 8, KEY);
      g.free(b);
    });
    expectAbort(o, 'free(): unaligned chunk detected in tcache 2');
  });

  it('with tcache_count 0 (tunable) a tcache-sized double free is caught as fasttop', () => {
    const m = fresh();
    m.g.malloc(1);
    m.g.state.mp_.tcache_count = 0;
    const o = outcome(m, (g) => {
      const p = g.malloc(10);
      g.free(p);
      g.free(p);
    });
    expectAbort(o, 'double free or corruption (fasttop)');
  });
});
