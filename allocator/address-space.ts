/*
 * The simulated process's virtual memory: the only "operating system" the machine has.
 * Models a Linux x86-64 address space as sparse 4 KiB pages (program image, brk heap, mmap area,
 * stack), each mapped readable or read-write. Main export: AddressSpace. The pages of one map()
 * call are slices of one ArrayBuffer (a "span"), so hot paths can keep one view per mapping
 * (spanWords) while pages are still unmapped and protected one by one.
 * Touching an unmapped page, or writing a read-only one, throws SegmentationFault, which the
 * process turns into SIGSEGV (exit status 139); it never escapes to the user as a JS error.
 * Where the bytes live is not modelled, and one place is chosen for speed: every page mapped
 * inside the mmap window (the top 16 MiB of the mmap area, where pymalloc's arenas, glibc's
 * mmapped chunks and the libraries' data land) is a slice of one buffer, so pymalloc's hot paths
 * reach a pool from its address alone, checking a page's flag (see MmapWindow).
 * SIMPLIFIED: no execute permission, no file mappings, no ASLR (addresses are those of a
 * non-randomised run, which is what makes runs reproducible).
 */

import { acquireWindow } from './window-pool';

export const PAGE_SIZE = 4096;
const PAGE_SHIFT = 12;
const PAGE_MASK = PAGE_SIZE - 1;
const TWO_32 = 0x1_0000_0000;
/** Slots of the page caches (slot = the low bits of the page number). */
const CACHE_SLOTS = 4096;
const CACHE_MASK = CACHE_SLOTS - 1;
/** A mapping change of more pages than this clears the caches instead of page by page. */
const CACHE_CLEAR_LIMIT = 64;
/** The mmap window: its size, and the alignment of its start (a whole number of arenas and pools). */
const WINDOW_BYTES = 16 << 20;
const WINDOW_ALIGN = 1 << 20;

// The word views (Int32Array over a page's bytes) read little-endian words only on a
// little-endian host; every host Node runs on in practice is one, but say so if not.
if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) throw new Error('address-space: a little-endian host is required');

/** Generations are unique across all spaces, so a view cached for one space never matches another. */
let nextGeneration = 0;

export type Protection = 'r' | 'rw';

/** A page-aligned region with a name as /proc/self/maps would show it. */
export interface Mapping {
  start: number;
  end: number;
  name: string;
  prot: Protection;
}

/** Raised by any access to memory the process does not have; becomes SIGSEGV. */
export class SegmentationFault extends Error {
  constructor(readonly address: number, readonly access: 'read' | 'write') {
    super(`segmentation fault: ${access} at 0x${address.toString(16)}`);
    this.name = 'SegmentationFault';
  }
}

interface Page {
  bytes: Uint8Array;
  writable: boolean;
  /** The same bytes as 1024 little-endian int32 words; made on first use. */
  words: Int32Array | undefined;
  /** The buffer the page is a slice of, shared by every page of one map() call. */
  span: Span;
}

/**
 * One ArrayBuffer behind the pages of one map() call (a 1 MiB pymalloc arena, a glibc mmapped
 * chunk, one growth of the brk heap), with its address: page bytes are subarray views of it,
 * so a hot path can reach any byte of a mapping through one Int32Array (see spanWords).
 */
interface Span {
  /** Address of the buffer's byte 0. */
  readonly base: number;
  readonly buffer: ArrayBuffer;
  words: Int32Array | undefined;
  /**
   * True until a page of the span is unmapped, replaced or changes protection (never true
   * again): while it holds, every page the span had is still mapped, with these bytes.
   */
  live: boolean;
}

/** What mappingView gives: a mapping's bytes as one DataView, and whether they still are. */
export interface MappingView {
  readonly view: DataView;
  /** Address of the view's byte 0. */
  readonly base: number;
  /** False once any page of the mapping is unmapped, replaced or changes protection. */
  readonly state: { readonly live: boolean };
}

/**
 * The mmap window: one buffer behind every page mapped inside [base, base + words.length * 4),
 * so a hot path finds the bytes of address a at word ((a - base) >> 2) of `words` with no lookup.
 * Those bytes are the page's only while `writable[(a - base) >> 12]` is 1, which every map, unmap
 * and mprotect keeps true of the pages mapped writable from the window (and only those), in place:
 * no generation to compare. Not a model of anything: where bytes live, not which are mapped.
 */
export interface MmapWindow {
  /** Address of word 0 (a multiple of 1 MiB). */
  readonly base: number;
  readonly words: Int32Array;
  /** One byte per page of the window: 1 when mapped writable from the window's buffer, else 0. */
  readonly writable: Uint8Array;
  /**
   * Where the host has WebAssembly, the memory whose buffer holds the window (at memoryOffset, a
   * multiple of 1 MiB) and, in its first MiB, the page flags (byte q: memory page q), so
   * WebAssembly code can read and write the window's bytes and check its flags
   * (pymalloc/wasm-fast-paths.ts). Shared with other spaces' windows (window-pool.ts); never grown.
   */
  readonly memory: WebAssembly.Memory | undefined;
  /** Byte offset of the window's first byte in memory's buffer (0 without a memory). */
  readonly memoryOffset: number;
}

const NO_BYTES = new Uint8Array(0);
const NO_WORDS = new Int32Array(0);

function wordsOf(page: Page): Int32Array {
  let w = page.words;
  if (w === undefined) w = page.words = new Int32Array(page.bytes.buffer, page.bytes.byteOffset, PAGE_SIZE >> 2);
  return w;
}

/** Where things live; the defaults are those of a non-randomised x86-64 Linux process. */
export interface AddressLayout {
  /** Start of the program image (text, rodata, data, bss). */
  imageBase: number;
  /** Initial program break (start of the brk heap). */
  brkStart: number;
  /** Highest address the mmap area hands out below (grows down). */
  mmapTop: number;
  /** Top of the main thread's stack (exclusive). */
  stackTop: number;
  /** Maximum stack size (RLIMIT_STACK). */
  stackLimit: number;
}

export const LINUX_X86_64_LAYOUT: AddressLayout = {
  imageBase: 0x5555_5555_4000,
  brkStart: 0x5555_5555_9000,
  mmapTop: 0x7fff_f7ff_b000,
  stackTop: 0x7fff_ffff_f000,
  stackLimit: 8 * 1024 * 1024,
};

export class AddressSpace {
  private readonly pages = new Map<number, Page>();
  private readonly regions: Mapping[] = [];
  /** The span of each buffer given to mapReserved, so its mappings share one (see spanWords). */
  private readonly reservedSpans = new Map<ArrayBuffer, Span>();
  // Two direct-mapped caches in front of the Map, one for reads (any mapped page) and one for
  // writes (writable pages only). A slot is found from the low bits of the page number
  // (`addr >>> 12` needs no division) and holds the page's base address as its tag: a hit is
  // 0 <= addr - base < 4096. Infinity marks an empty slot. Every change to a page's mapping
  // clears the slots it could occupy, so a hit is always the page the Map would give.
  private readonly rcBase = new Float64Array(CACHE_SLOTS).fill(Infinity);
  private readonly rcBytes: Uint8Array[] = new Array<Uint8Array>(CACHE_SLOTS).fill(NO_BYTES);
  private readonly rcWords: Int32Array[] = new Array<Int32Array>(CACHE_SLOTS).fill(NO_WORDS);
  private readonly wcBase = new Float64Array(CACHE_SLOTS).fill(Infinity);
  private readonly wcBytes: Uint8Array[] = new Array<Uint8Array>(CACHE_SLOTS).fill(NO_BYTES);
  private readonly wcWords: Int32Array[] = new Array<Int32Array>(CACHE_SLOTS).fill(NO_WORDS);
  private programBreak: number;
  private mmapCursor: number;
  /** The window's pages: [windowFirst, windowFirst + windowPages) (page numbers). */
  private readonly windowFirst: number;
  private readonly windowPages: number;
  /** The window's buffer, made when the first page is mapped inside it. */
  private windowSpan: Span | undefined = undefined;
  private windowView: MmapWindow | undefined = undefined;
  /** Bytes currently mapped, for the memory cap. */
  mappedBytes = 0;
  /** Upper bound on mappedBytes; a map() beyond it fails as mmap does with ENOMEM. */
  memoryCap: number;
  /**
   * Called when the cap (not the address space) refuses a mapping, before map() returns false.
   * The cap is the simulator's limit, not Linux's: a runner may end the run here instead of
   * letting the program see an ENOMEM a real process would not have got.
   */
  onCapExceeded: ((length: number) => void) | undefined = undefined;
  /**
   * Changes whenever a page is mapped, unmapped, replaced or changes protection; allocators that
   * keep views of page bytes (see pageBytes) drop them when it changes. Unique across spaces.
   */
  generation = ++nextGeneration;

  /**
   * wasmWindow: give the mmap window a WebAssembly.Memory (see MmapWindow.memory) where the host
   * has WebAssembly; false gives it a plain ArrayBuffer.
   */
  constructor(
    readonly layout: AddressLayout = LINUX_X86_64_LAYOUT,
    memoryCap = 1 << 30,
    private readonly wasmWindow = true,
  ) {
    this.programBreak = layout.brkStart;
    this.mmapCursor = layout.mmapTop;
    this.memoryCap = memoryCap;
    const end = roundUpToPage(layout.mmapTop);
    const start = Math.max(0, Math.floor((end - WINDOW_BYTES) / WINDOW_ALIGN) * WINDOW_ALIGN);
    this.windowFirst = start / PAGE_SIZE;
    this.windowPages = (end - start) / PAGE_SIZE;
  }

  /** The mmap window, or undefined while no page is mapped inside it. */
  mmapWindow(): MmapWindow | undefined {
    return this.windowView;
  }

  /** The window's span, made on first use (its pages are zero-filled as they are mapped: see mapIn). */
  private window(): Span {
    let span = this.windowSpan;
    if (span === undefined) {
      const base = this.windowFirst * PAGE_SIZE;
      const bytes = this.windowPages * PAGE_SIZE;
      const slot = this.wasmWindow ? acquireWindow(this, bytes) : undefined;
      const buffer = slot?.memory.buffer ?? new ArrayBuffer(bytes + this.windowPages);
      const at = slot?.offset ?? 0;
      // A span's base is the address of its buffer's byte 0: here `at` bytes below the window, so
      // (address - base) is the byte offset in the buffer, as for every other span.
      span = this.windowSpan = { base: base - at, buffer, words: undefined, live: true };
      span.words = new Int32Array(buffer, 0, (at + bytes) >> 2);
      const writable = slot?.flags ?? new Uint8Array(buffer, bytes, this.windowPages);
      this.windowView = { base, words: new Int32Array(buffer, at, bytes >> 2), writable, memory: slot?.memory, memoryOffset: at };
    }
    return span;
  }

  /** True when [start, start+len) (page-aligned) lies inside the window. */
  private inWindow(start: number, len: number): boolean {
    const first = start / PAGE_SIZE - this.windowFirst;
    return first >= 0 && first + len / PAGE_SIZE <= this.windowPages;
  }

  /** Keeps the window's flag for page number `no` true of what the page now is. */
  private flagWindowPage(no: number, page: Page | undefined): void {
    const view = this.windowView;
    const i = no - this.windowFirst;
    if (view === undefined || i < 0 || i >= this.windowPages) return;
    view.writable[i] = page !== undefined && page.writable && page.span === this.windowSpan ? 1 : 0;
  }

  // ---- mappings -------------------------------------------------------------------------

  /** Maps [start, start+length) zero-filled. Returns false when the memory cap forbids it. */
  map(start: number, length: number, name: string, prot: Protection = 'rw'): boolean {
    return this.mapIn(start, length, name, prot, undefined);
  }

  /**
   * Maps [start, start+length) as map() does, its bytes a slice of `reserved`, a zero-filled
   * buffer whose byte 0 is address `reservedBase` and that no other mapping uses. The stack
   * (src/c/image.ts) maps its pages this way as it grows, so that one DataView reaches every
   * byte of it. Not a model of anything: where the bytes live, not which are mapped.
   */
  mapReserved(start: number, length: number, name: string, reserved: ArrayBuffer, reservedBase: number): boolean {
    const len = roundUpToPage(length);
    if (start < reservedBase || start + len > reservedBase + reserved.byteLength) throw new RangeError('mapReserved: the range is not inside the reserved buffer');
    let span = this.reservedSpans.get(reserved);
    if (span === undefined) this.reservedSpans.set(reserved, (span = { base: reservedBase, buffer: reserved, words: undefined, live: true }));
    if (!this.mapIn(start, length, name, 'rw', span)) return false;
    // Zero-filled, as a fresh mapping is, whatever an earlier mapping of these bytes left.
    new Uint8Array(reserved, start - reservedBase, len).fill(0);
    return true;
  }

  /**
   * Gives the mapped pages of `reserved` (see mapReserved) bytes of their own, copied, so the
   * buffer can be handed to another space while this one stays as it was. The pages keep their
   * contents and protection; views of the old bytes go stale (generation changes).
   */
  detachReserved(reserved: ArrayBuffer): void {
    const old = this.reservedSpans.get(reserved);
    if (old === undefined) return;
    this.reservedSpans.delete(reserved);
    old.live = false;
    const first = old.base / PAGE_SIZE;
    const count = reserved.byteLength / PAGE_SIZE;
    let lo = -1;
    let hi = -1;
    for (let i = 0; i < count; i++) {
      if (this.pages.get(first + i)?.span !== old) continue;
      if (lo < 0) lo = i;
      hi = i;
    }
    if (lo < 0) return;
    const span: Span = { base: old.base + lo * PAGE_SIZE, buffer: reserved.slice(lo * PAGE_SIZE, (hi + 1) * PAGE_SIZE), words: undefined, live: true };
    for (let i = lo; i <= hi; i++) {
      const page = this.pages.get(first + i);
      if (page?.span !== old) continue;
      this.pages.set(first + i, { bytes: new Uint8Array(span.buffer, (i - lo) * PAGE_SIZE, PAGE_SIZE), writable: page.writable, words: undefined, span });
    }
    this.forgetPages(old.base, reserved.byteLength);
    this.generation = ++nextGeneration;
  }

  private mapIn(start: number, length: number, name: string, prot: Protection, reserved: Span | undefined): boolean {
    if (start % PAGE_SIZE !== 0) throw new RangeError(`map: unaligned start 0x${start.toString(16)}`);
    const len = roundUpToPage(length);
    if (this.mappedBytes + len > this.memoryCap) {
      this.onCapExceeded?.(len);
      return false;
    }
    let span = reserved;
    if (span === undefined && this.inWindow(start, len)) {
      span = this.window();
      // Zero-filled, as a fresh mapping is, whatever an earlier mapping of these bytes left.
      new Uint8Array(span.buffer, start - span.base, len).fill(0);
    }
    span ??= { base: start, buffer: new ArrayBuffer(len), words: undefined, live: true };
    for (let a = start; a < start + len; a += PAGE_SIZE) {
      const no = a / PAGE_SIZE;
      const old = this.pages.get(no);
      if (old === undefined) this.mappedBytes += PAGE_SIZE;
      else old.span.live = false;
      const page: Page = { bytes: new Uint8Array(span.buffer, a - span.base, PAGE_SIZE), writable: prot === 'rw', words: undefined, span };
      this.pages.set(no, page);
      this.flagWindowPage(no, page);
    }
    this.forgetPages(start, len);
    this.generation = ++nextGeneration;
    this.addRegion({ start, end: start + len, name, prot });
    return true;
  }

  /** Unmaps whole pages covering [start, start+length). Unmapped pages are ignored, as munmap does. */
  unmap(start: number, length: number): void {
    const len = roundUpToPage(length);
    for (let a = start; a < start + len; a += PAGE_SIZE) {
      const page = this.pages.get(a / PAGE_SIZE);
      if (page === undefined) continue;
      page.span.live = false;
      this.pages.delete(a / PAGE_SIZE);
      this.flagWindowPage(a / PAGE_SIZE, undefined);
      this.mappedBytes -= PAGE_SIZE;
    }
    this.forgetPages(start, len);
    this.generation = ++nextGeneration;
    this.removeRegion(start, start + len);
  }

  /** Models mprotect(): changes the protection of whole pages; returns -1 if any page is unmapped. */
  mprotect(start: number, length: number, prot: Protection): number {
    const len = roundUpToPage(length);
    for (let a = start; a < start + len; a += PAGE_SIZE) if (!this.pages.has(a / PAGE_SIZE)) return -1;
    for (let a = start; a < start + len; a += PAGE_SIZE) {
      const page = this.pages.get(a / PAGE_SIZE)!;
      page.writable = prot === 'rw';
      page.span.live = false;
      this.flagWindowPage(a / PAGE_SIZE, page);
    }
    for (const r of this.regions) if (r.start >= start && r.end <= start + len) r.prot = prot;
    this.forgetPages(start, len);
    this.generation = ++nextGeneration;
    return 0;
  }

  /** Models mmap(NULL, length, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS): top-down placement. */
  mmap(length: number, name = '[anon]'): number | null {
    const len = roundUpToPage(length);
    if (len === 0 || len > 2 ** 46) return null;
    const start = this.findFreeBelow(this.mmapCursor, len);
    if (start === null || !this.map(start, len, name)) return null;
    if (start < this.mmapCursor) this.mmapCursor = start;
    return start;
  }

  /** Models munmap(); returns 0, or -1 (EINVAL) for an unaligned address. */
  munmap(start: number, length: number): number {
    if (start % PAGE_SIZE !== 0 || length === 0) return -1;
    this.unmap(start, length);
    return 0;
  }

  /** Models sbrk(increment): returns the old break, or -1 when the memory cap is reached. */
  sbrk(increment: number): number {
    const old = this.programBreak;
    if (increment === 0) return old;
    const newBreak = old + increment;
    if (newBreak < this.layout.brkStart) return -1;
    const oldTop = roundUpToPage(old);
    const newTop = roundUpToPage(newBreak);
    if (newTop > oldTop) {
      if (!this.map(oldTop, newTop - oldTop, '[heap]')) return -1;
      this.mergeHeapRegions();
    } else if (newTop < oldTop) {
      this.unmap(newTop, oldTop - newTop);
    }
    this.programBreak = newBreak;
    return old;
  }

  get break(): number {
    return this.programBreak;
  }

  isMapped(addr: number): boolean {
    return this.pages.has(Math.floor(addr / PAGE_SIZE));
  }

  /** The mappings in address order, as /proc/self/maps lists them. */
  mappings(): readonly Mapping[] {
    return this.regions;
  }

  regionOf(addr: number): Mapping | undefined {
    return this.regions.find((r) => addr >= r.start && addr < r.end);
  }

  /** Empties the cache slots pages of [start, start+len) could occupy (all of them when len < 0). */
  private forgetPages(start: number, len: number): void {
    if (len < 0 || len > CACHE_CLEAR_LIMIT * PAGE_SIZE) {
      this.rcBase.fill(Infinity);
      this.wcBase.fill(Infinity);
      return;
    }
    for (let a = start; a < start + len; a += PAGE_SIZE) {
      const slot = (a >>> PAGE_SHIFT) & CACHE_MASK;
      this.rcBase[slot] = Infinity;
      this.wcBase[slot] = Infinity;
    }
  }

  // ---- byte access ----------------------------------------------------------------------

  /**
   * The backing bytes of the writable page holding addr, or undefined if it is unmapped or
   * read-only. For hot paths (pymalloc) that cache page views; they must drop the view when
   * `generation` changes. Reads and writes through it are ordinary memory accesses.
   */
  pageBytes(addr: number): Uint8Array | undefined {
    const page = this.pages.get(Math.floor(addr / PAGE_SIZE));
    return page && page.writable ? page.bytes : undefined;
  }

  /** The same page as pageBytes, as 1024 little-endian int32 words (index (addr & 4095) >> 2). */
  pageWords(addr: number): Int32Array | undefined {
    const page = this.pages.get(Math.floor(addr / PAGE_SIZE));
    return page && page.writable ? wordsOf(page) : undefined;
  }

  /**
   * Int32 words over the whole buffer behind [start, start+length) and the address of its word 0,
   * when every page of the range is mapped writable and a slice of that one buffer (the range lies
   * within one map() call, or within the mmap window); else undefined. Index (addr - base) >> 2 for a 4-aligned addr in the
   * range. Only accesses inside the range are faithful (other pages of the buffer may have been
   * unmapped or made read-only since), and only while `generation` is unchanged.
   */
  spanWords(start: number, length: number): { words: Int32Array; base: number } | undefined {
    const first = this.pages.get(Math.floor(start / PAGE_SIZE));
    if (first === undefined || !first.writable) return undefined;
    const span = first.span;
    for (let a = start - (start % PAGE_SIZE) + PAGE_SIZE; a < start + length; a += PAGE_SIZE) {
      const page = this.pages.get(a / PAGE_SIZE);
      if (page === undefined || !page.writable || page.span !== span) return undefined;
    }
    let w = span.words;
    if (w === undefined) w = span.words = new Int32Array(span.buffer);
    return { words: w, base: span.base };
  }
  /**
   * The whole buffer of the mapping (one map() call; the whole mmap window for a page in it) that
   * holds writable page addr, as one DataView, or undefined. Only bytes of pages the mapping still
   * has are faithful, and only while state.live: compiled code reads the program's globals through
   * it (src/c/image.ts) and goes the ordinary way once it is not.
   */
  mappingView(addr: number): MappingView | undefined {
    const page = this.pages.get(Math.floor(addr / PAGE_SIZE));
    if (page === undefined || !page.writable || !page.span.live) return undefined;
    return { view: new DataView(page.span.buffer), base: page.span.base, state: page.span };
  }

  // The hot accessors keep their common case small (so V8 inlines them into the allocators) and
  // leave misses and page-straddling accesses to separate functions.

  /** The read-cache slot holding addr's page, filled from the Map on a miss (faults if unmapped). */
  private rslot(addr: number): number {
    const slot = (addr >>> PAGE_SHIFT) & CACHE_MASK;
    const d = addr - this.rcBase[slot]!;
    if (d >= 0 && d < PAGE_SIZE) return slot;
    return this.rfill(addr, slot);
  }

  private rfill(addr: number, slot: number): number {
    const page = this.pages.get(Math.floor(addr / PAGE_SIZE));
    if (page === undefined) throw new SegmentationFault(addr, 'read');
    this.rcBase[slot] = addr - (addr & PAGE_MASK);
    this.rcBytes[slot] = page.bytes;
    this.rcWords[slot] = wordsOf(page);
    return slot;
  }

  /** The write-cache slot holding addr's page (faults if unmapped or read-only). */
  private wslot(addr: number): number {
    const slot = (addr >>> PAGE_SHIFT) & CACHE_MASK;
    const d = addr - this.wcBase[slot]!;
    if (d >= 0 && d < PAGE_SIZE) return slot;
    return this.wfill(addr, slot);
  }

  private wfill(addr: number, slot: number): number {
    const page = this.pages.get(Math.floor(addr / PAGE_SIZE));
    if (page === undefined || !page.writable) throw new SegmentationFault(addr, 'write');
    this.wcBase[slot] = addr - (addr & PAGE_MASK);
    this.wcBytes[slot] = page.bytes;
    this.wcWords[slot] = wordsOf(page);
    return slot;
  }

  private page(addr: number, access: 'read' | 'write'): Uint8Array {
    return access === 'read' ? this.rcBytes[this.rslot(addr)]! : this.wcBytes[this.wslot(addr)]!;
  }

  read8(addr: number): number {
    return this.rcBytes[this.rslot(addr)]![addr & PAGE_MASK]!;
  }

  write8(addr: number, value: number): void {
    this.wcBytes[this.wslot(addr)]![addr & PAGE_MASK] = value & 0xff;
  }

  readU16(addr: number): number {
    const off = addr & PAGE_MASK;
    if (off <= PAGE_SIZE - 2) {
      const b = this.rcBytes[this.rslot(addr)]!;
      return b[off]! | (b[off + 1]! << 8);
    }
    return this.read8(addr) | (this.read8(addr + 1) << 8);
  }

  writeU16(addr: number, value: number): void {
    const off = addr & PAGE_MASK;
    if (off <= PAGE_SIZE - 2) {
      const b = this.wcBytes[this.wslot(addr)]!;
      b[off] = value;
      b[off + 1] = value >>> 8;
      return;
    }
    this.write8(addr, value);
    this.write8(addr + 1, value >>> 8);
  }

  readU32(addr: number): number {
    const off = addr & PAGE_MASK;
    if ((off & 3) === 0) return this.rcWords[this.rslot(addr)]![off >> 2]! >>> 0;
    return this.readU32Unaligned(addr, off);
  }

  private readU32Unaligned(addr: number, off: number): number {
    if (off <= PAGE_SIZE - 4) {
      const b = this.rcBytes[this.rslot(addr)]!;
      return (b[off]! | (b[off + 1]! << 8) | (b[off + 2]! << 16) | (b[off + 3]! << 24)) >>> 0;
    }
    return (this.readU16(addr) | (this.readU16(addr + 2) << 16)) >>> 0;
  }

  writeU32(addr: number, value: number): void {
    const off = addr & PAGE_MASK;
    if ((off & 3) === 0) this.wcWords[this.wslot(addr)]![off >> 2] = value;
    else this.writeU32Unaligned(addr, off, value);
  }

  private writeU32Unaligned(addr: number, off: number, value: number): void {
    if (off <= PAGE_SIZE - 4) {
      const b = this.wcBytes[this.wslot(addr)]!;
      b[off] = value;
      b[off + 1] = value >>> 8;
      b[off + 2] = value >>> 16;
      b[off + 3] = value >>> 24;
      return;
    }
    this.writeU16(addr, value & 0xffff);
    this.writeU16(addr + 2, value >>> 16);
  }

  /** Reads a little-endian 64-bit word exactly. */
  readU64(addr: number): bigint {
    const lo = this.readU32(addr);
    const hi = this.readU32(addr + 4);
    return (BigInt(hi) << 32n) | BigInt(lo);
  }

  writeU64(addr: number, value: bigint): void {
    const v = BigInt.asUintN(64, value);
    this.writeU32(addr, Number(v & 0xffff_ffffn));
    this.writeU32(addr + 4, Number(v >> 32n));
  }

  /**
   * Reads a 64-bit word as a JS number: exact below 2^53 (every pointer and sane size),
   * rounded above it. Use readU64 where the exact bits of a garbage word matter.
   */
  readWord(addr: number): number {
    const off = addr & PAGE_MASK;
    if ((off & 7) === 0) {
      const w = this.rcWords[this.rslot(addr)]!;
      const i = off >> 2;
      return (w[i]! >>> 0) + (w[i + 1]! >>> 0) * TWO_32;
    }
    return this.readWordUnaligned(addr);
  }

  private readWordUnaligned(addr: number): number {
    return this.readU32(addr) + this.readU32(addr + 4) * TWO_32;
  }

  /** Writes a non-negative integer below 2^64 (exact below 2^53) as a 64-bit word. */
  writeWord(addr: number, value: number): void {
    const off = addr & PAGE_MASK;
    if ((off & 7) === 0) {
      const w = this.wcWords[this.wslot(addr)]!;
      const i = off >> 2;
      const hi = Math.floor(value / TWO_32);
      w[i] = value - hi * TWO_32;
      w[i + 1] = hi;
      return;
    }
    this.writeWordUnaligned(addr, value);
  }

  private writeWordUnaligned(addr: number, value: number): void {
    const hi = Math.floor(value / TWO_32);
    this.writeU32(addr, value - hi * TWO_32);
    this.writeU32(addr + 4, hi >>> 0);
  }

  readBytes(addr: number, length: number): Uint8Array {
    const out = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const a = addr + done;
      const off = a & PAGE_MASK;
      const n = Math.min(length - done, PAGE_SIZE - off);
      out.set(this.page(a, 'read').subarray(off, off + n), done);
      done += n;
    }
    return out;
  }

  writeBytes(addr: number, data: Uint8Array): void {
    let done = 0;
    while (done < data.length) {
      const a = addr + done;
      const off = a & PAGE_MASK;
      const n = Math.min(data.length - done, PAGE_SIZE - off);
      this.page(a, 'write').set(data.subarray(done, done + n), off);
      done += n;
    }
  }

  fill(addr: number, value: number, length: number): void {
    let done = 0;
    while (done < length) {
      const a = addr + done;
      const off = a & PAGE_MASK;
      const n = Math.min(length - done, PAGE_SIZE - off);
      this.page(a, 'write').fill(value & 0xff, off, off + n);
      done += n;
    }
  }

  /** memmove semantics: overlapping ranges are copied as if through a temporary. */
  copy(dst: number, src: number, length: number): void {
    if (length <= 0) return;
    this.writeBytes(dst, this.readBytes(src, length));
  }

  /** Reads a NUL-terminated string's bytes (without the NUL); faults like strlen would. */
  readCString(addr: number, limit = 1 << 24): Uint8Array {
    let n = 0;
    while (n < limit && this.read8(addr + n) !== 0) n++;
    return this.readBytes(addr, n);
  }

  /**
   * Copies every page of `other` over this space (pages only this space has are kept), with
   * its regions, program break and mmap cursor. Used by warm-start.ts to give a pristine
   * process the memory a cached Py_Initialize left behind; not a model of anything real.
   */
  adoptPagesFrom(other: AddressSpace): void {
    // Each buffer is copied once, so the copied pages keep sharing their mapping's buffer.
    const copies = new Map<Span, Span>();
    for (const [no, page] of other.pages) {
      const old = this.pages.get(no);
      if (old === undefined) this.mappedBytes += PAGE_SIZE;
      else old.span.live = false;
      let span: Span | undefined;
      if (page.span === other.windowSpan && this.inWindow(no * PAGE_SIZE, PAGE_SIZE)) {
        // A page of the other's window: its bytes are copied into this space's window (the
        // other's whole window buffer is mostly pages it never mapped).
        span = this.window();
        new Uint8Array(span.buffer, no * PAGE_SIZE - span.base, PAGE_SIZE).set(page.bytes);
      } else {
        span = copies.get(page.span);
        if (span === undefined) {
          span = { base: page.span.base, buffer: page.span.buffer.slice(0), words: undefined, live: page.span.live };
          copies.set(page.span, span);
        }
      }
      const bytes = new Uint8Array(span.buffer, no * PAGE_SIZE - span.base, PAGE_SIZE);
      const copy: Page = { bytes, writable: page.writable, words: undefined, span };
      this.pages.set(no, copy);
      this.flagWindowPage(no, copy);
    }
    for (const r of other.regions) this.addRegion({ ...r });
    this.mergeHeapRegions();
    this.programBreak = other.programBreak;
    this.mmapCursor = Math.min(this.mmapCursor, other.mmapCursor);
    this.forgetPages(0, -1);
    this.generation = ++nextGeneration;
  }

  // ---- region bookkeeping ---------------------------------------------------------------

  private addRegion(m: Mapping): void {
    this.removeRegion(m.start, m.end);
    let i = 0;
    while (i < this.regions.length && this.regions[i]!.start < m.start) i++;
    this.regions.splice(i, 0, m);
  }

  private removeRegion(start: number, end: number): void {
    for (let i = this.regions.length - 1; i >= 0; i--) {
      const r = this.regions[i]!;
      if (r.end <= start || r.start >= end) continue;
      const pieces: Mapping[] = [];
      if (r.start < start) pieces.push({ ...r, end: start });
      if (r.end > end) pieces.push({ ...r, start: end });
      this.regions.splice(i, 1, ...pieces);
    }
  }

  private mergeHeapRegions(): void {
    for (let i = this.regions.length - 1; i > 0; i--) {
      const a = this.regions[i - 1]!;
      const b = this.regions[i]!;
      if (a.name === '[heap]' && b.name === '[heap]' && a.end === b.start) {
        this.regions.splice(i - 1, 2, { ...a, end: b.end });
      }
    }
  }

  private findFreeBelow(top: number, len: number): number | null {
    let candidateEnd = top;
    // Walk regions from the highest down, looking for a gap of len bytes below candidateEnd.
    for (let i = this.regions.length - 1; i >= 0; i--) {
      const r = this.regions[i]!;
      if (r.start >= candidateEnd) continue;
      if (r.end <= candidateEnd - len) break;
      candidateEnd = r.start;
    }
    const start = candidateEnd - len;
    return start > this.programBreak + (1 << 30) ? start : null;
  }
}

export function roundUpToPage(n: number): number {
  return Math.ceil(n / PAGE_SIZE) * PAGE_SIZE;
}

export { PAGE_SHIFT };
