/*
 * What the heap map reads: one step's HeapSnapshot as the runtime returns it, plus what the page
 * adds (variable labels, the address a failing check read). Main exports: HeapMapInput (the
 * contract), MemoryImage (bytes for the hex view), familyName.
 * The map never computes allocator state: it draws chunks, bins, arenas, pools, blocks and pads as
 * the machine reported them. This file only names the shapes; layout.ts turns them into boxes.
 * Leaves out: reading simulated memory (the snapshot must carry the bytes it wants shown).
 */

import type { GlibcHeapSnapshot } from '../../allocator/glibc/snapshot';
import type { DebugPads } from '../../allocator/debug-hooks/layout';
import type { PymallocSnapshot } from '../../allocator/pymalloc/snapshot';
import type { HeapSnapshot as MachineSnapshot } from '../../allocator/machine';

export type { PymallocArena, PymallocBlock, PymallocPool, PymallocSnapshot } from '../../allocator/pymalloc/snapshot';

export type { GlibcChunkSnapshot, GlibcHeapSnapshot, GlibcMmappedSnapshot } from '../../allocator/glibc/snapshot';

/** A block the program holds, and which function handed it out (upstream name). */
export interface LiveBlock {
  /** The pointer the program got (for debug-hooked blocks: p, after the 16-byte header). */
  address: number;
  /** Bytes requested (NaN when beyond 2^53). */
  size: number;
  /** 'malloc', 'PyMem_RawMalloc', 'PyMem_Malloc', 'PyObject_Calloc', ... */
  api: string;
  family: string;
}

/**
 * The debug hooks' decorations of the block at p (allocator/debug-hooks/layout.ts readDebugPads):
 * [SSSSSSSS I FFFFFFF | data | FFFFFFFF], N big-endian at p-16, API id at p-8.
 */
export interface DebugPadView extends DebugPads {
  address: number;
}

/** A run of bytes copied out of simulated memory, for the hex view. */
export interface MemoryRegion {
  address: number;
  /** Lower-case hex, two digits per byte. */
  hex: string;
}

/**
 * One step as the map receives it: Machine.snapshot() plus what the runtime adds for the map:
 * the bytes it asks for (bytesWanted() in capture.ts) and, optionally, the stats text.
 */
export interface StepSnapshot extends MachineSnapshot {
  memory?: MemoryRegion[];
  /** Text of _PyObject_DebugMallocStats (Machine.debugMallocStats()) at this step. */
  debugMallocStats?: string;
}

/** The snapshot normalised for drawing: live blocks with numeric sizes, every debug pad found. */
export interface HeapSnapshot {
  glibc: GlibcHeapSnapshot;
  pymalloc: PymallocSnapshot | null;
  live: LiveBlock[];
  debug: DebugPadView[];
  memory: MemoryImage;
  debugMallocStats?: string;
}

/** One read a failing check made (allocator/process.ts EvidenceRead, wire form). */
export interface EvidenceReadView {
  address: number;
  length: number;
  bytes: number[] | null;
  meaning: string;
}

export interface EvidenceView {
  where: string;
  call?: string;
  reads: EvidenceReadView[];
  conclusion: string;
}

export interface Highlight {
  address: number;
  length: number;
  /** Bytes the check found there, if known. */
  bytes?: number[] | null;
  /** What the reader took them for. */
  meaning?: string;
}

export interface HeapMapInput {
  snapshot: StepSnapshot | HeapSnapshot;
  /** The previous step's snapshot: what differs is marked "changed". */
  previous?: StepSnapshot | HeapSnapshot | null;
  /** Program variables that hold pointers: name -> address. */
  labels?: Record<string, number>;
  highlight?: Highlight | null;
  /** Several reads at once (a failing check's Evidence.reads); the first is the decisive one. */
  highlights?: Highlight[];
  /** Ids of arenas, pools and chunk runs to draw open (see layout.ts for the id forms). */
  expanded?: ReadonlySet<string>;
  /** Ids to draw closed even when the automatic rule would open them. */
  collapsed?: ReadonlySet<string>;
}

/** The evidence's reads as highlights: the read that decided comes first in Evidence.reads. */
export function highlightsFromEvidence(e: EvidenceView | null | undefined): Highlight[] {
  if (!e) return [];
  return e.reads.map((r) => ({ address: r.address, length: r.length, bytes: r.bytes, meaning: r.meaning }));
}

/** Random access to the bytes a snapshot carries; each region is decoded on first use. */
export class MemoryImage {
  private readonly regions: { address: number; end: number; hex: string; bytes: Uint8Array | null }[];

  constructor(regions: readonly MemoryRegion[]) {
    this.regions = regions
      .map((r) => ({ address: r.address, end: r.address + (r.hex.length >> 1), hex: r.hex, bytes: null }))
      .sort((a, b) => a.address - b.address);
  }

  get size(): number {
    return this.regions.length;
  }

  /** The byte at addr, or null when the snapshot did not copy it. */
  byte(addr: number): number | null {
    const rs = this.regions;
    let lo = 0;
    let hi = rs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = rs[mid]!;
      if (addr < r.address) hi = mid - 1;
      else if (addr >= r.end) lo = mid + 1;
      else {
        r.bytes ??= hexToBytes(r.hex);
        return r.bytes[addr - r.address]!;
      }
    }
    return null;
  }

  read(addr: number, length: number): (number | null)[] {
    const out: (number | null)[] = new Array(length);
    for (let i = 0; i < length; i++) out[i] = this.byte(addr + i);
    return out;
  }
}

const HEX_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX_VALUE['0123456789abcdef'.charCodeAt(i)] = i;
  HEX_VALUE['0123456789ABCDEF'.charCodeAt(i)] = i;
}

export function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < out.length; i++) {
    out[i] = (HEX_VALUE[hex.charCodeAt(2 * i)]! << 4) | HEX_VALUE[hex.charCodeAt(2 * i + 1)]!;
  }
  return out;
}

export function bytesToHex(bytes: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += (bytes[i]! & 0xff).toString(16).padStart(2, '0');
  return s;
}

/** Two hex digits for each byte value. */
const BYTE_HEX = Array.from({ length: 256 }, (_, i) => (i | 256).toString(16).slice(1));

/**
 * v in hex, as v.toString(16) writes it, with 0x. An address above 2^32 is written from its
 * halves (the low one byte by byte from a table): V8 converts a number that is not a small
 * integer to hex about four times slower, and a heap map with 10,000 blocks writes 40,000.
 */
export function hex(v: number): string {
  if (v >= 4294967296 && v <= Number.MAX_SAFE_INTEGER && Number.isInteger(v)) {
    const hi = Math.floor(v / 4294967296);
    const lo = (v - hi * 4294967296) >>> 0;
    return '0x' + hi.toString(16) + BYTE_HEX[lo >>> 24]! + BYTE_HEX[(lo >>> 16) & 255]! + BYTE_HEX[(lo >>> 8) & 255]! + BYTE_HEX[lo & 255]!;
  }
  return '0x' + v.toString(16);
}

const FORBIDDEN = 0xfd;

/** Reads a debug header [N big-endian | id | 7 x 0xFD] for the block at p from copied bytes. */
export function padFromBytes(mem: MemoryImage, p: number): DebugPadView | null {
  const head = mem.read(p - 16, 16);
  if (head.some((b) => b === null)) return null;
  let n = 0n;
  for (let i = 0; i < 8; i++) n = (n << 8n) | BigInt(head[i]!);
  const leadingOk = head.slice(9).every((b) => b === FORBIDDEN);
  let trailingOk: boolean | null = null;
  if (n < 1n << 40n) {
    const tail = mem.read(p + Number(n), 8);
    if (tail.every((b) => b !== null)) trailingOk = tail.every((b) => b === FORBIDDEN);
  }
  return { address: p, size: n.toString(), apiId: head[8]!, leadingOk, trailingOk };
}

function isNormalised(s: StepSnapshot | HeapSnapshot): s is HeapSnapshot {
  return 'live' in s && 'debug' in s;
}

/**
 * Normalises a step for drawing. Debug pads come from the machine per live block; a block the
 * hooks wrapped twice (PYTHONMALLOC=debug, N + 24 > 512: 'r' outside 'm'/'o') has its outer
 * header read from the copied bytes, when the step carries them.
 */
const normalised = new WeakMap<StepSnapshot, HeapSnapshot>();

export function toHeapSnapshot(s: StepSnapshot | HeapSnapshot): HeapSnapshot {
  if (isNormalised(s)) return s;
  const cached = normalised.get(s);
  if (cached) return cached;
  const memory = new MemoryImage(s.memory ?? []);
  const live: LiveBlock[] = s.blocks.map((b) => ({
    address: b.address,
    size: typeof b.size === 'number' ? b.size : Number(b.size),
    api: b.fn,
    family: b.family,
  }));
  const debug: DebugPadView[] = [];
  const seen = new Set<number>();
  for (const b of s.blocks) {
    if (!b.debugPads) continue;
    debug.push({ ...b.debugPads, address: b.address });
    seen.add(b.address);
    // An outer header sits 16 bytes further down when the wrapped allocator was itself hooked.
    const q = b.address - 16;
    if (!seen.has(q)) {
      const outer = padFromBytes(memory, q);
      if (outer && outer.leadingOk && outer.size === String(Number(b.debugPads.size) + 24)) {
        debug.push(outer);
        seen.add(q);
      }
    }
  }
  const out: HeapSnapshot = { glibc: s.glibc, pymalloc: s.pymalloc ?? null, live, debug, memory };
  if (s.debugMallocStats !== undefined) out.debugMallocStats = s.debugMallocStats;
  normalised.set(s, out);
  return out;
}
