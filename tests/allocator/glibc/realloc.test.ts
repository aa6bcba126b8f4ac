import { describe, expect, it } from 'vitest';
import { expectAbort, expectSegv, fresh, outcome, sound } from './helpers';

describe('realloc (allocator-facts 1.10, 1.13)', () => {
  it('realloc(p, 0) frees and returns NULL; the next malloc reuses p', () => {
    const { g } = fresh();
    const p = g.malloc(10);
    expect(g.realloc(p, 0)).toBe(0);
    expect(g.malloc(10)).toBe(p);
    sound(g);
  });

  it('realloc(NULL, n) is malloc(n)', () => {
    const { g } = fresh();
    expect(g.realloc(0, 10)).toBe(0x5555555592a0);
  });

  it('shrinks in place and frees the tail; grows into top in place; keeps contents', () => {
    const { g, space } = fresh();
    const p = g.malloc(2000);
    space.fill(p, 0x5a, 2000);
    expect(g.realloc(p, 100)).toBe(p);
    expect(space.readWord(p - 8)).toBe(0x71);
    sound(g);
    expect(g.realloc(p, 5000)).toBe(p); // next is top again after the tail merged into it
    expect(space.read8(p + 99)).toBe(0x5a);
    sound(g);
  });

  it('grows into a free next chunk', () => {
    const { g } = fresh();
    const p = g.malloc(2000);
    const q = g.malloc(2000);
    g.malloc(10);
    g.free(q);
    expect(g.realloc(p, 3000)).toBe(p);
    sound(g);
  });

  it('moves when it must, copies the old bytes and frees the old chunk', () => {
    const { g, space } = fresh();
    const p = g.malloc(2000);
    g.malloc(10);
    space.fill(p, 0x33, 2000);
    const r = g.realloc(p, 4000);
    expect(r).not.toBe(p);
    expect(space.readBytes(r, 2000).every((b) => b === 0x33)).toBe(true);
    expect(g.snapshot().chunks.find((c) => c.mem === p)!.list).toBe('unsorted');
    sound(g);
  });

  it('realloc moves p (2000 -> 4000); free(old p) -> double free or corruption (!prev)', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(2000);
      g.malloc(10);
      g.realloc(p, 4000);
      g.free(p);
    });
    expectAbort(o, 'double free or corruption (!prev)');
  });

  it('realloc(p + 16, 100) -> realloc(): invalid pointer', () => {
    const m = fresh();
    const o = outcome(m, (g) => g.realloc(g.malloc(10) + 16, 100));
    expectAbort(o, 'realloc(): invalid pointer');
  });

  it('realloc with own size word 1 -> realloc(): invalid pointer', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(10);
      m.space.writeWord(p - 8, 1);
      g.realloc(p, 100);
    });
    expectAbort(o, 'realloc(): invalid pointer');
  });

  it('realloc with own size word 0x10 -> realloc(): invalid old size', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(10);
      m.space.writeWord(p - 8, 0x10);
      g.realloc(p, 100);
    });
    expectAbort(o, 'realloc(): invalid old size');
  });

  it('realloc with next size word 1 -> realloc(): invalid next size', () => {
    const m = fresh();
    const o = outcome(m, (g) => {
      const p = g.malloc(10);
      const q = g.malloc(10);
      m.space.writeWord(q - 8, 1);
      g.realloc(p, 100);
    });
    expectAbort(o, 'realloc(): invalid next size');
  });

  it('realloc of a freed tcache chunk bordering top succeeds silently by growing into top', () => {
    const { g } = fresh();
    const p = g.malloc(10);
    g.free(p);
    expect(g.realloc(p, 100)).toBe(p);
  });

  it("debug-hook ids: 'm' -> SIGSEGV; 'o' and 'r' -> mremap_chunk(): invalid pointer", () => {
    for (const [id, want] of [
      ['m', null],
      ['o', 'mremap_chunk(): invalid pointer'],
      ['r', 'mremap_chunk(): invalid pointer'],
    ] as const) {
      const m = fresh();
      const o = outcome(m, (g) => {
        const p = g.malloc(34) + 16;
        m.space.writeU64(p - 16, 0x0a00000000000000n);
        m.space.writeU64(p - 8, 0xfdfdfdfdfdfdfd00n | BigInt(id.charCodeAt(0)));
        g.realloc(p, 100);
      });
      if (want === null) expectSegv(o);
      else expectAbort(o, want);
    }
  });

  it('mmapped chunks: same page count keeps the pointer, growth remaps, shrink below the threshold stays mmapped', () => {
    const { g, space } = fresh();
    const p = g.malloc(200000);
    space.fill(p, 0x77, 200000);
    expect(g.realloc(p, 200100)).toBe(p);
    const q = g.realloc(p, 400000);
    expect(space.readWord(q - 8)).toBe(0x62002);
    expect(space.read8(q + 199999)).toBe(0x77);
    sound(g);
    const r = g.realloc(q, 150000);
    expect(r).toBe(q);
    expect(space.readWord(r - 8)).toBe(0x25002);
    sound(g);
    g.free(r);
    sound(g);
  });

  it('huge sizes: ENOMEM, the old block untouched', () => {
    const { g } = fresh();
    const p = g.malloc(100);
    expect(g.realloc(p, 2 ** 63)).toBe(0);
    expect(g.errno).toBe(12);
    expect(g.malloc_usable_size(p)).toBe(104);
    sound(g);
  });
});
