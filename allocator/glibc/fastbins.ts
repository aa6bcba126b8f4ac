/*
 * Models glibc 2.36 malloc.c's fastbins: main_arena.fastbinsY[10], singly linked LIFO lists of
 * chunks up to global_max_fast (0x80), linked through safe-linked fd fields and never coalesced
 * while they sit there (their neighbours keep seeing them in use), and malloc_consolidate(),
 * which empties every fastbin into the unsorted bin, merging with free neighbours and top.
 * Main exports: fastbin_index, fastbinHead (+ exact halves), setFastbinHead, malloc_consolidate.
 * fastbinsY[] lives in main_arena's bytes so garbage links stay bit-exact.
 */

import {
  chunksize,
  clear_inuse_bit_at_offset,
  fd,
  hex,
  inuse_bit_at_offset,
  OFF_FD,
  OFF_SIZE,
  PREV_INUSE,
  prev_inuse,
  set_bk,
  set_bk_nextsize,
  set_fd,
  set_fd_nextsize,
  set_foot,
  set_head,
  size_word_exact,
} from './chunk';
import { in_smallbin_range, merged, prevChunkForMerge, unlink_chunk } from './bins';
import { malloc_printerr } from './malloc-printerr';
import { NFASTBINS, type MallocState } from './malloc-state';
import { REVEAL_PTR, revealed } from './tcache';

const TWO_32 = 0x1_0000_0000;

/** fastbin_index(sz) = ((unsigned int) sz >> 4) - 2, in 32-bit unsigned arithmetic. */
export function fastbin_index(sz: number): number {
  return ((sz >>> 4) - 2) >>> 0;
}

/** fastbinsY[idx] as a number (exact below 2^53). */
export function fastbinHead(m: MallocState, idx: number): number {
  const a = m.fastbinAddress(idx);
  return m.space.readU32(a) + m.space.readU32(a + 4) * TWO_32;
}

/** The low 32 bits of fastbinsY[idx], for an exact alignment test. */
export function fastbinHeadLo(m: MallocState, idx: number): number {
  return m.space.readU32(m.fastbinAddress(idx));
}

export function setFastbinHead(m: MallocState, idx: number, lo: number, hi: number): void {
  const a = m.fastbinAddress(idx);
  m.space.writeU32(a, lo);
  m.space.writeU32(a + 4, hi);
}

/** Models malloc_consolidate(av). */
export function malloc_consolidate(m: MallocState, caller: string): void {
  const space = m.space;
  m.have_fastchunks = false;
  const unsorted_bin = m.unsorted_chunks;
  for (let idx = 0; idx < NFASTBINS; idx++) {
    const fbAddr = m.fastbinAddress(idx);
    let pLo = space.readU32(fbAddr);
    let pHi = space.readU32(fbAddr + 4);
    space.writeWord(fbAddr, 0);
    while (pLo !== 0 || pHi !== 0) {
      let p = pHi * TWO_32 + pLo;
      if ((pLo & 15) !== 0) {
        malloc_printerr(
          m,
          'malloc_consolidate(): unaligned fastbin chunk detected',
          'malloc_consolidate',
          [[fbAddr, 8, `fastbinsY[${idx}] (emptied) or the fd of the chunk before it: ${hex(p)}`]],
          `${caller} needed the fastbins emptied; walking fastbin ${idx} glibc reached ${hex(p)}, which is not ` +
            `16-byte aligned: the fd field of a freed block in that fastbin was overwritten.`,
        );
      }
      const sz = chunksize(space, p);
      if (fastbin_index(sz) !== idx) {
        malloc_printerr(
          m,
          'malloc_consolidate(): invalid chunk size',
          'malloc_consolidate',
          [[p + OFF_SIZE, 8, `size word of chunk ${hex(p)}: ${hex(size_word_exact(space, p))}`]],
          `${caller} needed the fastbins emptied; chunk ${hex(p)} was found in fastbin ${idx} (chunks of size ` +
            `${hex((idx + 2) * 16)}) but its size word says ${hex(sz)}: it is no longer a free fastbin chunk ` +
            `(typically the same block was freed twice, A-B-A, and then reused or merged).`,
        );
      }
      REVEAL_PTR(m, p + OFF_FD);
      const nextLo = revealed.lo;
      const nextHi = revealed.hi;
      let size = sz;
      const nextchunk = p + size;
      const nextsize = chunksize(space, nextchunk);
      if (!prev_inuse(space, p)) {
        prevChunkForMerge(m, p, size, 'corrupted size vs. prev_size in fastbins', 'malloc_consolidate');
        p = merged.p;
        size = merged.size;
        unlink_chunk(m, p, 'malloc_consolidate');
      }
      if (nextchunk !== m.top) {
        if (!inuse_bit_at_offset(space, nextchunk, nextsize)) {
          size += nextsize;
          unlink_chunk(m, nextchunk, 'malloc_consolidate');
        } else {
          clear_inuse_bit_at_offset(space, nextchunk, 0);
        }
        const first_unsorted = fd(space, unsorted_bin);
        set_fd(space, unsorted_bin, p);
        set_bk(space, first_unsorted, p);
        if (!in_smallbin_range(size)) {
          set_fd_nextsize(space, p, 0);
          set_bk_nextsize(space, p, 0);
        }
        set_head(space, p, size + PREV_INUSE);
        set_bk(space, p, unsorted_bin);
        set_fd(space, p, first_unsorted);
        set_foot(space, p, size);
      } else {
        size += nextsize;
        set_head(space, p, size + PREV_INUSE);
        m.top = p;
      }
      pLo = nextLo;
      pHi = nextHi;
    }
  }
}
