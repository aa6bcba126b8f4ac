/*
 * Models glibc 2.36 malloc.c's per-thread cache: tcache_perthread_struct (uint16 counts[64] then
 * tcache_entry *entries[64], 640 bytes, itself the first chunk of the heap), tcache_put,
 * tcache_get, the double-free walk of _int_free, and safe-linking (PROTECT_PTR / REVEAL_PTR).
 * A cached chunk's user data holds the entry: +0 `next` (safe-linked), +8 `key` (= tcache_key).
 * Main exports: tcache_put, tcache_get, tcache_count, tcache_double_free_walk, PROTECT_PTR, REVEAL_PTR.
 * Hot path: numbers and 32-bit halves only, no allocation, no bigint.
 */

import { chunk2mem, hex, MALLOC_ALIGNMENT, MINSIZE } from './chunk';
import { malloc_printerr, type ReadSpec } from './malloc-printerr';
import type { MallocState } from './malloc-state';

/** TCACHE_MAX_BINS as compiled: fixes the struct layout (mp_.tcache_bins may be smaller). */
export const TCACHE_MAX_BINS = 64;
export const TCACHE_COUNTS_OFFSET = 0;
export const TCACHE_ENTRIES_OFFSET = 2 * TCACHE_MAX_BINS;
export const TCACHE_ENTRY_NEXT = 0;
export const TCACHE_ENTRY_KEY = 8;

const TWO_32 = 0x1_0000_0000;

/** csize2tidx(x): tcache bin of a chunk size. */
export function csize2tidx(x: number): number {
  return Math.floor((x - MINSIZE + MALLOC_ALIGNMENT - 1) / MALLOC_ALIGNMENT);
}

/** tidx2usize(idx): largest request served by tcache bin idx. */
export function tidx2usize(idx: number): number {
  return idx * MALLOC_ALIGNMENT + MINSIZE - 8;
}

// The halves below are taken with `>>> 0` and exact power-of-two divisions: `%` on a double
// (any address above 2^31) is a slow fmod call in V8, and these run on every tcache operation.

/** PROTECT_PTR(pos, ptr) = (pos >> 12) ^ ptr, for sane (below 2^53) values. */
export function PROTECT_PTR(m: MallocState, pos: number, ptr: number): number {
  if (!m.safeLinking) return ptr;
  const s = (pos - (pos & 4095)) / 4096;
  const sLo = s >>> 0;
  const pLo = ptr >>> 0;
  const lo = (sLo ^ pLo) >>> 0;
  const hi = (((s - sLo) / TWO_32) ^ ((ptr - pLo) / TWO_32)) >>> 0;
  return hi * TWO_32 + lo;
}

/** The halves of the last REVEAL_PTR result, exact even when the stored word is garbage. */
export const revealed = { lo: 0, hi: 0 };

/** REVEAL_PTR(*pos): reads the link stored at pos and undoes the mask. Sets `revealed` too. */
export function REVEAL_PTR(m: MallocState, pos: number): number {
  const space = m.space;
  let lo = space.readU32(pos);
  let hi = space.readU32(pos + 4);
  if (m.safeLinking) {
    const s = (pos - (pos & 4095)) / 4096;
    const sLo = s >>> 0;
    lo = (lo ^ sLo) >>> 0;
    hi = (hi ^ ((s - sLo) / TWO_32)) >>> 0;
  }
  revealed.lo = lo;
  revealed.hi = hi;
  return hi * TWO_32 + lo;
}

/** Stores PROTECT_PTR(pos, ptr) at pos, with ptr given as halves (it may be garbage). */
export function storeProtected(m: MallocState, pos: number, ptrLo: number, ptrHi: number): void {
  let lo = ptrLo;
  let hi = ptrHi;
  if (m.safeLinking) {
    const s = (pos - (pos & 4095)) / 4096;
    const sLo = s >>> 0;
    lo = (lo ^ sLo) >>> 0;
    hi = (hi ^ ((s - sLo) / TWO_32)) >>> 0;
  }
  m.space.writeU32(pos, lo);
  m.space.writeU32(pos + 4, hi);
}

/** &tcache->entries[idx]. */
export function tcacheEntrySlot(m: MallocState, tc_idx: number): number {
  return m.tcache + TCACHE_ENTRIES_OFFSET + tc_idx * 8;
}

/** tcache->counts[idx]. */
export function tcache_count(m: MallocState, tc_idx: number): number {
  return m.space.readU16(m.tcache + TCACHE_COUNTS_OFFSET + tc_idx * 2);
}

/** Models tcache_put(chunk, tc_idx): push a chunk, mark it with tcache_key. */
export function tcache_put(m: MallocState, chunk: number, tc_idx: number): void {
  const space = m.space;
  const e = chunk2mem(chunk);
  space.writeU32(e + TCACHE_ENTRY_KEY, m.tcache_key_lo);
  space.writeU32(e + TCACHE_ENTRY_KEY + 4, m.tcache_key_hi);
  const slot = m.tcache + TCACHE_ENTRIES_OFFSET + tc_idx * 8;
  storeProtected(m, e + TCACHE_ENTRY_NEXT, space.readU32(slot), space.readU32(slot + 4));
  space.writeWord(slot, e);
  const countAt = m.tcache + TCACHE_COUNTS_OFFSET + tc_idx * 2;
  space.writeU16(countAt, (space.readU16(countAt) + 1) & 0xffff);
}

/** Models tcache_get(tc_idx): pop the head entry; only that entry's alignment is checked. */
export function tcache_get(m: MallocState, tc_idx: number): number {
  const space = m.space;
  const slot = m.tcache + TCACHE_ENTRIES_OFFSET + tc_idx * 8;
  const eLo = space.readU32(slot);
  if ((eLo & (MALLOC_ALIGNMENT - 1)) !== 0) {
    const e = space.readU64(slot);
    malloc_printerr(
      m,
      'malloc(): unaligned tcache chunk detected',
      'tcache_get',
      [[slot, 8, `tcache->entries[${tc_idx}]: ${hex(e)} (not 16-aligned)`]],
      `The head of tcache bin ${tc_idx} (chunks of size ${hex(tc_idx * 16 + MINSIZE)}) is ${hex(e)}, which is not ` +
        `16-byte aligned: it was revealed from a corrupted \`next\` field of the chunk handed out before it ` +
        `(something wrote into a freed block).`,
    );
  }
  const e = eLo + space.readU32(slot + 4) * TWO_32;
  REVEAL_PTR(m, e + TCACHE_ENTRY_NEXT);
  space.writeU32(slot, revealed.lo);
  space.writeU32(slot + 4, revealed.hi);
  const countAt = m.tcache + TCACHE_COUNTS_OFFSET + tc_idx * 2;
  space.writeU16(countAt, (space.readU16(countAt) - 1) & 0xffff);
  space.writeU32(e + TCACHE_ENTRY_KEY, 0);
  space.writeU32(e + TCACHE_ENTRY_KEY + 4, 0);
  return e;
}

/** Whether e->key equals tcache_key (the "maybe a double free" test of _int_free). */
export function tcache_key_matches(m: MallocState, e: number): boolean {
  const space = m.space;
  return (
    space.readU32(e + TCACHE_ENTRY_KEY) === m.tcache_key_lo && space.readU32(e + TCACHE_ENTRY_KEY + 4) === m.tcache_key_hi
  );
}

/**
 * Models the walk in glibc 2.36 _int_free() run when e->key == tcache_key: look for e in its bin,
 * at most mp_.tcache_count steps. Returns when it was a coincidence.
 */
export function tcache_double_free_walk(m: MallocState, e: number, tc_idx: number): void {
  const space = m.space;
  const slot = tcacheEntrySlot(m, tc_idx);
  const sizeName = hex(tc_idx * 16 + MINSIZE);
  const reads: ReadSpec[] = [
    [e + TCACHE_ENTRY_KEY, 8, `key field at ${hex(e)}+8: equals tcache_key ${hex(m.tcache_key)} (the mark of a chunk in the tcache)`],
    [slot, 8, `tcache->entries[${tc_idx}]`],
  ];
  let lo = space.readU32(slot);
  let hi = space.readU32(slot + 4);
  let linkAt = slot;
  for (let cnt = 0; lo !== 0 || hi !== 0; cnt++) {
    const tmp = hi * TWO_32 + lo;
    if (cnt >= m.mp_.tcache_count) {
      malloc_printerr(
        m,
        'free(): too many chunks detected in tcache',
        '_int_free',
        reads,
        `The chunk's key field equals tcache_key, so glibc walked tcache bin ${tc_idx} (chunks of size ${sizeName}) ` +
          `looking for it, and found more than ${m.mp_.tcache_count} entries: the bin's list is corrupted (it loops or was overwritten).`,
      );
    }
    if ((lo & (MALLOC_ALIGNMENT - 1)) !== 0) {
      malloc_printerr(
        m,
        'free(): unaligned chunk detected in tcache 2',
        '_int_free',
        reads,
        `The chunk's key field equals tcache_key, so glibc walked tcache bin ${tc_idx} looking for it; entry ${cnt} ` +
          `of that list is ${hex(tmp)}, which is not 16-byte aligned: a freed block's \`next\` field was overwritten.`,
      );
    }
    if (tmp === e) {
      malloc_printerr(
        m,
        'free(): double free detected in tcache 2',
        '_int_free',
        reads,
        `The word at ${hex(e)}+8 equals tcache_key, which glibc writes into every block it puts in the tcache; ` +
          `walking tcache bin ${tc_idx} (chunks of size ${sizeName}) it found ${hex(e)} itself at position ${cnt}: ` +
          `this block was already freed and is being freed a second time.`,
      );
    }
    linkAt = tmp + TCACHE_ENTRY_NEXT;
    reads.push([linkAt, 8, `next field of tcache entry ${hex(tmp)} (safe-linked)`]);
    REVEAL_PTR(m, linkAt);
    lo = revealed.lo;
    hi = revealed.hi;
  }
}
