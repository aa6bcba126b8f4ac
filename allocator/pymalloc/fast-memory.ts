/*
 * Word access to simulated memory for pymalloc's hot paths (pymalloc_alloc / pymalloc_free).
 * Not a model of anything in CPython: Int32Array views of the AddressSpace's own page bytes,
 * found through a two-level table over the 4 GiB below the mmap base (arenas, libpython's data,
 * glibc's mmapped chunks) and a small direct-mapped cache elsewhere, so every read and write
 * still lands in (and comes from) the simulated memory, only without a Map lookup per access.
 * Main export: FastMemory.
 * Views are dropped whenever AddressSpace.generation changes (any map/unmap), so a page that
 * goes away faults exactly as it would through AddressSpace. Misaligned or read-only accesses
 * take the ordinary AddressSpace path.
 */

import type { AddressSpace } from '../address-space';

const SLOT_BITS = 10;
const SLOTS = 1 << SLOT_BITS;
const SLOT_MASK = SLOTS - 1;
const TWO_32 = 4294967296;

const WINDOW_BYTES = 2 ** 32;
const SUB_PAGES = 1024;
const SUB_BYTES = SUB_PAGES * 4096;

export class FastMemory {
  /** [windowBase, windowTop): the two-level table's range. */
  private readonly windowTop: number;
  private readonly windowBase: number;
  private readonly window: (Array<Int32Array | undefined> | undefined)[] = new Array(WINDOW_BYTES / SUB_BYTES).fill(undefined);
  private readonly tags = new Float64Array(SLOTS).fill(-1);
  private readonly views: (Int32Array | undefined)[] = new Array(SLOTS).fill(undefined);
  private readonly viewOf = new WeakMap<Uint8Array, Int32Array>();
  private generation = -1;

  constructor(readonly space: AddressSpace) {
    this.windowTop = space.layout.mmapTop;
    this.windowBase = this.windowTop - WINDOW_BYTES;
  }

  private flush(): void {
    this.tags.fill(-1);
    for (const sub of this.window) if (sub !== undefined) sub.fill(undefined);
    this.generation = this.space.generation;
  }

  /**
   * The Int32 view of the writable page holding addr, or undefined (unmapped / read-only).
   * Index with (addr & 4095) >> 2 for a 4-aligned addr.
   */
  view(addr: number): Int32Array | undefined {
    if (this.space.generation !== this.generation) this.flush();
    if (addr >= this.windowBase && addr < this.windowTop) {
      const off = addr - this.windowBase;
      const hi = (off / SUB_BYTES) | 0;
      let sub = this.window[hi];
      if (sub === undefined) sub = this.window[hi] = new Array(SUB_PAGES).fill(undefined);
      const lo = ((off / 4096) | 0) & (SUB_PAGES - 1);
      const v = sub[lo];
      if (v !== undefined) return v;
      const bytes = this.space.pageBytes(addr);
      if (bytes === undefined) return undefined;
      return (sub[lo] = this.int32(bytes));
    }
    return this.cachedView(addr);
  }

  private int32(bytes: Uint8Array): Int32Array {
    let v = this.viewOf.get(bytes);
    if (v === undefined) {
      v = new Int32Array(bytes.buffer, bytes.byteOffset, 1024);
      this.viewOf.set(bytes, v);
    }
    return v;
  }

  private cachedView(addr: number): Int32Array | undefined {
    const pno = Math.floor(addr / 4096);
    const slot = pno & SLOT_MASK;
    if (this.tags[slot] === pno) return this.views[slot];
    const bytes = this.space.pageBytes(addr);
    if (bytes === undefined) return undefined;
    const v = this.int32(bytes);
    this.tags[slot] = pno;
    this.views[slot] = v;
    return v;
  }

  /** The cached view for addr if it is in the window and already known, else undefined. */
  private quick(addr: number): Int32Array | undefined {
    if (this.space.generation !== this.generation || addr < this.windowBase || addr >= this.windowTop) return undefined;
    const off = addr - this.windowBase;
    const sub = this.window[(off / SUB_BYTES) | 0];
    return sub === undefined ? undefined : sub[((off / 4096) | 0) & (SUB_PAGES - 1)];
  }

  u32(addr: number): number {
    if ((addr & 3) === 0) {
      const v = this.quick(addr) ?? this.view(addr);
      if (v !== undefined) return v[(addr & 4095) >> 2]! >>> 0;
    }
    return this.space.readU32(addr);
  }

  i32(addr: number): number {
    return this.u32(addr) | 0;
  }

  setU32(addr: number, value: number): void {
    if ((addr & 3) === 0) {
      const v = this.quick(addr) ?? this.view(addr);
      if (v !== undefined) {
        v[(addr & 4095) >> 2] = value;
        return;
      }
    }
    this.space.writeU32(addr, value >>> 0);
  }

  /** A 64-bit word as a number (exact below 2^53, i.e. for every canonical user address). */
  word(addr: number): number {
    if ((addr & 7) === 0) {
      const v = this.quick(addr) ?? this.view(addr);
      if (v !== undefined) {
        const i = (addr & 4095) >> 2;
        return (v[i + 1]! >>> 0) * TWO_32 + (v[i]! >>> 0);
      }
    }
    return this.space.readWord(addr);
  }

  /** Writes a word given as a number below 2^53. */
  setWord(addr: number, value: number): void {
    const hi = Math.floor(value / TWO_32);
    const lo = value - hi * TWO_32;
    if ((addr & 7) === 0) {
      const v = this.quick(addr) ?? this.view(addr);
      if (v !== undefined) {
        const i = (addr & 4095) >> 2;
        v[i] = lo;
        v[i + 1] = hi;
        return;
      }
    }
    this.space.writeU32(addr, lo >>> 0);
    this.space.writeU32(addr + 4, hi >>> 0);
  }

  /** Copies the 8 bytes at src to dst exactly (garbage words above 2^53 stay bit-exact). */
  copyWord(dst: number, src: number): void {
    const lo = this.u32(src);
    const hi = this.u32(src + 4);
    this.setU32(dst, lo);
    this.setU32(dst + 4, hi);
  }
}
