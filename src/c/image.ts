/*
 * The program's own memory: the a.out image at 0x555555554000 (.rodata with the string literals,
 * .data/.bss with globals and statics) and the main thread's stack below 0x7ffffffff000, grown
 * on demand down to RLIMIT_STACK (8 MiB) like the kernel's stack VMA; below it nothing is
 * mapped, so running past it faults. Main exports: layoutImage, Stack.
 * .rodata is filled while writable, then made read-only with mprotect. An image too big for the
 * 0x5000 bytes before the heap is placed below 0x555555554000 instead (DIFFERS from ld, which
 * would move the heap).
 */
import type { AddressSpace } from '../../allocator/address-space';
import { PAGE_SIZE, roundUpToPage } from '../../allocator/address-space';
import type { GlobalSym, StringLit } from './ir';
import { alignOf, alignUp, sizeOf } from './types';

const RODATA = 0x5555_5555_6000;
const DATA = 0x5555_5555_8000;

export interface ImageLayout {
  rodataStart: number;
  dataStart: number;
  /** Where the .data/.bss mapping starts (one map() call: see AddressSpace.mappingView). */
  dataMapStart: number;
}

/** Gives every string literal and defined global its address and maps the image. */
export function layoutImage(space: AddressSpace, strings: StringLit[], globals: GlobalSym[]): ImageLayout {
  const base = space.layout.imageBase;
  const heap = space.layout.brkStart;
  const rodataSize = strings.reduce((n, s) => n + s.bytes.length, 0);
  let dataSize = 0;
  for (const g of globals) {
    if (!g.defined) continue;
    dataSize = alignUp(dataSize, Math.max(alignOf(g.type), sizeOf(g.type) >= 16 ? 16 : 1)) + Math.max(sizeOf(g.type), 1);
  }
  // The ELF header page and .text exist in a real image; map them so the layout reads true.
  mapIfFree(space, base, PAGE_SIZE, 'a.out (ELF header)', 'r');
  mapIfFree(space, base + PAGE_SIZE, PAGE_SIZE, 'a.out (.text)', 'r');
  let rodataStart = RODATA + 0x10;
  let dataStart = DATA + 0x10;
  if (rodataStart + rodataSize > DATA - PAGE_SIZE || dataStart + dataSize > heap) {
    // DIFFERS: too big for the usual spot; both go below the image base.
    const need = roundUpToPage(rodataSize + 16) + roundUpToPage(dataSize + 16);
    const low = base - need;
    rodataStart = low + 0x10;
    dataStart = low + roundUpToPage(rodataSize + 16) + 0x10;
  }
  // .data/.bss
  const dataPage = Math.floor((dataStart - 0x10) / PAGE_SIZE) * PAGE_SIZE;
  const dataLen = roundUpToPage(dataStart + dataSize - dataPage);
  const dataMapStart = dataPage - (dataPage === DATA ? PAGE_SIZE : 0);
  if (!space.map(dataMapStart, dataLen + (dataPage === DATA ? PAGE_SIZE : 0), 'a.out (.data/.bss)', 'rw')) {
    throw new RangeError('memory cap reached mapping the program image');
  }
  let at = dataStart;
  for (const g of globals) {
    if (!g.defined) continue;
    at = alignUp(at, Math.max(alignOf(g.type), sizeOf(g.type) >= 16 ? 16 : 1));
    g.addr = at;
    at += Math.max(sizeOf(g.type), 1);
  }
  // .rodata: written while writable, then write-protected.
  const roPage = Math.floor((rodataStart - 0x10) / PAGE_SIZE) * PAGE_SIZE;
  const roLen = roundUpToPage(rodataStart + rodataSize - roPage);
  if (!space.map(roPage, roLen, 'a.out (.rodata)', 'rw')) throw new RangeError('memory cap reached mapping the program image');
  at = rodataStart;
  for (const s of strings) {
    s.addr = at;
    space.writeBytes(at, s.bytes);
    at += s.bytes.length;
  }
  makeReadOnly(space, roPage, roLen);
  return { rodataStart, dataStart, dataMapStart };
}

function mapIfFree(space: AddressSpace, start: number, len: number, name: string, prot: 'r' | 'rw'): void {
  if (!space.isMapped(start)) space.map(start, len, name, prot);
}

/** Models mprotect(PROT_READ) on .rodata after the loader filled it. */
export function makeReadOnly(space: AddressSpace, start: number, len: number): void {
  space.mprotect(start, len, 'r');
}

/**
 * Reserved stack buffers of finished runs (Stack.release), for the next Stack: a fresh 8 MiB
 * ArrayBuffer costs about a millisecond (and the garbage collector's attention) each run.
 */
const spareStacks: ArrayBuffer[] = [];

/**
 * The main thread's stack: mapped from the top down as frames need it, up to the limit. Every
 * page of it is a slice of one buffer reserved for the whole [limit, top) (mapped page by page
 * all the same: below `low` nothing is mapped), so compiled code reaches any local through one
 * DataView, `view`, at offset address - limit.
 */
export class Stack {
  readonly top: number;
  /** Lowest address the stack may ever reach (top - RLIMIT_STACK); byte 0 of `view`. */
  readonly limit: number;
  /** Lowest mapped address. */
  low: number;
  /** rsp at main's call: below argv/envp/auxv, as in a non-randomised run. */
  readonly initialSp: number;
  /** All of [limit, top); only [low, top) is mapped. */
  readonly view: DataView;
  private readonly reserved: ArrayBuffer;
  /** Set by release(): the reserved buffer has gone to the spares. */
  private released = false;

  constructor(private readonly space: AddressSpace) {
    this.top = space.layout.stackTop;
    this.limit = this.top - space.layout.stackLimit;
    const size = this.top - this.limit;
    const spare = spareStacks.findIndex((b) => b.byteLength === size);
    this.reserved = spare >= 0 ? spareStacks.splice(spare, 1)[0]! : new ArrayBuffer(size);
    this.view = new DataView(this.reserved);
    // The kernel sets up 132 KiB (0x21000) to begin with.
    this.low = Math.max(this.limit, this.top - 0x21000);
    if (!space.mapReserved(this.low, this.top - this.low, '[stack]', this.reserved, this.limit)) throw new RangeError('memory cap reached mapping the stack');
    this.initialSp = this.top - 0xc50;
  }

  /**
   * The run is over: its space keeps copies of the stack's pages (AddressSpace.detachReserved),
   * and the reserved buffer goes to the next Stack. Nothing may use `view` afterwards.
   */
  release(): void {
    if (this.released) return;
    this.released = true;
    this.space.detachReserved(this.reserved);
    if (spareStacks.length < 2) spareStacks.push(this.reserved);
  }

  /**
   * Makes [sp, top) mapped. Returns false when sp is past RLIMIT_STACK (the access would hit the
   * guard gap: SIGSEGV) and null when the memory cap refuses the pages.
   */
  grow(sp: number): boolean | null {
    if (sp >= this.low) return true;
    if (sp < this.limit) return false;
    // Grow in 64 KiB steps so a deep recursion does not remap for every frame.
    const newLow = Math.max(this.limit, Math.floor((sp - 0x10000) / PAGE_SIZE) * PAGE_SIZE);
    if (!this.space.mapReserved(newLow, this.low - newLow, '[stack]', this.reserved, this.limit)) return null;
    this.low = newLow;
    return true;
  }
}
