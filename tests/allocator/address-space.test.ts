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

  it('maps pages of a reserved buffer: its bytes, zero-filled, with the rest still unmapped', () => {
    const s = new AddressSpace(undefined, 4 * PAGE_SIZE);
    const base = 0x7000_0000_0000;
    const reserved = new ArrayBuffer(8 * PAGE_SIZE);
    const view = new DataView(reserved);
    view.setUint8(6 * PAGE_SIZE, 0xaa); // left behind before the page is mapped
    expect(s.mapReserved(base + 6 * PAGE_SIZE, 2 * PAGE_SIZE, '[stack]', reserved, base)).toBe(true);
    expect(s.read8(base + 6 * PAGE_SIZE)).toBe(0);
    s.write8(base + 7 * PAGE_SIZE + 5, 0x42);
    expect(view.getUint8(7 * PAGE_SIZE + 5)).toBe(0x42);
    // The pages below are still unmapped, whatever the buffer holds there.
    expect(() => s.read8(base + 5 * PAGE_SIZE)).toThrow(SegmentationFault);
    expect(s.mapReserved(base + 4 * PAGE_SIZE, 2 * PAGE_SIZE, '[stack]', reserved, base)).toBe(true);
    // Two calls, one buffer: one span of words reaches across both.
    expect(s.spanWords(base + 4 * PAGE_SIZE, 4 * PAGE_SIZE)?.base).toBe(base);
    // The cap counts mapped pages only (4 of the buffer's 8), and still applies.
    expect(s.mapReserved(base, PAGE_SIZE, '[stack]', reserved, base)).toBe(false);
    expect(() => s.mapReserved(base - PAGE_SIZE, PAGE_SIZE, '[stack]', reserved, base)).toThrow(RangeError);
  });

  it('detaches the pages of a reserved buffer: they keep their bytes when the buffer is reused', () => {
    const base = 0x7000_0000_0000;
    const reserved = new ArrayBuffer(8 * PAGE_SIZE);
    const first = new AddressSpace();
    first.mapReserved(base + 5 * PAGE_SIZE, 3 * PAGE_SIZE, '[stack]', reserved, base);
    first.write8(base + 6 * PAGE_SIZE + 9, 0x11);
    first.detachReserved(reserved);
    const second = new AddressSpace();
    second.mapReserved(base + 4 * PAGE_SIZE, 4 * PAGE_SIZE, '[stack]', reserved, base);
    expect(second.read8(base + 6 * PAGE_SIZE + 9)).toBe(0);
    second.write8(base + 6 * PAGE_SIZE + 9, 0x22);
    expect(first.read8(base + 6 * PAGE_SIZE + 9)).toBe(0x11);
    expect(first.isMapped(base + 5 * PAGE_SIZE)).toBe(true);
    expect(() => first.read8(base + 4 * PAGE_SIZE)).toThrow(SegmentationFault);
  });

  it('gives a mapping as one view that stays live until a page of it is unmapped, replaced or protected', () => {
    const s = new AddressSpace();
    const cases: ((start: number) => void)[] = [
      (start) => s.unmap(start + PAGE_SIZE, PAGE_SIZE),
      (start) => s.map(start, PAGE_SIZE, 'again'),
      (start) => s.mprotect(start + 2 * PAGE_SIZE, PAGE_SIZE, 'r'),
    ];
    cases.forEach((change, i) => {
      const start = 0x30000 + i * 0x10000;
      s.map(start, 3 * PAGE_SIZE, 'data');
      const m = s.mappingView(start + PAGE_SIZE)!;
      expect(m.base).toBe(start);
      s.write8(start + 2 * PAGE_SIZE + 1, 0x5a);
      expect(m.view.getUint8(2 * PAGE_SIZE + 1)).toBe(0x5a);
      // Other mappings coming and going leave it live.
      s.mmap(0x4000);
      expect(m.state.live).toBe(true);
      change(start);
      expect(m.state.live).toBe(false);
    });
    expect(s.mappingView(0x1000)).toBeUndefined();
  });

  it('refuses mappings beyond the memory cap', () => {
    const s = new AddressSpace(undefined, 8 * PAGE_SIZE);
    expect(s.mmap(16 * PAGE_SIZE)).toBeNull();
    expect(s.mmap(4 * PAGE_SIZE)).not.toBeNull();
  });

  it('backs one map() call outside the mmap window with one buffer: spanWords covers it, and only it', () => {
    const s = new AddressSpace();
    // Just below the mmap window (the top 16 MiB of the mmap area, rounded down to 1 MiB).
    const b = 0x7fff_e000_0000;
    const a = b + PAGE_SIZE;
    s.map(a, 4 * PAGE_SIZE, 'a');
    s.map(b, PAGE_SIZE, 'b'); // just below a: a separate mapping
    const span = s.spanWords(a + PAGE_SIZE, 2 * PAGE_SIZE)!;
    expect(span.base).toBe(a);
    span.words[(a + 3 * PAGE_SIZE + 8 - span.base) >> 2] = 0x11223344;
    expect(s.readU32(a + 3 * PAGE_SIZE + 8)).toBe(0x11223344);
    expect(s.spanWords(b, 2 * PAGE_SIZE)).toBeUndefined();
    s.mprotect(a + 2 * PAGE_SIZE, PAGE_SIZE, 'r');
    expect(s.spanWords(a, 4 * PAGE_SIZE)).toBeUndefined();
    expect(s.spanWords(a, 2 * PAGE_SIZE)).toBeDefined();
    s.munmap(a, PAGE_SIZE);
    expect(s.spanWords(a, 2 * PAGE_SIZE)).toBeUndefined();
    expect(s.mmapWindow()).toBeUndefined();
  });

  it('backs every page mapped in the mmap window with one buffer, its flags following map, unmap and mprotect', () => {
    const s = new AddressSpace();
    const a = s.mmap(4 * PAGE_SIZE)!;
    const b = s.mmap(PAGE_SIZE)!; // just below a: another mapping, the same buffer
    const w = s.mmapWindow()!;
    expect(w.base % (1 << 20)).toBe(0);
    expect(a - w.base + 4 * PAGE_SIZE).toBeLessThanOrEqual(w.words.length * 4);
    const page = (addr: number) => (addr - w.base) / PAGE_SIZE;
    expect([page(b), page(a), page(a) + 3].map((i) => w.writable[i])).toEqual([1, 1, 1]);
    expect(w.writable[page(b) - 1]).toBe(0);
    const both = s.spanWords(b, 2 * PAGE_SIZE)!;
    expect(both.words.buffer === w.words.buffer).toBe(true);
    s.writeU32(a + 8, 0x11223344);
    expect(w.words[(a + 8 - w.base) >> 2]).toBe(0x11223344);
    expect(both.words[(a + 8 - both.base) >> 2]).toBe(0x11223344);
    s.mprotect(a + PAGE_SIZE, PAGE_SIZE, 'r');
    expect(w.writable[page(a) + 1]).toBe(0);
    s.mprotect(a + PAGE_SIZE, PAGE_SIZE, 'rw');
    expect(w.writable[page(a) + 1]).toBe(1);
    s.munmap(a, PAGE_SIZE);
    expect(w.writable[page(a)]).toBe(0);
    expect(() => s.readU32(a + 8)).toThrow(SegmentationFault);
    // Mapped again, the page is zero-filled, whatever the buffer held.
    s.map(a, PAGE_SIZE, 'again');
    expect(w.writable[page(a)]).toBe(1);
    expect(s.readU32(a + 8)).toBe(0);
    expect(w.words[(a + 8 - w.base) >> 2]).toBe(0);
  });

  it('adoptPagesFrom copies each mapping once: shared within the copy, not with the source', () => {
    const src = new AddressSpace();
    const a = 0x6000_0000_0000;
    src.map(a, 2 * PAGE_SIZE, 'outside the window');
    src.writeU32(a + PAGE_SIZE, 7);
    const inside = src.mmap(PAGE_SIZE)!;
    src.writeU32(inside + 4, 5);
    const dst = new AddressSpace();
    dst.adoptPagesFrom(src);
    const span = dst.spanWords(a, 2 * PAGE_SIZE)!;
    expect(span.base).toBe(a);
    span.words[PAGE_SIZE >> 2] = 9;
    expect(dst.readU32(a + PAGE_SIZE)).toBe(9);
    expect(src.readU32(a + PAGE_SIZE)).toBe(7);
    // A window page goes into the copy's own window, with its flag.
    const w = dst.mmapWindow()!;
    // (Not expect(...).not.toBe: its message compares the two 17 MiB arrays element by element.)
    expect(w.words === src.mmapWindow()!.words).toBe(false);
    expect(w.writable[(inside - w.base) / PAGE_SIZE]).toBe(1);
    expect(w.words[(inside + 4 - w.base) >> 2]).toBe(5);
    dst.writeU32(inside + 4, 6);
    expect(src.readU32(inside + 4)).toBe(5);
    expect(dst.generation).not.toBe(src.generation);
  });

  it('is told when the cap, not the address space, refuses a mapping', () => {
    const s = new AddressSpace(undefined, 8 * PAGE_SIZE);
    const refused: number[] = [];
    s.onCapExceeded = (len) => refused.push(len);
    expect(s.mmap(4 * PAGE_SIZE)).not.toBeNull();
    expect(refused).toEqual([]);
    expect(s.mmap(16 * PAGE_SIZE)).toBeNull();
    expect(refused).toEqual([16 * PAGE_SIZE]);
  });
});
