import { describe, expect, it } from 'vitest';
import { AddressSpace, SegmentationFault, PAGE_SIZE } from '../../allocator/address-space';

describe('AddressSpace', () => {
  it('faults on unmapped memory and on writes to read-only pages', () => {
    const s = new AddressSpace();
    expect(() => s.read8(0x1000)).toThrow(SegmentationFault);
    s.map(0x10000, PAGE_SIZE, 'ro', 'r');
    expect(s.read8(0x10000)).toBe(0);
    expect(() => s.write8(0x10000, 1)).toThrow(SegmentationFault);
  });

  it('reads and writes little-endian words across a page boundary', () => {
    const s = new AddressSpace();
    s.map(0x20000, 2 * PAGE_SIZE, 'rw');
    const a = 0x20000 + PAGE_SIZE - 3;
    s.writeU64(a, 0xfdfdfdfdfdfdfd6dn);
    expect(s.read8(a)).toBe(0x6d);
    expect(s.readU64(a)).toBe(0xfdfdfdfdfdfdfd6dn);
    s.writeWord(a, 0x5555_5555_92a0);
    expect(s.readWord(a)).toBe(0x5555_5555_92a0);
  });

  it('grows and shrinks the brk heap and places mmaps top-down', () => {
    const s = new AddressSpace();
    const base = s.sbrk(0x21000);
    expect(base).toBe(s.layout.brkStart);
    expect(s.isMapped(base + 0x20fff)).toBe(true);
    expect(s.sbrk(0)).toBe(base + 0x21000);
    s.sbrk(-0x1000);
    expect(s.isMapped(base + 0x20000)).toBe(false);
    const m1 = s.mmap(0x100000)!;
    const m2 = s.mmap(0x1000)!;
    expect(m2 + 0x1000).toBe(m1);
    s.munmap(m1, 0x100000);
    expect(() => s.read8(m1)).toThrow(SegmentationFault);
  });

  it('refuses mappings beyond the memory cap', () => {
    const s = new AddressSpace(undefined, 8 * PAGE_SIZE);
    expect(s.mmap(16 * PAGE_SIZE)).toBeNull();
    expect(s.mmap(4 * PAGE_SIZE)).not.toBeNull();
  });
});
