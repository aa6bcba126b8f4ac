/*
 * Models glibc 2.36 malloc.c's chunk representation: `struct malloc_chunk`, the A|M|P size bits
 * and the accessor macros (chunksize, prev_inuse, chunk_is_mmapped, request2size, mem2chunk, ...).
 * This is the only file that reads or writes header words; every other file goes through it,
 * as malloc.c itself does after it poisons the raw field names.
 * Main exports: the constants and one function per macro, each taking the AddressSpace first.
 * SIMPLIFIED: x86-64 only (SIZE_SZ 8, MALLOC_ALIGNMENT 16); the constructor refuses other profiles.
 *
 *     chunk-> +-------------------------------+
 *             | prev_size: size of previous chunk if it is free (P clear), else its user data |
 *             +-------------------------------+
 *             | size of this chunk            |A|M|P|
 *       mem-> +-------------------------------+
 *             | fd  (free: next in list; tcache: `next`, safe-linked; fastbin: safe-linked)  |
 *             | bk  (free: prev in list; tcache: `key` = tcache_key)                          |
 *             | fd_nextsize, bk_nextsize (large-bin chunks only)                              |
 *             | ... user data ...                                                             |
 * nextchunk-> +-------------------------------+
 *             | prev_size = this chunk's size when this chunk is free in a bin (the "footer") |
 *             | size of next chunk            |A|M|P|   P = this chunk is in use (or in tcache/fastbin)
 *
 * The exceptions (malloc.c "the three exceptions"): the top chunk has no footer and its P bit is
 * always set; mmapped chunks have M set, P clear, prev_size = front misalignment (0 here) and no
 * next chunk (usable size = chunksize - 16); tcache and fastbin chunks look in use to their
 * neighbours (the next chunk's P bit stays set).
 */

import type { AddressSpace } from '../address-space';

export const SIZE_SZ = 8;
export const MALLOC_ALIGNMENT = 16;
export const MALLOC_ALIGN_MASK = 15;
export const CHUNK_HDR_SZ = 16;
export const MIN_CHUNK_SIZE = 32;
export const MINSIZE = 0x20;

export const PREV_INUSE = 0x1;
export const IS_MMAPPED = 0x2;
export const NON_MAIN_ARENA = 0x4;
export const SIZE_BITS = 0x7;

/** Field offsets inside a chunk (struct malloc_chunk). */
export const OFF_PREV_SIZE = 0;
export const OFF_SIZE = 8;
export const OFF_FD = 16;
export const OFF_BK = 24;
export const OFF_FD_NEXTSIZE = 32;
export const OFF_BK_NEXTSIZE = 40;

const TWO_32 = 0x1_0000_0000;
/** PTRDIFF_MAX + 1 as a double (2^63): any request at or above it is refused. */
const PTRDIFF_LIMIT = 2 ** 63;

/** request2size(req): the chunk size for a request (req must be a sane, non-negative number). */
export function request2size(req: number): number {
  const s = req + SIZE_SZ + MALLOC_ALIGN_MASK;
  if (s < MINSIZE) return MINSIZE;
  // s - (s & 15) stays exact above 2^32: only the low bits go through ToInt32 (no fmod call).
  return s - (s & MALLOC_ALIGN_MASK);
}

/**
 * checked_request2size(req): 0 when req > PTRDIFF_MAX (the caller sets ENOMEM), else request2size.
 * Negative numbers stand for size_t values >= 2^63 (a C `-1`), so they are refused too.
 */
export function checked_request2size(req: number): number {
  if (!(req >= 0 && req < PTRDIFF_LIMIT)) return 0;
  return request2size(Math.floor(req));
}

export function mem2chunk(mem: number): number {
  return mem - CHUNK_HDR_SZ;
}

export function chunk2mem(p: number): number {
  return p + CHUNK_HDR_SZ;
}

export function chunk_at_offset(p: number, s: number): number {
  return p + s;
}

export function aligned_OK(m: number): boolean {
  return (m & MALLOC_ALIGN_MASK) === 0;
}

export function misaligned_chunk(p: number): boolean {
  return (p & MALLOC_ALIGN_MASK) !== 0;
}

// ---- reading the size word ---------------------------------------------------------------

/** The low 32 bits of the size word: exact flag bits even for garbage words. */
export function size_lo(space: AddressSpace, p: number): number {
  return space.readU32(p + OFF_SIZE);
}

/** chunksize_nomask(p): the whole size word (exact below 2^53; only compared with small bounds). */
export function chunksize_nomask(space: AddressSpace, p: number): number {
  return space.readWord(p + OFF_SIZE);
}

/** chunksize(p): the size word with A|M|P masked off. */
export function chunksize(space: AddressSpace, p: number): number {
  const lo = space.readU32(p + OFF_SIZE);
  const hi = space.readU32(p + OFF_SIZE + 4);
  return hi * TWO_32 + (lo - (lo & SIZE_BITS));
}

/** The size word exactly, for evidence and for the wrap-around tests on garbage. */
export function size_word_exact(space: AddressSpace, p: number): bigint {
  return space.readU64(p + OFF_SIZE);
}

export function prev_inuse(space: AddressSpace, p: number): boolean {
  return (space.readU32(p + OFF_SIZE) & PREV_INUSE) !== 0;
}

export function chunk_is_mmapped(space: AddressSpace, p: number): boolean {
  return (space.readU32(p + OFF_SIZE) & IS_MMAPPED) !== 0;
}

export function chunk_main_arena(space: AddressSpace, p: number): boolean {
  return (space.readU32(p + OFF_SIZE) & NON_MAIN_ARENA) === 0;
}

export function prev_size(space: AddressSpace, p: number): number {
  return space.readWord(p + OFF_PREV_SIZE);
}

export function next_chunk(space: AddressSpace, p: number): number {
  return p + chunksize(space, p);
}

/** inuse(p): the P bit of the chunk after p. */
export function inuse(space: AddressSpace, p: number): boolean {
  return prev_inuse(space, p + chunksize(space, p));
}

export function inuse_bit_at_offset(space: AddressSpace, p: number, s: number): boolean {
  return (space.readU32(p + s + OFF_SIZE) & PREV_INUSE) !== 0;
}

/** memsize(p): bytes the user may use in an allocated chunk (no memory tagging). */
export function memsize(space: AddressSpace, p: number): number {
  return chunksize(space, p) - CHUNK_HDR_SZ + (chunk_is_mmapped(space, p) ? 0 : SIZE_SZ);
}

// ---- writing header words ----------------------------------------------------------------

/** set_head(p, s): the whole size word. */
export function set_head(space: AddressSpace, p: number, s: number): void {
  space.writeWord(p + OFF_SIZE, s);
}

/** set_head_size(p, s): the size, keeping p's A|M|P bits. */
export function set_head_size(space: AddressSpace, p: number, s: number): void {
  const bits = space.readU32(p + OFF_SIZE) & SIZE_BITS;
  space.writeWord(p + OFF_SIZE, s + bits);
}

/** set_foot(p, s): the next chunk's prev_size. */
export function set_foot(space: AddressSpace, p: number, s: number): void {
  space.writeWord(p + s + OFF_PREV_SIZE, s);
}

export function set_prev_size(space: AddressSpace, p: number, s: number): void {
  space.writeWord(p + OFF_PREV_SIZE, s);
}

export function set_inuse_bit_at_offset(space: AddressSpace, p: number, s: number): void {
  const a = p + s + OFF_SIZE;
  space.writeU32(a, space.readU32(a) | PREV_INUSE);
}

export function clear_inuse_bit_at_offset(space: AddressSpace, p: number, s: number): void {
  const a = p + s + OFF_SIZE;
  space.writeU32(a, space.readU32(a) & ~PREV_INUSE);
}

export function set_non_main_arena(space: AddressSpace, p: number): void {
  const a = p + OFF_SIZE;
  space.writeU32(a, space.readU32(a) | NON_MAIN_ARENA);
}

// ---- the link fields of free chunks ------------------------------------------------------

export function fd(space: AddressSpace, p: number): number {
  return space.readWord(p + OFF_FD);
}
export function bk(space: AddressSpace, p: number): number {
  return space.readWord(p + OFF_BK);
}
export function fd_nextsize(space: AddressSpace, p: number): number {
  return space.readWord(p + OFF_FD_NEXTSIZE);
}
export function bk_nextsize(space: AddressSpace, p: number): number {
  return space.readWord(p + OFF_BK_NEXTSIZE);
}
export function set_fd(space: AddressSpace, p: number, v: number): void {
  space.writeWord(p + OFF_FD, v);
}
export function set_bk(space: AddressSpace, p: number, v: number): void {
  space.writeWord(p + OFF_BK, v);
}
export function set_fd_nextsize(space: AddressSpace, p: number, v: number): void {
  space.writeWord(p + OFF_FD_NEXTSIZE, v);
}
export function set_bk_nextsize(space: AddressSpace, p: number, v: number): void {
  space.writeWord(p + OFF_BK_NEXTSIZE, v);
}

// ---- formatting for evidence -------------------------------------------------------------

/** "A|P", "M", "none": the flag bits of a size word's low byte. */
export function flagNames(lowBits: number): string {
  const names: string[] = [];
  if (lowBits & NON_MAIN_ARENA) names.push('A');
  if (lowBits & IS_MMAPPED) names.push('M');
  if (lowBits & PREV_INUSE) names.push('P');
  return names.length ? names.join('|') : 'none';
}

/** An address or word as C prints it with %#lx (values beyond 2^53 should come as bigint). */
export function hex(v: number | bigint): string {
  if (typeof v === 'bigint') return '0x' + BigInt.asUintN(64, v).toString(16);
  if (v < 0) return '0x' + BigInt.asUintN(64, BigInt(Math.trunc(v))).toString(16);
  return '0x' + v.toString(16);
}
