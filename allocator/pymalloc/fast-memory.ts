/*
 * Word access to simulated memory for pymalloc's hot paths (pymalloc_alloc / pymalloc_free).
 * Not a model of anything in CPython: Int32Array views of the AddressSpace's own page bytes
 * (AddressSpace.pageWords), found through a direct-mapped cache of 4096 slots (slot = the low
 * 12 bits of the page number, tag = the page's base address), so every read and write still
 * lands in (and comes from) the simulated memory, only without a Map lookup or a division per
 * access. Main export: FastMemory.
 * A second cache works a pool at a time: the slot of a poolSize-aligned region (16 KiB) names an
 * Int32Array over the whole mapping (AddressSpace.spanWords) once every page of the region is
 * checked mapped, writable and of one mapping, so a pool header and any block of that pool are
 * reached through one lookup. A slot names its view by a small id (one per mapping met in the
 * generation: pymalloc's arenas), so the views sit in a short array the CPU keeps cached, and
 * a lookup touches one line of the slot table only. Its tags are the region address as two int32 halves (lo, hi), so
 * the hot paths, which carry addresses as halves, look a region up with integer compares only
 * (regionSlotHL, regionView, regionHead); regionSlot and regionBase serve callers with a number.
 * Views are dropped whenever AddressSpace.generation changes (any map/unmap/mprotect/adopt), so a
 * page that goes away faults exactly as it would through AddressSpace. The accessors check the
 * generation on every call; regionSlotHL does not: Obmalloc checks it once per operation and
 * calls sync(). Misaligned or read-only accesses take the ordinary AddressSpace path.
 */

import type { AddressSpace } from '../address-space';

const SLOT_BITS = 12;
const SLOTS = 1 << SLOT_BITS;
const SLOT_MASK = SLOTS - 1;
const TWO_32 = 4294967296;
/** 2^-32: (x - low 32 bits) * TWO_NEG_32 is the high word exactly, without a division. */
const TWO_NEG_32 = 2 ** -32;
/** The region cache's shape (a const enum: the hot paths see literals, not module bindings). */
const enum Region {
  SLOTS = 1024,
  MASK = SLOTS - 1,
  /** Int32s a slot. */
  INTS = 4,
  /** A hit's value is viewId << VIEW_SHIFT | slot. */
  VIEW_SHIFT = 10,
  /** Distinct mappings a generation's region cache can name (view ids 0 .. MAX_VIEWS - 1). */
  MAX_VIEWS = 1 << 20,
  /** The low tag of an empty slot: never the low half of a region-aligned address. */
  EMPTY = 1,
}

export class FastMemory {
  /**
   * The caches are private (#) fields: warm-start.ts copies an allocator by its enumerable keys,
   * so a copied machine keeps its own (empty) caches and never sees the template's page views.
   */
  /** Base address of the page cached in each slot; Infinity = empty (addr - Infinity < 0). */
  readonly #base = new Float64Array(SLOTS).fill(Infinity);
  readonly #views: Int32Array[] = new Array<Int32Array>(SLOTS);
  #generation = -1;
  /**
   * Region cache, Region.INTS int32s a slot: [0..1] the tag, the region's address as int32
   * halves (low half Region.EMPTY = empty slot); [2] what a hit returns: the mapping's view id
   * and the slot (viewId << Region.VIEW_SHIFT | slot), or -1 for a region remembered as not
   * wholly mapped writable in one mapping; [3] the index of the region's first word in the view.
   */
  readonly #rInts = new Int32Array(Region.INTS * Region.SLOTS);
  /**
   * The views by id: one per mapping the cache has met this generation (a handful: pymalloc's
   * arenas), so this small array stays in the CPU's cache where one per slot would not.
   */
  #views2: Int32Array[] = [];
  /** The address of each view's word 0, by view id. */
  #viewBase: number[] = [];
  // Private fields initialised as small integers where they are declared. (A public field with an
  // initializer would not do: under useDefineForClassFields: false the compiler moves every
  // initializer of the class into the constructor, leaving the private fields declared bare, so
  // V8 first defines them as undefined and then keeps all of them as tagged slots: a Smi check
  // on every load of a number, a map check on every use of a view.)
  #regionSize = 0;
  #regionShift = 0;
  #regionMask = 0;

  /** regionSize: a power of two from 4096 to 2^30 (pymalloc's POOL_SIZE). */
  constructor(
    readonly space: AddressSpace,
    regionSize = 16384,
  ) {
    const empty = new Int32Array(0);
    for (let i = 0; i < SLOTS; i++) this.#views[i] = empty;
    for (let i = 0; i < Region.SLOTS; i++) this.#rInts[Region.INTS * i] = Region.EMPTY;
    this.#regionSize = regionSize;
    this.#regionShift = Math.log2(regionSize) | 0;
    this.#regionMask = (regionSize - 1) | 0;
  }

  /**
   * The region-cache slot of the region at (lo, hi), the int32 halves of a regionSize-aligned
   * address (with its view id: an opaque non-negative handle for regionView / regionHead /
   * regionBase), or -1 when that region is not wholly mapped writable within one mapping. Word i of
   * the region is regionView(slot)[regionHead(slot) + i]. No generation check: the caller has
   * called sync() since the space's generation last changed.
   */
  regionSlotHL(lo: number, hi: number): number {
    const slot = (lo >>> this.#regionShift) & Region.MASK;
    const r = this.#rInts;
    const o = Region.INTS * slot;
    if (r[o] === lo && r[o + 1] === hi) return r[o + 2]!;
    // `| 0`: V8 then keeps the result an int32 where both returns meet in an inlined caller.
    return this.regionMiss(lo, hi, slot) | 0;
  }

  /**
   * The region-cache slot for the regionSize-aligned region holding addr, or -1 when the region is
   * not wholly mapped writable within one mapping. Any 4-aligned address a of that region is word
   * (a - regionBase(slot)) >> 2 of regionView(slot); valid until the next regionSlot call.
   */
  regionSlot(addr: number): number {
    if (this.#generation !== this.space.generation) this.sync();
    // ToInt32 of the integral address is its low word exactly; floor keeps negative ones 64-bit.
    return this.regionSlotHL((addr | 0) & ~this.#regionMask, Math.floor(addr * TWO_NEG_32) | 0);
  }

  regionView(slot: number): Int32Array {
    return this.#views2[slot >> Region.VIEW_SHIFT]!;
  }

  regionBase(slot: number): number {
    return this.#viewBase[slot >> Region.VIEW_SHIFT]!;
  }

  regionHead(slot: number): number {
    return this.#rInts[Region.INTS * (slot & Region.MASK) + 3]!;
  }

  private regionMiss(lo: number, hi: number, slot: number): number {
    const start = (hi >>> 0) * TWO_32 + (lo >>> 0);
    const span = this.space.spanWords(start, this.#regionSize);
    const r = this.#rInts;
    const o = Region.INTS * slot;
    r[o] = lo;
    r[o + 1] = hi;
    if (span === undefined) return (r[o + 2] = -1);
    const views = this.#views2;
    let id = views.indexOf(span.words);
    if (id < 0) {
      if (views.length >= Region.MAX_VIEWS) return (r[o + 2] = -1);
      id = views.length;
      views.push(span.words);
      this.#viewBase.push(span.base);
    }
    r[o + 3] = (start - span.base) / 4;
    return (r[o + 2] = (id << Region.VIEW_SHIFT) | slot);
  }

  /** Empties both caches and adopts the space's current generation. */
  sync(): void {
    this.#base.fill(Infinity);
    for (let i = 0; i < Region.SLOTS; i++) this.#rInts[Region.INTS * i] = Region.EMPTY;
    this.#views2 = [];
    this.#viewBase = [];
    this.#generation = this.space.generation;
  }

  /**
   * The Int32 view of the writable page holding addr, or undefined (unmapped / read-only).
   * Index with (addr & 4095) >> 2 for a 4-aligned addr.
   */
  view(addr: number): Int32Array | undefined {
    // `>>> 12` takes the low 32 bits of the (integral, < 2^53) address: the slot needs no division.
    const slot = (addr >>> 12) & SLOT_MASK;
    const d = addr - this.#base[slot]!;
    if (d >= 0 && d < 4096 && this.space.generation === this.#generation) return this.#views[slot];
    return this.miss(addr, slot);
  }

  private miss(addr: number, slot: number): Int32Array | undefined {
    if (this.space.generation !== this.#generation) this.sync();
    const words = this.space.pageWords(addr);
    if (words === undefined) return undefined;
    this.#base[slot] = addr - (addr & 4095);
    this.#views[slot] = words;
    return words;
  }

  // The accessors try the region cache, then the page cache, then AddressSpace.

  u32(addr: number): number {
    if ((addr & 3) === 0) {
      const s = this.regionSlot(addr);
      if (s >= 0) return this.regionView(s)[(addr - this.regionBase(s)) >> 2]! >>> 0;
      const v = this.view(addr);
      if (v !== undefined) return v[(addr & 4095) >> 2]! >>> 0;
    }
    return this.space.readU32(addr);
  }

  i32(addr: number): number {
    return this.u32(addr) | 0;
  }

  setU32(addr: number, value: number): void {
    if ((addr & 3) === 0) {
      const s = this.regionSlot(addr);
      if (s >= 0) {
        this.regionView(s)[(addr - this.regionBase(s)) >> 2] = value;
        return;
      }
      const v = this.view(addr);
      if (v !== undefined) {
        v[(addr & 4095) >> 2] = value;
        return;
      }
    }
    this.space.writeU32(addr, value >>> 0);
  }

  /** A 64-bit word as a number (exact below 2^53, i.e. for every canonical user address). */
  word(addr: number): number {
    const s = (addr & 7) === 0 ? this.regionSlot(addr) : -1;
    if (s < 0) return this.wordSlow(addr);
    const v = this.regionView(s);
    const i = (addr - this.regionBase(s)) >> 2;
    return (v[i + 1]! >>> 0) * TWO_32 + (v[i]! >>> 0);
  }

  private wordSlow(addr: number): number {
    const v = (addr & 7) === 0 ? this.view(addr) : undefined;
    if (v === undefined) return this.space.readWord(addr);
    const i = (addr & 4095) >> 2;
    return (v[i + 1]! >>> 0) * TWO_32 + (v[i]! >>> 0);
  }

  /** Writes a word given as a number below 2^53. */
  setWord(addr: number, value: number): void {
    const s = (addr & 7) === 0 ? this.regionSlot(addr) : -1;
    if (s < 0) {
      this.setWordSlow(addr, value);
      return;
    }
    const v = this.regionView(s);
    const i = (addr - this.regionBase(s)) >> 2;
    const lo = value >>> 0;
    v[i] = lo;
    v[i + 1] = (value - lo) * TWO_NEG_32;
  }

  private setWordSlow(addr: number, value: number): void {
    const lo = value >>> 0;
    const hi = (value - lo) * TWO_NEG_32;
    const v = (addr & 7) === 0 ? this.view(addr) : undefined;
    if (v !== undefined) {
      const i = (addr & 4095) >> 2;
      v[i] = lo;
      v[i + 1] = hi;
      return;
    }
    this.space.writeU32(addr, lo);
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
