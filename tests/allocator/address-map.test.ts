import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AddressMap } from '../../allocator/address-map';

describe('AddressMap', () => {
  it('behaves as a Map<number, number> under random sets, gets and deletes of aligned addresses', () => {
    // Few distinct addresses (so that deletes hit and probe runs form), 16-aligned as blocks are.
    const address = fc.integer({ min: 0, max: 63 }).map((k) => 0x7fff_f7a0_0000 + 16 * k);
    const op = fc.oneof(
      fc.tuple(fc.constant('set' as const), address, fc.integer({ min: 0, max: 1 << 30 })),
      fc.tuple(fc.constant('delete' as const), address, fc.constant(0)),
      fc.tuple(fc.constant('get' as const), address, fc.constant(0)),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const m = new AddressMap(4);
        const ref = new Map<number, number>();
        for (const [kind, a, v] of ops) {
          if (kind === 'set') {
            m.set(a, v);
            ref.set(a, v);
          } else if (kind === 'delete') {
            expect(m.delete(a)).toBe(ref.delete(a));
          } else {
            expect(m.get(a)).toBe(ref.get(a));
          }
          expect(m.size).toBe(ref.size);
        }
        for (const [a, v] of ref) expect(m.get(a)).toBe(v);
        expect([...m.rows()].sort()).toEqual([...ref.values()].sort());
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every entry through growth, with addresses on both sides of 2^32', () => {
    const m = new AddressMap();
    const addrs = Array.from({ length: 5000 }, (_, i) => (i % 2 ? 0x5555_5555_9000 : 0xffff_fff0) + 32 * i);
    addrs.forEach((a, i) => m.set(a, i));
    expect(m.size).toBe(5000);
    addrs.forEach((a, i) => expect(m.get(a)).toBe(i));
    for (let i = 0; i < 5000; i += 2) m.delete(addrs[i]!);
    expect(m.size).toBe(2500);
    addrs.forEach((a, i) => expect(m.get(a)).toBe(i % 2 ? i : undefined));
  });
});
