import { describe, expect, it } from 'vitest';
import { fresh, sound } from './helpers';

describe('calloc', () => {
  it('zeroes a recycled chunk and bypasses the tcache', () => {
    const { g, space } = fresh();
    const p = g.malloc(100);
    space.fill(p, 0xee, 104);
    g.free(p); // tcache
    const q = g.calloc(10, 10);
    expect(q).not.toBe(p); // calloc never takes from the tcache
    const big = g.malloc(2000);
    g.malloc(10);
    space.fill(big, 0xee, 2000);
    g.free(big);
    const r = g.calloc(1, 2000);
    expect(r).toBe(big);
    expect(space.readBytes(r, 2000).every((b) => b === 0)).toBe(true);
    expect(space.readBytes(q, 100).every((b) => b === 0)).toBe(true);
    sound(g);
  });

  it('clears a minimum chunk with the unrolled three words', () => {
    const { g, space } = fresh();
    const a = g.malloc(2000);
    g.malloc(10);
    space.fill(a, 0xee, 2000);
    g.free(a);
    const p = g.calloc(1, 1);
    expect(p).toBe(a);
    expect(space.readBytes(p, 24).every((b) => b === 0)).toBe(true);
    expect(space.readWord(p + 16)).toBe(0); // the third word is the next chunk's prev_size slot
    expect(space.readWord(p + 24)).toBe(0x7c1); // the remainder's header, written by the split
  });

  it('overflow and PTRDIFF_MAX give ENOMEM', () => {
    const { g } = fresh();
    expect(g.calloc(2 ** 32, 2 ** 32)).toBe(0);
    expect(g.errno).toBe(12);
    g.errno = 0;
    expect(g.calloc(2 ** 62, 2)).toBe(0);
    expect(g.errno).toBe(12);
  });

  it('mmapped calloc memory is zero', () => {
    const { g, space } = fresh();
    const p = g.calloc(1, 300000);
    expect(space.readWord(p - 8) & 2).toBe(2);
    expect(space.readBytes(p, 300000).every((b) => b === 0)).toBe(true);
  });
});
