// src/heap-map/input.ts: hex() writes what Number.prototype.toString(16) writes, for every address
// and for whatever else it is given, on its fast path for addresses above 2^32 and off it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hex } from '../../src/heap-map/input';

describe('hex', () => {
  it('writes the addresses of the machine and the edges of its fast path as toString(16) does', () => {
    for (const v of [0, 1, 15, 16, 0xffffffff, 2 ** 32, 2 ** 32 + 1, 0x555555559000, 0x7ffff7a00030, 2 ** 47 - 1, Number.MAX_SAFE_INTEGER]) {
      expect(hex(v)).toBe(`0x${v.toString(16)}`);
    }
    expect(hex(0x7ffff7a00030)).toBe('0x7ffff7a00030');
    expect(hex(0x100000000)).toBe('0x100000000');
  });

  it('gives anything else to toString(16): fractions, negatives, numbers past 2^53', () => {
    for (const v of [2 ** 32 + 0.5, -1, -(2 ** 40), 2 ** 53, 2 ** 60, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(hex(v)).toBe(`0x${v.toString(16)}`);
    }
  });

  it('agrees with toString(16) on any safe integer', () => {
    fc.assert(fc.property(fc.maxSafeNat(), (v) => hex(v) === `0x${v.toString(16)}`), { numRuns: 2000 });
  });
});
