import { describe, expect, it } from 'vitest';
import { expectAbort, fresh, outcome, sound, type Machine } from './helpers';

/** n blocks of `size`, the first 7 freed into the tcache. */
function fillTcache(m: Machine, n: number, size = 10): number[] {
  const a: number[] = [];
  for (let i = 0; i < n; i++) a.push(m.g.malloc(size));
  for (let i = 0; i < 7; i++) m.g.free(a[i]!);
  return a;
}

describe('fastbins (allocator-facts 1.8 step 7, 1.9, 1.13)', () => {
  it('8 x malloc(10); free 7; free(a7) twice -> double free or corruption (fasttop)', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const a = fillTcache(m, 8);
      g.free(a[7]!);
      expect(g.check()).toEqual([]);
      expect(g.snapshot().lists['fastbin[0]']).toEqual([a[7]! - 16]);
      g.free(a[7]!);
    });
    expectAbort(o, 'double free or corruption (fasttop)');
  });

  it('A-B-A passes free, then the first large malloc trips malloc_consolidate', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const a = fillTcache(m, 9);
      g.free(a[7]!);
      g.free(a[8]!);
      g.free(a[7]!); // fastbin now loops a7 -> a8 -> a7
      g.malloc(4096); // puts()'s stdout buffer
    });
    expectAbort(o, 'malloc_consolidate(): invalid chunk size');
    expect(o.end!.evidence!.where).toBe('malloc_consolidate');
  });

  it('tcache full + next chunk size word 1 -> free(): invalid next size (fast)', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const a = fillTcache(m, 9);
      m.space.writeWord(a[8]! - 8, 1);
      g.free(a[7]!);
    });
    expectAbort(o, 'free(): invalid next size (fast)');
  });

  it('fastbin chunk size changed to 0x31; drain tcache; malloc -> malloc(): memory corruption (fast)', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const a = fillTcache(m, 8);
      g.free(a[7]!);
      m.space.writeWord(a[7]! - 8, 0x31);
      for (let i = 0; i < 7; i++) g.malloc(10);
      g.malloc(10);
    });
    expectAbort(o, 'malloc(): memory corruption (fast)');
  });

  it('fastbin fd xor 8; malloc(5000) -> malloc_consolidate(): unaligned fastbin chunk detected', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const a = fillTcache(m, 8);
      g.free(a[7]!);
      m.space.write8(a[7]!, m.space.read8(a[7]!) ^ 8);
      g.malloc(5000);
    });
    expectAbort(o, 'malloc_consolidate(): unaligned fastbin chunk detected');
  });

  it('fastbin fd xor 8; drain tcache; malloc -> malloc(): unaligned fastbin chunk detected 3', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const a = fillTcache(m, 9);
      g.free(a[7]!);
      g.free(a[8]!);
      m.space.write8(a[7]!, m.space.read8(a[7]!) ^ 8);
      for (let i = 0; i < 7; i++) g.malloc(10);
      expect(g.malloc(10)).toBe(a[8]); // a7 moves to the tcache, then the bad link
    });
    expectAbort(o, 'malloc(): unaligned fastbin chunk detected 3');
  });

  it('a misaligned fastbin head -> malloc(): unaligned fastbin chunk detected 2', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const a = fillTcache(m, 9);
      g.free(a[7]!);
      g.free(a[8]!);
      m.space.write8(a[8]!, m.space.read8(a[8]!) ^ 8); // a8 -> a7 becomes a8 -> a7^8
      for (let i = 0; i < 7; i++) g.malloc(10);
      const tc = g.state.tcache;
      // empty the tcache bin again so the next two requests reach the fastbin
      g.state.mp_.tcache_count = 0;
      expect(tc).not.toBe(0);
      expect(g.malloc(10)).toBe(a[8]);
      g.malloc(10);
    });
    expectAbort(o, 'malloc(): unaligned fastbin chunk detected 2');
  });

  it('consolidation merges fastbin chunks with free neighbours and top', () => {
    const m = fresh();
    const a = fillTcache(m, 10, 100);
    for (let i = 7; i < 10; i++) m.g.free(a[i]!);
    sound(m.g);
    expect(m.g.snapshot().lists['fastbin[5]']).toHaveLength(3);
    const big = m.g.malloc(2000); // consolidate: the three merge into top, then top is split
    expect(big).toBe(a[7]);
    const s = m.g.snapshot();
    expect(s.chunks.filter((c) => c.list?.startsWith('fastbin'))).toEqual([]);
    sound(m.g);
  });
});
