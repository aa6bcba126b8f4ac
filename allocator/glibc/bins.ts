/*
 * Models glibc 2.36 malloc.c's regular bins: bin 1 = unsorted, 2..63 small (one size each),
 * 64..126 large (size ranges, kept sorted with the fd_nextsize/bk_nextsize skip list), the binmap,
 * bin_index/largebin_index_64, and unlink_chunk() with its three integrity checks.
 * Bin headers are fake chunks inside main_arena (see malloc-state.ts), so a list's first chunk
 * has bk == bin_at(i) and the checks below compare real bytes. Main exports: unlink_chunk,
 * in_smallbin_range, smallbin_index, largebin_index, bin_index, mark_bin, unmark_bin, get_binmap.
 */

import {
  bk,
  bk_nextsize,
  chunksize,
  chunksize_nomask,
  fd,
  fd_nextsize,
  hex,
  OFF_BK,
  OFF_BK_NEXTSIZE,
  OFF_FD,
  OFF_FD_NEXTSIZE,
  OFF_PREV_SIZE,
  OFF_SIZE,
  prev_size,
  set_bk,
  set_bk_nextsize,
  set_fd,
  set_fd_nextsize,
} from './chunk';
import { malloc_printerr } from './malloc-printerr';
import { BINMAPSHIFT, MIN_LARGE_SIZE, type MallocState } from './malloc-state';

export function in_smallbin_range(sz: number): boolean {
  return sz < MIN_LARGE_SIZE;
}

/** smallbin_index(sz): sz >> 4 on the low 32 bits, as the macro's (unsigned) cast does. */
export function smallbin_index(sz: number): number {
  return sz >>> 4;
}

/** largebin_index_64(sz). */
export function largebin_index(sz: number): number {
  const s6 = Math.floor(sz / 64);
  if (s6 <= 48) return 48 + s6;
  const s9 = Math.floor(sz / 512);
  if (s9 <= 20) return 91 + s9;
  const s12 = Math.floor(sz / 4096);
  if (s12 <= 10) return 110 + s12;
  const s15 = Math.floor(sz / 32768);
  if (s15 <= 4) return 119 + s15;
  const s18 = Math.floor(sz / 262144);
  if (s18 <= 2) return 124 + s18;
  return 126;
}

export function bin_index(sz: number): number {
  return in_smallbin_range(sz) ? smallbin_index(sz) : largebin_index(sz);
}

export function mark_bin(m: MallocState, i: number): void {
  m.binmap[i >> BINMAPSHIFT]! |= 1 << (i & 31);
}

export function unmark_bin(m: MallocState, i: number): void {
  m.binmap[i >> BINMAPSHIFT]! &= ~(1 << (i & 31));
}

export function get_binmap(m: MallocState, i: number): boolean {
  return (m.binmap[i >> BINMAPSHIFT]! & (1 << (i & 31))) !== 0;
}

/** Models unlink_chunk(av, p): take a free chunk off its doubly linked bin list. */
export function unlink_chunk(m: MallocState, p: number, caller: string): void {
  const space = m.space;
  const size = chunksize(space, p);
  const next = p + size;
  if (size !== prev_size(space, next)) {
    malloc_printerr(
      m,
      'corrupted size vs. prev_size',
      'unlink_chunk',
      [
        [p + OFF_SIZE, 8, `size word of free chunk ${hex(p)} (size ${hex(size)})`],
        [next + OFF_PREV_SIZE, 8, `prev_size of the chunk after it, at ${hex(next)}`],
      ],
      `${caller} was taking free chunk ${hex(p)} off its bin; its size says ${hex(size)} but the footer ` +
        `(prev_size of the next chunk, ${hex(next)}) disagrees: the chunk's header or the next chunk's ` +
        `prev_size was overwritten.`,
    );
  }
  const fwd = fd(space, p);
  const bck = bk(space, p);
  if (bk(space, fwd) !== p || fd(space, bck) !== p) {
    malloc_printerr(
      m,
      'corrupted double-linked list',
      'unlink_chunk',
      [
        [p + OFF_FD, 16, `fd and bk of free chunk ${hex(p)}: ${hex(fwd)}, ${hex(bck)}`],
        [fwd + OFF_BK, 8, `fd->bk (should point back at ${hex(p)})`],
        [bck + OFF_FD, 8, `bk->fd (should point back at ${hex(p)})`],
      ],
      `${caller} was taking free chunk ${hex(p)} off its bin, but its neighbours in the list do not ` +
        `point back at it (fd->bk or bk->fd differs): the list links of a freed block were overwritten.`,
    );
  }
  set_bk(space, fwd, bck);
  set_fd(space, bck, fwd);
  if (!in_smallbin_range(chunksize_nomask(space, p)) && fd_nextsize(space, p) !== 0) {
    const pfn = fd_nextsize(space, p);
    const pbn = bk_nextsize(space, p);
    if (bk_nextsize(space, pfn) !== p || fd_nextsize(space, pbn) !== p) {
      malloc_printerr(
        m,
        'corrupted double-linked list (not small)',
        'unlink_chunk',
        [
          [p + OFF_FD_NEXTSIZE, 16, `fd_nextsize and bk_nextsize of large free chunk ${hex(p)}`],
          [pfn + OFF_BK_NEXTSIZE, 8, 'fd_nextsize->bk_nextsize'],
          [pbn + OFF_FD_NEXTSIZE, 8, 'bk_nextsize->fd_nextsize'],
        ],
        `${caller} was taking large free chunk ${hex(p)} off its bin, but the size-sorted skip list ` +
          `(fd_nextsize/bk_nextsize) does not point back at it: those links were overwritten.`,
      );
    }
    if (fd_nextsize(space, fwd) === 0) {
      if (pfn === p) {
        set_fd_nextsize(space, fwd, fwd);
        set_bk_nextsize(space, fwd, fwd);
      } else {
        set_fd_nextsize(space, fwd, pfn);
        set_bk_nextsize(space, fwd, pbn);
        set_bk_nextsize(space, pfn, fwd);
        set_fd_nextsize(space, pbn, fwd);
      }
    } else {
      set_bk_nextsize(space, pfn, pbn);
      set_fd_nextsize(space, pbn, pfn);
    }
  }
}

/** Result of prevChunkForMerge (a module-level scratch, so the free path allocates nothing). */
export const merged = { p: 0, size: 0 };

const TWO_32 = 0x1_0000_0000;
const TWO_64 = 1n << 64n;

/**
 * The "consolidate backward" step of _int_free and malloc_consolidate: p's P bit is clear, so
 * prevsize = p->prev_size; p -= prevsize; size += prevsize; and chunksize(p) must equal prevsize
 * (`message` otherwise). Sets `merged`. The caller then unlinks merged.p.
 * Size_t arithmetic wraps: a prev_size of 0xfffffffffffffff0 moves p 16 bytes *up*, as in C.
 */
export function prevChunkForMerge(m: MallocState, p: number, size: number, message: string, where: string): void {
  const space = m.space;
  const psLo = space.readU32(p + OFF_PREV_SIZE);
  const psHi = space.readU32(p + OFF_PREV_SIZE + 4);
  let q: number;
  let ok: boolean;
  let newSize: number;
  if (psHi < 0x20_0000) {
    const prevsize = psHi * TWO_32 + psLo;
    q = p - prevsize;
    newSize = size + prevsize;
    ok = chunksize(space, q) === prevsize;
  } else {
    const prevsize = (BigInt(psHi) << 32n) | BigInt(psLo);
    q = Number((((BigInt(p) - prevsize) % TWO_64) + TWO_64) % TWO_64);
    newSize = Number((BigInt(size) + prevsize) % TWO_64);
    ok = (space.readU64(q + OFF_SIZE) & ~7n) === prevsize;
  }
  if (!ok) {
    const prevsize = (BigInt(psHi) << 32n) | BigInt(psLo);
    malloc_printerr(
      m,
      message,
      where,
      [
        [p + OFF_PREV_SIZE, 8, `prev_size of chunk ${hex(p)}: ${hex(prevsize)} (its P bit is clear, so glibc trusts it)`],
        [q + OFF_SIZE, 8, `size word of the chunk prev_size points back to, at ${hex(q)}`],
      ],
      `Chunk ${hex(p)} has its PREV_INUSE bit clear, so glibc went back prev_size = ${hex(prevsize)} bytes to ` +
        `${hex(q)} to merge with the free chunk there, but that chunk's size does not equal prev_size: the ` +
        `prev_size word (the last 8 bytes of the previous block) or a size word was overwritten.`,
    );
  }
  merged.p = q;
  merged.size = newSize;
}
