/*
 * A structured, JSON-serialisable picture of the glibc heap, read from simulated memory the way
 * a debugger's heap command would: every chunk from the heap start to top (address, size, A|M|P,
 * in-use / free / top, and which list holds it: tcache[i], fastbin[i], unsorted, smallbin[i],
 * largebin[i]), the mmapped chunks, and the arena's counters. Main export: heapSnapshot.
 * Read-only and fault-tolerant: a corrupted heap yields `problems`, never an exception.
 * SIMPLIFIED: after an sbrk failure made the arena non-contiguous, only the segment holding top is walked.
 */

import { SegmentationFault } from '../address-space';
import { IS_MMAPPED, NON_MAIN_ARENA, OFF_FD, PREV_INUSE } from './chunk';
import { NBINS, NFASTBINS, type MallocState } from './malloc-state';
import { TCACHE_ENTRIES_OFFSET, TCACHE_MAX_BINS } from './tcache';

export type GlibcChunkState = 'in-use' | 'free' | 'top';

export interface GlibcChunkSnapshot {
  /** Chunk address (the prev_size word). */
  address: number;
  /** The pointer the user sees: address + 16. */
  mem: number;
  /** chunksize(): the size word without A|M|P. */
  size: number;
  flags: { A: boolean; M: boolean; P: boolean };
  /** 'free' = on some free list (a tcache or fastbin chunk still looks in use to its neighbours). */
  state: GlibcChunkState;
  /** The list that holds it, e.g. "tcache[0]", "fastbin[1]", "unsorted", "smallbin[5]", "largebin[70]". */
  list: string | null;
}

export interface GlibcMmappedSnapshot {
  address: number;
  mem: number;
  size: number;
}

export interface GlibcHeapSnapshot {
  /** First chunk of the sbrk heap (the tcache_perthread_struct's chunk), or null before any malloc. */
  heapStart: number | null;
  /** End of the heap: top + chunksize(top). */
  heapEnd: number | null;
  /** The program break. */
  brk: number;
  top: number | null;
  mainArena: number;
  tcache: number | null;
  tcacheKey: string;
  chunks: GlibcChunkSnapshot[];
  mmapped: GlibcMmappedSnapshot[];
  /** Lists as glibc sees them: chunk addresses in list order (bounded walks). */
  lists: Record<string, number[]>;
  tcacheCounts: number[];
  counters: {
    system_mem: number;
    max_system_mem: number;
    n_mmaps: number;
    mmapped_mem: number;
    mmap_threshold: number;
    trim_threshold: number;
    have_fastchunks: boolean;
    contiguous: boolean;
  };
  /** Why the walk stopped early or a list could not be followed. */
  problems: string[];
}

const TWO_32 = 0x1_0000_0000;
const MAX_LIST = 100_000;

function flagsOf(lo: number): GlibcChunkSnapshot['flags'] {
  return { A: (lo & NON_MAIN_ARENA) !== 0, M: (lo & IS_MMAPPED) !== 0, P: (lo & PREV_INUSE) !== 0 };
}

/** The heap's first chunk: sbrk_base rounded so that chunk2mem is 16-aligned. */
export function heapStartOf(m: MallocState): number | null {
  const base = m.mp_.sbrk_base;
  if (base === 0) return null;
  const mis = (base + 16) % 16;
  return mis === 0 ? base : base + 16 - mis;
}

function readWordSafe(m: MallocState, a: number): number | null {
  try {
    return m.space.readWord(a);
  } catch (e) {
    if (e instanceof SegmentationFault) return null;
    throw e;
  }
}

function reveal(m: MallocState, pos: number): number | null {
  try {
    let lo = m.space.readU32(pos);
    let hi = m.space.readU32(pos + 4);
    if (m.safeLinking) {
      const s = Math.floor(pos / 4096);
      lo = (lo ^ (s % TWO_32)) >>> 0;
      hi = (hi ^ Math.floor(s / TWO_32)) >>> 0;
    }
    return hi * TWO_32 + lo;
  } catch (e) {
    if (e instanceof SegmentationFault) return null;
    throw e;
  }
}

/** Walks every free list; returns chunk address -> list name, and the lists in order. */
export function collectLists(m: MallocState, problems: string[]): { where: Map<number, string>; lists: Record<string, number[]> } {
  const where = new Map<number, string>();
  const lists: Record<string, number[]> = {};
  const add = (name: string, chunk: number) => {
    (lists[name] ??= []).push(chunk);
    const prev = where.get(chunk);
    if (prev !== undefined) problems.push(`chunk 0x${chunk.toString(16)} is on two lists: ${prev} and ${name}`);
    else where.set(chunk, name);
  };
  if (!m.__malloc_initialized) return { where, lists };
  if (m.tcache !== 0) {
    for (let i = 0; i < TCACHE_MAX_BINS; i++) {
      let e = readWordSafe(m, m.tcache + TCACHE_ENTRIES_OFFSET + i * 8);
      const seen = new Set<number>();
      while (e !== null && e !== 0) {
        if (seen.has(e) || seen.size > MAX_LIST) {
          problems.push(`tcache[${i}] loops at 0x${e.toString(16)}`);
          break;
        }
        seen.add(e);
        add(`tcache[${i}]`, e - 16);
        e = reveal(m, e);
        if (e === null) problems.push(`tcache[${i}] leads to unmapped memory`);
      }
    }
  }
  for (let i = 0; i < NFASTBINS; i++) {
    let p = readWordSafe(m, m.fastbinAddress(i));
    const seen = new Set<number>();
    while (p !== null && p !== 0) {
      if (seen.has(p) || seen.size > MAX_LIST) {
        problems.push(`fastbin[${i}] loops at 0x${p.toString(16)}`);
        break;
      }
      seen.add(p);
      add(`fastbin[${i}]`, p);
      p = reveal(m, p + OFF_FD);
      if (p === null) problems.push(`fastbin[${i}] leads to unmapped memory`);
    }
  }
  for (let i = 1; i < NBINS; i++) {
    const bin = m.bin_at(i);
    const name = i === 1 ? 'unsorted' : i < 64 ? `smallbin[${i}]` : `largebin[${i}]`;
    let p = readWordSafe(m, bin + 16);
    const seen = new Set<number>();
    while (p !== null && p !== bin) {
      if (seen.has(p) || seen.size > MAX_LIST) {
        problems.push(`${name} loops at 0x${p.toString(16)}`);
        break;
      }
      seen.add(p);
      add(name, p);
      p = readWordSafe(m, p + 16);
      if (p === null) problems.push(`${name} leads to unmapped memory`);
    }
  }
  return { where, lists };
}

/** Builds the snapshot. */
export function heapSnapshot(m: MallocState): GlibcHeapSnapshot {
  const problems: string[] = [];
  const { where, lists } = collectLists(m, problems);
  const chunks: GlibcChunkSnapshot[] = [];
  const start = heapStartOf(m);
  let heapEnd: number | null = null;
  const haveHeap = start !== null && m.top !== m.unsorted_chunks;
  if (haveHeap) {
    const topWord = readWordSafe(m, m.top + 8);
    heapEnd = topWord === null ? null : m.top + (topWord - (topWord % 8));
    let p = m.contiguous() ? start! : m.top;
    while (p !== m.top) {
      const word = readWordSafe(m, p + 8);
      if (word === null) {
        problems.push(`walk reached unmapped memory at 0x${p.toString(16)}`);
        break;
      }
      const size = word - (word % 8);
      const lo = word % 8;
      const list = where.get(p) ?? null;
      chunks.push({
        address: p,
        mem: p + 16,
        size,
        flags: flagsOf(lo),
        state: list === null ? 'in-use' : 'free',
        list,
      });
      if (size < 16 || size % 16 !== 0 || p + size > m.top) {
        problems.push(`walk stopped at 0x${p.toString(16)}: size word 0x${word.toString(16)} does not lead to top`);
        break;
      }
      p += size;
    }
    if (topWord !== null) {
      chunks.push({
        address: m.top,
        mem: m.top + 16,
        size: topWord - (topWord % 8),
        flags: flagsOf(topWord % 8),
        state: 'top',
        list: null,
      });
    }
  }
  const mmapped: GlibcMmappedSnapshot[] = [];
  for (const c of [...m.mmappedChunks].sort((a, b) => a - b)) {
    const word = readWordSafe(m, c + 8);
    if (word === null) continue;
    mmapped.push({ address: c, mem: c + 16, size: word - (word % 8) });
  }
  const tcacheCounts: number[] = [];
  if (m.tcache !== 0) for (let i = 0; i < TCACHE_MAX_BINS; i++) tcacheCounts.push(m.space.readU16(m.tcache + i * 2));
  return {
    heapStart: haveHeap ? start : null,
    heapEnd,
    brk: m.space.break,
    top: haveHeap ? m.top : null,
    mainArena: m.av,
    tcache: m.tcache === 0 ? null : m.tcache,
    tcacheKey: '0x' + m.tcache_key.toString(16),
    chunks,
    mmapped,
    lists,
    tcacheCounts,
    counters: {
      system_mem: m.system_mem,
      max_system_mem: m.max_system_mem,
      n_mmaps: m.mp_.n_mmaps,
      mmapped_mem: m.mp_.mmapped_mem,
      mmap_threshold: m.mp_.mmap_threshold,
      trim_threshold: m.mp_.trim_threshold,
      have_fastchunks: m.have_fastchunks,
      contiguous: m.contiguous(),
    },
    problems,
  };
}
