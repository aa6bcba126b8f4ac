import { describe, expect, it } from 'vitest';
import { checked_request2size, request2size } from '../../../allocator/glibc/chunk';
import { fresh, HEAP_START, sound } from './helpers';

describe('chunk: request2size (allocator-facts 1.3)', () => {
  it.each([
    [0, 0x20],
    [24, 0x20],
    [25, 0x30],
    [40, 0x30],
    [41, 0x40],
    [72, 0x50],
    [100, 0x70],
    [120, 0x80],
    [1032, 0x410],
    [1033, 0x420],
    [1048, 0x420],
    [131048, 0x1fff0],
    [131049, 0x20000],
  ])('request2size(%i) = %#x', (n, size) => {
    expect(request2size(n)).toBe(size);
  });

  it('checked_request2size refuses sizes above PTRDIFF_MAX (and C -1)', () => {
    expect(checked_request2size(2 ** 63)).toBe(0);
    expect(checked_request2size(2 ** 64 - 1)).toBe(0);
    expect(checked_request2size(-1)).toBe(0);
    expect(checked_request2size(2 ** 62)).toBe(2 ** 62 + 16);
  });

  it('the size word as stored, and usable sizes, match the empirical table', () => {
    const { g, space } = fresh();
    const rows: [number, number, number][] = [
      [0, 0x21, 24],
      [25, 0x31, 40],
      [41, 0x41, 56],
      [57, 0x51, 72],
      [100, 0x71, 104],
      [120, 0x81, 120],
      [1032, 0x411, 1032],
      [1033, 0x421, 1048],
      [1040, 0x421, 1048],
    ];
    for (const [n, word, usable] of rows) {
      const p = g.malloc(n);
      expect(p % 16).toBe(0);
      expect(space.readWord(p - 8)).toBe(word);
      expect(g.malloc_usable_size(p)).toBe(usable);
      sound(g);
    }
  });

  it('the first pointer of a fresh process is heap_start + 0x2a0 (after the 0x290 tcache chunk)', () => {
    const { g, space } = fresh();
    const p = g.malloc(1);
    expect(p).toBe(HEAP_START + 0x2a0);
    expect(space.readWord(HEAP_START + 8)).toBe(0x291);
    expect(space.break).toBe(HEAP_START + 0x21000);
  });
});
