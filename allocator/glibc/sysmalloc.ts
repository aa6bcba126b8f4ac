/*
 * Models glibc 2.36 malloc.c sysmalloc() and sysmalloc_mmap(): getting memory from the "OS" when
 * no bin and not the top chunk can serve a request. A request >= mp_.mmap_threshold gets its own
 * mapping (chunk at the mapping start, size = ALIGN_UP(nb + 8, 4096) | IS_MMAPPED); otherwise the
 * main heap grows with sbrk by nb + top_pad + MINSIZE (less the old top), page-rounded, and the
 * request is split off the new top. Main exports: sysmalloc, sysmalloc_mmap.
 * SIMPLIFIED: no huge pages / THP madvise; MORECORE is the AddressSpace's sbrk.
 */

import { chunksize, hex, IS_MMAPPED, MINSIZE, OFF_SIZE, PREV_INUSE, prev_inuse, set_head, set_prev_size, size_word_exact } from './chunk';
import { _int_free } from './free';
import { __malloc_assert, malloc_printerr } from './malloc-printerr';
import { ENOMEM, MMAP_AS_MORECORE_SIZE, NONCONTIGUOUS_BIT, type MallocState } from './malloc-state';

const MORECORE_FAILURE = -1;
/** Sizes at or above 2^63 are negative as a `long` and are never passed to MORECORE. */
const LONG_MAX_PLUS_1 = 2 ** 63;

function alignUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

/** Models sysmalloc_mmap(nb, pagesize, 0, av). Returns the user pointer, or 0 for MAP_FAILED. */
export function sysmalloc_mmap(m: MallocState, nb: number): number {
  const size = alignUp(nb + 8, m.pagesize);
  if (size <= nb) return 0;
  const mm = m.space.mmap(size);
  if (mm === null) return 0;
  // front_misalign is always 0: mappings are page aligned.
  set_prev_size(m.space, mm, 0);
  set_head(m.space, mm, size + IS_MMAPPED);
  const mp = m.mp_;
  mp.n_mmaps++;
  if (mp.n_mmaps > mp.max_n_mmaps) mp.max_n_mmaps = mp.n_mmaps;
  mp.mmapped_mem += size;
  if (mp.mmapped_mem > mp.max_mmapped_mem) mp.max_mmapped_mem = mp.mmapped_mem;
  m.mmappedChunks.add(mm);
  return mm + 16;
}

/** MORECORE(increment): sbrk, with glibc's refusal of sizes that look negative. */
function MORECORE(m: MallocState, increment: number): number {
  return m.space.sbrk(increment);
}

/** Models sysmalloc(nb, &main_arena). */
export function sysmalloc(m: MallocState, nb: number): number {
  const space = m.space;
  const mp = m.mp_;
  const pagesize = m.pagesize;

  if (nb >= mp.mmap_threshold && mp.n_mmaps < mp.n_mmaps_max) {
    const mm = sysmalloc_mmap(m, nb);
    if (mm !== 0) return mm;
  }

  const old_top = m.top;
  let old_size = chunksize(space, old_top);
  const old_end = old_top + old_size;
  let brk = MORECORE_FAILURE;
  let snd_brk = MORECORE_FAILURE;

  const initial_top = m.unsorted_chunks;
  if (!((old_top === initial_top && old_size === 0) || (old_size >= MINSIZE && prev_inuse(space, old_top) && old_end % pagesize === 0))) {
    __malloc_assert(
      m,
      'sysmalloc',
      '(old_top == initial_top (av) && old_size == 0) || ((unsigned long) (old_size) >= MINSIZE && prev_inuse (old_top) && ((unsigned long) old_end & (pagesize - 1)) == 0)',
      [[old_top + OFF_SIZE, 8, `size word of the top chunk ${hex(old_top)}: ${hex(size_word_exact(space, old_top))}`]],
      `To grow the heap glibc checks the top chunk first: its size (${hex(old_size)}) must be at least 0x20 with ` +
        `PREV_INUSE set, and it must end on a page boundary (it ends at ${hex(old_end)}). It does not: a write ` +
        `past the end of the last block overwrote the top chunk's size word.`,
    );
  }
  if (!(old_size < nb + MINSIZE)) {
    __malloc_assert(m, 'sysmalloc', '(unsigned long) (old_size) < (unsigned long) (nb + MINSIZE)', [], 'sysmalloc was called although top was big enough.');
  }

  let size = nb + mp.top_pad + MINSIZE;
  if (m.contiguous()) size -= old_size;
  size = alignUp(size, pagesize);

  if (size > 0 && size < LONG_MAX_PLUS_1) brk = MORECORE(m, size);

  if (brk === MORECORE_FAILURE) {
    // sysmalloc_mmap_fallback: an mmap of at least 1 MiB used as heap space; the arena
    // stops being contiguous.
    let fsize = size;
    if (m.contiguous()) fsize = alignUp(fsize + old_size, pagesize);
    if (fsize < MMAP_AS_MORECORE_SIZE) fsize = MMAP_AS_MORECORE_SIZE;
    if (fsize > nb) {
      const mbrk = space.mmap(fsize);
      if (mbrk !== null) {
        m.flags |= NONCONTIGUOUS_BIT;
        size = fsize;
        brk = mbrk;
        snd_brk = brk + size;
      }
    }
  }

  if (brk !== MORECORE_FAILURE) {
    if (mp.sbrk_base === 0) mp.sbrk_base = brk;
    m.system_mem += size;

    if (brk === old_end && snd_brk === MORECORE_FAILURE) {
      set_head(space, old_top, size + old_size + PREV_INUSE);
    } else if (m.contiguous() && old_size !== 0 && brk < old_end) {
      malloc_printerr(
        m,
        'break adjusted to free malloc space',
        'sysmalloc',
        [],
        `sbrk returned ${hex(brk)}, below the end of the heap (${hex(old_end)}): something else moved the program break down.`,
      );
    } else {
      let front_misalign = 0;
      let correction = 0;
      let aligned_brk = brk;
      if (m.contiguous()) {
        if (old_size !== 0) m.system_mem += brk - old_end;
        front_misalign = (brk + 16) % 16;
        if (front_misalign > 0) {
          correction = 16 - front_misalign;
          aligned_brk += correction;
        }
        correction += old_size;
        const end_misalign = brk + size + correction;
        correction += alignUp(end_misalign, pagesize) - end_misalign;
        snd_brk = MORECORE(m, correction);
        if (snd_brk === MORECORE_FAILURE) {
          correction = 0;
          snd_brk = MORECORE(m, 0);
        }
      } else if (snd_brk === MORECORE_FAILURE) {
        snd_brk = MORECORE(m, 0);
      }

      if (snd_brk !== MORECORE_FAILURE) {
        m.top = aligned_brk;
        set_head(space, m.top, snd_brk - aligned_brk + correction + PREV_INUSE);
        m.system_mem += correction;
        if (old_size !== 0) {
          // Double fencepost at old_top so nothing ever merges across the gap.
          old_size -= 2 * 16;
          old_size -= old_size % 16;
          set_head(space, old_top, old_size + PREV_INUSE);
          set_head(space, old_top + old_size, 16 + PREV_INUSE);
          set_head(space, old_top + old_size + 16, 16 + PREV_INUSE);
          if (old_size >= MINSIZE) _int_free(m, old_top, true);
        }
      }
    }
  }

  if (m.system_mem > m.max_system_mem) m.max_system_mem = m.system_mem;

  const p = m.top;
  const topSize = chunksize(space, p);
  if (topSize >= nb + MINSIZE) {
    const remainder_size = topSize - nb;
    const remainder = p + nb;
    m.top = remainder;
    set_head(space, p, nb + PREV_INUSE);
    set_head(space, remainder, remainder_size + PREV_INUSE);
    return p + 16;
  }
  m.errno = ENOMEM;
  return 0;
}
