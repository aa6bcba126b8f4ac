/*
 * Models glibc 2.36 malloc.c's allocation path: __libc_malloc (tcache first), tcache_init (the
 * 640-byte tcache_perthread_struct is the heap's first chunk), and _int_malloc in source order:
 * fastbin, small bin (both refill the tcache), unsorted scan (exact fits, last remainder, binning
 * with the sorted large-bin insert), large-bin best fit, binmap search, then the top chunk,
 * malloc_consolidate-and-retry, or sysmalloc. Main exports: __libc_malloc, _int_malloc, tcache_init.
 * SIMPLIFIED: main arena only, single thread (SINGLE_THREAD_P): no REMOVE_FB, no arena_get.
 */

import {
  bk,
  bk_nextsize,
  checked_request2size,
  chunk_main_arena,
  chunksize,
  chunksize_nomask,
  fd,
  fd_nextsize,
  flagNames,
  hex,
  IS_MMAPPED,
  MINSIZE,
  NON_MAIN_ARENA,
  OFF_BK,
  OFF_BK_NEXTSIZE,
  OFF_FD,
  OFF_FD_NEXTSIZE,
  OFF_PREV_SIZE,
  OFF_SIZE,
  PREV_INUSE,
  prev_inuse,
  prev_size,
  set_bk,
  set_bk_nextsize,
  set_fd,
  set_fd_nextsize,
  set_foot,
  set_head,
  set_inuse_bit_at_offset,
  size_lo,
  size_word_exact,
} from './chunk';
import { arena_for_chunk } from './arena';
import { in_smallbin_range, largebin_index, mark_bin, smallbin_index, unlink_chunk } from './bins';
import { fastbin_index, malloc_consolidate } from './fastbins';
import { __malloc_assert, malloc_hangs, malloc_printerr, type ReadSpec } from './malloc-printerr';
import { BINMAPSIZE, ENOMEM, MAX_ITERS, type MallocState } from './malloc-state';
import { sysmalloc } from './sysmalloc';
import { csize2tidx, REVEAL_PTR, revealed, tcache_count, tcache_get, tcache_put } from './tcache';

const TWO_32 = 0x1_0000_0000;
/** A walk this long on a list that should hold a few chunks means glibc is going round in circles. */
const ENDLESS = 10_000_000;

/** Models __libc_malloc(bytes). */
export function __libc_malloc(m: MallocState, bytes: number): number {
  if (!m.__malloc_initialized) m.ptmalloc_init();
  const tbytes = checked_request2size(bytes);
  if (tbytes === 0) {
    m.errno = ENOMEM;
    return 0;
  }
  if (m.mp_.tcache_bins > 0) {
    const tc_idx = csize2tidx(tbytes);
    if (m.tcache === 0) tcache_init(m);
    if (tc_idx < m.mp_.tcache_bins && m.tcache !== 0 && tcache_count(m, tc_idx) > 0) {
      return tcache_get(m, tc_idx);
    }
  }
  const victim = _int_malloc(m, bytes);
  assertOwnArena(m, victim);
  return victim;
}

/**
 * The assert after _int_malloc: !victim || chunk_is_mmapped (mem2chunk (victim)) ||
 * &main_arena == arena_for_chunk (mem2chunk (victim)). With A set, arena_for_chunk may fault.
 */
export function assertOwnArena(m: MallocState, victim: number): void {
  if (victim === 0) return;
  const lo = size_lo(m.space, victim - 16);
  if ((lo & IS_MMAPPED) === 0 && (lo & NON_MAIN_ARENA) !== 0) arena_for_chunk(m, victim - 16);
}

/** Models tcache_init(): _int_malloc(sizeof (tcache_perthread_struct)) and zero it. */
export function tcache_init(m: MallocState): void {
  if (!m.__malloc_initialized) m.ptmalloc_init();
  const bytes = m.tcachePerthreadStructSize;
  const victim = _int_malloc(m, bytes);
  if (victim !== 0) {
    m.tcache = victim;
    m.space.fill(victim, 0, bytes);
  }
}

function sizeRead(m: MallocState, p: number, what: string): ReadSpec {
  const w = size_word_exact(m.space, p);
  return [p + OFF_SIZE, 8, `${what} ${hex(p)}: ${hex(w)} (flags ${flagNames(Number(w & 7n))})`];
}

/** Models _int_malloc(&main_arena, bytes). Returns the user pointer or 0. */
export function _int_malloc(m: MallocState, bytes: number): number {
  const space = m.space;
  const nb = checked_request2size(bytes);
  if (nb === 0) {
    m.errno = ENOMEM;
    return 0;
  }
  let idx: number;
  const tcacheOn = m.tcache !== 0;

  // ---- fastbins --------------------------------------------------------------------------
  if (nb <= m.global_max_fast) {
    idx = fastbin_index(nb);
    const fb = m.fastbinAddress(idx);
    const vLo = space.readU32(fb);
    const vHi = space.readU32(fb + 4);
    if (vLo !== 0 || vHi !== 0) {
      const victim = vHi * TWO_32 + vLo;
      if ((vLo & 15) !== 0) {
        malloc_printerr(
          m,
          'malloc(): unaligned fastbin chunk detected 2',
          '_int_malloc',
          [[fb, 8, `main_arena.fastbinsY[${idx}]: ${hex(victim)}`]],
          `The first chunk of fastbin ${idx} is ${hex(victim)}, which is not 16-byte aligned: it came from the ` +
            `overwritten fd field of a freed block.`,
        );
      }
      REVEAL_PTR(m, victim + OFF_FD);
      space.writeU32(fb, revealed.lo);
      space.writeU32(fb + 4, revealed.hi);
      const vsize = chunksize(space, victim);
      if (fastbin_index(vsize) !== idx) {
        malloc_printerr(
          m,
          'malloc(): memory corruption (fast)',
          '_int_malloc',
          [sizeRead(m, victim, 'size word of fastbin chunk')],
          `The chunk taken from fastbin ${idx} (chunks of size ${hex(nb)}) has a size word saying ${hex(vsize)}: ` +
            `its header was overwritten while it was free, or a forged pointer was put in the list.`,
        );
      }
      const tc_idx = csize2tidx(nb);
      if (tcacheOn && tc_idx < m.mp_.tcache_bins) {
        while (tcache_count(m, tc_idx) < m.mp_.tcache_count) {
          const tLo = space.readU32(fb);
          const tHi = space.readU32(fb + 4);
          if (tLo === 0 && tHi === 0) break;
          const tc_victim = tHi * TWO_32 + tLo;
          if ((tLo & 15) !== 0) {
            malloc_printerr(
              m,
              'malloc(): unaligned fastbin chunk detected 3',
              '_int_malloc',
              [[fb, 8, `main_arena.fastbinsY[${idx}]: ${hex(tc_victim)}`]],
              `While moving the rest of fastbin ${idx} into the tcache, glibc reached ${hex(tc_victim)}, which is ` +
                `not 16-byte aligned: the fd field of a freed block in that fastbin was overwritten.`,
            );
          }
          REVEAL_PTR(m, tc_victim + OFF_FD);
          space.writeU32(fb, revealed.lo);
          space.writeU32(fb + 4, revealed.hi);
          tcache_put(m, tc_victim, tc_idx);
        }
      }
      return victim + 16;
    }
  }

  // ---- small bins, or consolidation before a large request ------------------------------
  if (in_smallbin_range(nb)) {
    idx = smallbin_index(nb);
    const bin = m.bin_at(idx);
    const victim = bk(space, bin);
    if (victim !== bin) {
      let bck = bk(space, victim);
      if (fd(space, bck) !== victim) {
        malloc_printerr(
          m,
          'malloc(): smallbin double linked list corrupted',
          '_int_malloc',
          [
            [victim + OFF_BK, 8, `bk of chunk ${hex(victim)} (last in small bin ${idx})`],
            [bck + OFF_FD, 8, `fd of that chunk (should be ${hex(victim)})`],
          ],
          `The last chunk of small bin ${idx} (${hex(victim)}) has a bk whose fd does not point back at it: ` +
            `the list links of a freed block were overwritten.`,
        );
      }
      set_inuse_bit_at_offset(space, victim, nb);
      set_bk(space, bin, bck);
      set_fd(space, bck, bin);
      const tc_idx = csize2tidx(nb);
      if (tcacheOn && tc_idx < m.mp_.tcache_bins) {
        let spins = 0;
        while (tcache_count(m, tc_idx) < m.mp_.tcache_count) {
          const tc_victim = bk(space, bin);
          if (tc_victim === bin) break;
          if (tc_victim !== 0) {
            bck = bk(space, tc_victim);
            set_inuse_bit_at_offset(space, tc_victim, nb);
            set_bk(space, bin, bck);
            set_fd(space, bck, bin);
            tcache_put(m, tc_victim, tc_idx);
          } else if (++spins > 1) {
            malloc_hangs(
              m,
              '_int_malloc',
              [[bin + OFF_BK, 8, `bk of small bin ${idx}: 0 (NULL)`]],
              `Small bin ${idx}'s bk is NULL: glibc's loop that moves chunks into the tcache skips NULL and ` +
                `tries again forever, so the program hangs.`,
            );
          }
        }
      }
      return victim + 16;
    }
  } else {
    idx = largebin_index(nb);
    if (m.have_fastchunks) malloc_consolidate(m, `malloc(${bytes}) (a large request)`);
  }

  let tcache_nb = 0;
  const tc_idx = csize2tidx(nb);
  if (tcacheOn && tc_idx < m.mp_.tcache_bins) tcache_nb = nb;
  let return_cached = false;
  const unsorted = m.unsorted_chunks;

  for (;;) {
    // ---- the unsorted scan ---------------------------------------------------------------
    let iters = 0;
    for (;;) {
      const victim = bk(space, unsorted);
      if (victim === unsorted) break;
      let bck = bk(space, victim);
      let size = chunksize(space, victim);
      const next = victim + size;
      if (size <= 16 || size > m.system_mem) {
        malloc_printerr(
          m,
          'malloc(): invalid size (unsorted)',
          '_int_malloc',
          [sizeRead(m, victim, 'size word of unsorted chunk')],
          `The chunk at the end of the unsorted bin (${hex(victim)}) has an impossible size ${hex(size)} ` +
            `(<= 16 or more than the heap's ${hex(m.system_mem)} bytes): its header was overwritten after it was freed.`,
        );
      }
      const nextWord = chunksize_nomask(space, next);
      if (nextWord < 16 || nextWord > m.system_mem) {
        malloc_printerr(
          m,
          'malloc(): invalid next size (unsorted)',
          '_int_malloc',
          [sizeRead(m, victim, 'size word of unsorted chunk'), sizeRead(m, next, 'size word of the chunk after it')],
          `The chunk after unsorted chunk ${hex(victim)} (at ${hex(next)}) has an impossible size word: ` +
            `a write past the end of the freed block, or past the block before ${hex(next)}, smashed it.`,
        );
      }
      const nextPrev = prev_size(space, next);
      if (nextPrev - (nextPrev & 7) !== size) {
        malloc_printerr(
          m,
          'malloc(): mismatching next->prev_size (unsorted)',
          '_int_malloc',
          [sizeRead(m, victim, 'size word of unsorted chunk'), [next + OFF_PREV_SIZE, 8, `prev_size of the next chunk ${hex(next)}`]],
          `Free chunk ${hex(victim)} says its size is ${hex(size)}, but the footer in the next chunk's prev_size ` +
            `says ${hex(nextPrev)}: one of them was overwritten.`,
        );
      }
      if (fd(space, bck) !== victim || fd(space, victim) !== unsorted) {
        malloc_printerr(
          m,
          'malloc(): unsorted double linked list corrupted',
          '_int_malloc',
          [
            [victim + OFF_FD, 16, `fd and bk of unsorted chunk ${hex(victim)}`],
            [bck + OFF_FD, 8, `fd of its bk (should be ${hex(victim)})`],
          ],
          `The last chunk of the unsorted bin (${hex(victim)}) is not properly linked: its fd should be the bin ` +
            `(${hex(unsorted)}) and its bk's fd should be the chunk itself. A freed block's links were overwritten.`,
        );
      }
      if (prev_inuse(space, next)) {
        malloc_printerr(
          m,
          'malloc(): invalid next->prev_inuse (unsorted)',
          '_int_malloc',
          [sizeRead(m, next, 'size word of the chunk after')],
          `Unsorted chunk ${hex(victim)} is free, yet the PREV_INUSE bit of the chunk after it (${hex(next)}) is ` +
            `set: that header was overwritten, or the block was handed out while still listed (a double free).`,
        );
      }

      if (in_smallbin_range(nb) && bck === unsorted && victim === m.last_remainder && size > nb + MINSIZE) {
        const remainder_size = size - nb;
        const remainder = victim + nb;
        set_bk(space, unsorted, remainder);
        set_fd(space, unsorted, remainder);
        m.last_remainder = remainder;
        set_bk(space, remainder, unsorted);
        set_fd(space, remainder, unsorted);
        if (!in_smallbin_range(remainder_size)) {
          set_fd_nextsize(space, remainder, 0);
          set_bk_nextsize(space, remainder, 0);
        }
        set_head(space, victim, nb + PREV_INUSE);
        set_head(space, remainder, remainder_size + PREV_INUSE);
        set_foot(space, remainder, remainder_size);
        return victim + 16;
      }

      if (fd(space, bck) !== victim) {
        malloc_printerr(
          m,
          'malloc(): corrupted unsorted chunks 3',
          '_int_malloc',
          [[bck + OFF_FD, 8, `fd of the chunk before ${hex(victim)}`]],
          `While taking ${hex(victim)} off the unsorted bin, the chunk before it does not point to it.`,
        );
      }
      set_bk(space, unsorted, bck);
      set_fd(space, bck, unsorted);

      if (size === nb) {
        set_inuse_bit_at_offset(space, victim, size);
        if (tcache_nb !== 0 && tcache_count(m, tc_idx) < m.mp_.tcache_count) {
          tcache_put(m, victim, tc_idx);
          return_cached = true;
          continue;
        }
        return victim + 16;
      }

      // Place the chunk in its bin.
      let victim_index: number;
      let fwd: number;
      if (in_smallbin_range(size)) {
        victim_index = smallbin_index(size);
        bck = m.bin_at(victim_index);
        fwd = fd(space, bck);
      } else {
        victim_index = largebin_index(size);
        bck = m.bin_at(victim_index);
        fwd = fd(space, bck);
        if (fwd !== bck) {
          size += PREV_INUSE; // "Or with inuse bit to speed comparisons"
          const last = bk(space, bck);
          if (!chunk_main_arena(space, last)) {
            __malloc_assert(m, '_int_malloc', 'chunk_main_arena (bck->bk)', [sizeRead(m, last, 'size word of large-bin chunk')],
              `The smallest chunk of large bin ${victim_index} has NON_MAIN_ARENA set: its header was overwritten.`);
          }
          if (size < chunksize_nomask(space, last)) {
            fwd = bck;
            bck = last;
            const first = fd(space, fwd);
            set_fd_nextsize(space, victim, first);
            set_bk_nextsize(space, victim, bk_nextsize(space, first));
            set_fd_nextsize(space, bk_nextsize(space, victim), victim);
            set_bk_nextsize(space, first, victim);
          } else {
            if (!chunk_main_arena(space, fwd)) {
              __malloc_assert(m, '_int_malloc', 'chunk_main_arena (fwd)', [sizeRead(m, fwd, 'size word of large-bin chunk')],
                `A chunk of large bin ${victim_index} has NON_MAIN_ARENA set: its header was overwritten.`);
            }
            let steps = 0;
            while (size < chunksize_nomask(space, fwd)) {
              fwd = fd_nextsize(space, fwd);
              if (!chunk_main_arena(space, fwd)) {
                __malloc_assert(m, '_int_malloc', 'chunk_main_arena (fwd)', [sizeRead(m, fwd, 'size word of large-bin chunk')],
                  `A chunk reached through large bin ${victim_index}'s fd_nextsize links has NON_MAIN_ARENA set: ` +
                    `the links or the header were overwritten.`);
              }
              if (++steps > ENDLESS) {
                malloc_hangs(m, '_int_malloc', [], `The fd_nextsize links of large bin ${victim_index} form a loop of ever-larger chunks.`);
              }
            }
            if (size === chunksize_nomask(space, fwd)) {
              fwd = fd(space, fwd);
            } else {
              set_fd_nextsize(space, victim, fwd);
              set_bk_nextsize(space, victim, bk_nextsize(space, fwd));
              const fbn = bk_nextsize(space, fwd);
              if (fd_nextsize(space, fbn) !== fwd) {
                malloc_printerr(
                  m,
                  'malloc(): largebin double linked list corrupted (nextsize)',
                  '_int_malloc',
                  [
                    [fwd + OFF_BK_NEXTSIZE, 8, `bk_nextsize of large-bin chunk ${hex(fwd)}`],
                    [fbn + OFF_FD_NEXTSIZE, 8, `fd_nextsize of that chunk (should be ${hex(fwd)})`],
                  ],
                  `Inserting ${hex(victim)} into large bin ${victim_index}, glibc found that the size-sorted links ` +
                    `around ${hex(fwd)} do not point back at it: they were overwritten.`,
                );
              }
              set_bk_nextsize(space, fwd, victim);
              set_fd_nextsize(space, bk_nextsize(space, victim), victim);
            }
            bck = bk(space, fwd);
            if (fd(space, bck) !== fwd) {
              malloc_printerr(
                m,
                'malloc(): largebin double linked list corrupted (bk)',
                '_int_malloc',
                [
                  [fwd + OFF_BK, 8, `bk of large-bin chunk ${hex(fwd)}`],
                  [bck + OFF_FD, 8, `fd of that chunk (should be ${hex(fwd)})`],
                ],
                `Inserting ${hex(victim)} into large bin ${victim_index}, glibc found that the chunk before ` +
                  `${hex(fwd)} does not point to it: a freed block's bk was overwritten.`,
              );
            }
          }
        } else {
          set_fd_nextsize(space, victim, victim);
          set_bk_nextsize(space, victim, victim);
        }
      }
      mark_bin(m, victim_index);
      set_bk(space, victim, bck);
      set_fd(space, victim, fwd);
      set_bk(space, fwd, victim);
      set_fd(space, bck, victim);

      if (++iters >= MAX_ITERS) break;
    }

    if (return_cached) return tcache_get(m, tc_idx);

    // ---- large request: best fit in its own bin -------------------------------------------
    if (!in_smallbin_range(nb)) {
      const bin = m.bin_at(idx);
      let victim = fd(space, bin);
      if (victim !== bin && chunksize_nomask(space, victim) >= nb) {
        victim = bk_nextsize(space, victim);
        let size: number;
        let steps = 0;
        while ((size = chunksize(space, victim)) < nb) {
          victim = bk_nextsize(space, victim);
          if (++steps > ENDLESS) {
            malloc_hangs(m, '_int_malloc', [], `The bk_nextsize links of large bin ${idx} form a loop of too-small chunks.`);
          }
        }
        if (victim !== bk(space, bin) && chunksize_nomask(space, victim) === chunksize_nomask(space, fd(space, victim))) {
          victim = fd(space, victim);
        }
        const remainder_size = size - nb;
        unlink_chunk(m, victim, '_int_malloc');
        if (remainder_size < MINSIZE) {
          set_inuse_bit_at_offset(space, victim, size);
        } else {
          splitToUnsorted(m, victim, nb, remainder_size, 'malloc(): corrupted unsorted chunks');
        }
        return victim + 16;
      }
    }

    // ---- binmap search: the smallest non-empty larger bin ---------------------------------
    ++idx;
    let bin = m.bin_at(idx);
    let block = idx >> 5;
    let map = m.binmap[block]! >>> 0;
    let bit = (1 << (idx & 31)) >>> 0;
    let found = 0;
    for (;;) {
      if (bit > map || bit === 0) {
        do {
          if (++block >= BINMAPSIZE) break;
        } while ((map = m.binmap[block]! >>> 0) === 0);
        if (block >= BINMAPSIZE) break;
        bin = m.bin_at(block << 5);
        bit = 1;
      }
      while ((bit & map) === 0) {
        bin += 16;
        bit = (bit << 1) >>> 0;
      }
      const victim = bk(space, bin);
      if (victim === bin) {
        map = (map & ~bit) >>> 0;
        m.binmap[block] = map;
        bin += 16;
        bit = (bit << 1) >>> 0;
      } else {
        found = victim;
        break;
      }
    }
    if (found !== 0) {
      const victim = found;
      const size = chunksize(space, victim);
      const remainder_size = size - nb;
      unlink_chunk(m, victim, '_int_malloc');
      if (remainder_size < MINSIZE) {
        set_inuse_bit_at_offset(space, victim, size);
      } else {
        splitToUnsorted(m, victim, nb, remainder_size, 'malloc(): corrupted unsorted chunks 2');
        if (in_smallbin_range(nb)) m.last_remainder = victim + nb;
      }
      return victim + 16;
    }

    // ---- use_top ----------------------------------------------------------------------------
    const victim = m.top;
    const size = chunksize(space, victim);
    if (size > m.system_mem) {
      malloc_printerr(
        m,
        'malloc(): corrupted top size',
        '_int_malloc',
        [sizeRead(m, victim, 'size word of the top chunk')],
        `The top chunk (the free space at the end of the heap, at ${hex(victim)}) claims ${hex(size)} bytes, more ` +
          `than the ${hex(m.system_mem)} bytes the heap has: a write past the end of the last block before top ` +
          `overwrote its size word.`,
      );
    }
    if (size >= nb + MINSIZE) {
      const remainder_size = size - nb;
      const remainder = victim + nb;
      m.top = remainder;
      set_head(space, victim, nb + PREV_INUSE);
      set_head(space, remainder, remainder_size + PREV_INUSE);
      return victim + 16;
    } else if (m.have_fastchunks) {
      malloc_consolidate(m, `malloc(${bytes}) (top too small)`);
      idx = in_smallbin_range(nb) ? smallbin_index(nb) : largebin_index(nb);
    } else {
      return sysmalloc(m, nb);
    }
  }
}

/** The "Split" step shared by the large-bin and binmap paths: remainder to the unsorted head. */
function splitToUnsorted(m: MallocState, victim: number, nb: number, remainder_size: number, message: string): void {
  const space = m.space;
  const remainder = victim + nb;
  const bck = m.unsorted_chunks;
  const fwd = fd(space, bck);
  if (bk(space, fwd) !== bck) {
    malloc_printerr(
      m,
      message,
      '_int_malloc',
      [
        [bck + OFF_FD, 8, `unsorted bin's fd (its first chunk): ${hex(fwd)}`],
        [fwd + OFF_BK, 8, `bk of that chunk (should be the bin, ${hex(bck)})`],
      ],
      `Before putting the remainder of a split chunk into the unsorted bin, glibc checks that the first chunk ` +
        `there (${hex(fwd)}) points back at the bin; it does not: a freed block's bk was overwritten.`,
    );
  }
  set_bk(space, remainder, bck);
  set_fd(space, remainder, fwd);
  set_fd(space, bck, remainder);
  set_bk(space, fwd, remainder);
  if (!in_smallbin_range(remainder_size)) {
    set_fd_nextsize(space, remainder, 0);
    set_bk_nextsize(space, remainder, 0);
  }
  set_head(space, victim, nb + PREV_INUSE);
  set_head(space, remainder, remainder_size + PREV_INUSE);
  set_foot(space, remainder, remainder_size);
}
