/*
 * Models glibc 2.36 malloc.c's release path: __libc_free (mmapped chunks: dynamic mmap-threshold
 * update + munmap_chunk; others: arena_for_chunk + _int_free), _int_free with its checks in
 * source order (tcache, then fastbin, then the coalescing path into the unsorted bin or top),
 * munmap_chunk's page checks, and systrim (give the top of the sbrk heap back).
 * Main exports: __libc_free, _int_free, munmap_chunk, systrim.
 * Every check that fails calls malloc_printerr with the exact 2.36 message and what it read.
 */

import {
  bk,
  chunksize,
  chunksize_nomask,
  clear_inuse_bit_at_offset,
  fd,
  flagNames,
  hex,
  inuse_bit_at_offset,
  IS_MMAPPED,
  MINSIZE,
  NON_MAIN_ARENA,
  OFF_BK,
  OFF_FD,
  OFF_PREV_SIZE,
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
import { arena_for_chunk } from './arena';
import { in_smallbin_range, merged, prevChunkForMerge, unlink_chunk } from './bins';
import { fastbin_index, malloc_consolidate } from './fastbins';
import { tcache_init } from './malloc';
import { malloc_printerr, type ReadSpec } from './malloc-printerr';
import type { MallocState } from './malloc-state';
import { csize2tidx, storeProtected, tcache_count, tcache_double_free_walk, tcache_key_matches, tcache_put } from './tcache';

const TWO_32 = 0x1_0000_0000;
const TWO_64 = 1n << 64n;
/** TASK_SIZE on x86-64 (47-bit user space, less the guard page): munmap refuses ranges beyond it. */
const TASK_SIZE = 0x7fff_ffff_f000;

/** Models __libc_free(mem). */
export function __libc_free(m: MallocState, mem: number): void {
  if (mem === 0) return;
  const space = m.space;
  const p = mem - 16;
  const lo = space.readU32(p + OFF_SIZE);
  if ((lo & IS_MMAPPED) !== 0) {
    // See if the dynamic brk/mmap threshold needs adjusting.
    const word = chunksize_nomask(space, p);
    if (m.mp_.no_dyn_threshold === 0 && word > m.mp_.mmap_threshold && word <= m.mmapThresholdMax) {
      m.mp_.mmap_threshold = chunksize(space, p);
      m.mp_.trim_threshold = 2 * m.mp_.mmap_threshold;
    }
    munmap_chunk(m, p);
    return;
  }
  // DIFFERS: glibc's free() does not run ptmalloc_init, so a free() before any other malloc
  // call would make real glibc set up the tcache in a new secondary arena; the model uses main_arena.
  if (m.mp_.tcache_bins > 0 && m.tcache === 0) tcache_init(m);
  if ((lo & NON_MAIN_ARENA) !== 0) arena_for_chunk(m, p);
  _int_free(m, p, false);
}

/** The wrap-around test `(uintptr_t) p > (uintptr_t) -size`, exact for garbage size words. */
export function wrapsAround(m: MallocState, p: number): boolean {
  const space = m.space;
  return wrapsAroundWord(p, space.readU32(p + OFF_SIZE), space.readU32(p + OFF_SIZE + 4));
}

/** The same test on a size word already read as halves. */
function wrapsAroundWord(p: number, lo: number, hi: number): boolean {
  const maskedLo = lo - (lo & 7);
  if (hi < 0x20_0000) {
    const size = hi * TWO_32 + maskedLo;
    // -0 is 0, so a zero size always fails; otherwise p + size would have to pass 2^64.
    return size === 0 ? p > 0 : p + size > 2 ** 64;
  }
  const size = (BigInt(hi) << 32n) | BigInt(maskedLo);
  return BigInt(p) > (TWO_64 - size) % TWO_64;
}

function sizeRead(m: MallocState, p: number, what = 'size word of chunk'): ReadSpec {
  const w = size_word_exact(m.space, p);
  return [p + OFF_SIZE, 8, `${what} ${hex(p)}: ${hex(w)} (size ${hex(w & ~7n)}, flags ${flagNames(Number(w & 7n))})`];
}

/** Models _int_free(av, p, have_lock) for av = &main_arena. */
export function _int_free(m: MallocState, p: number, have_lock: boolean): void {
  const space = m.space;
  const lo = space.readU32(p + OFF_SIZE);
  const hi = space.readU32(p + OFF_SIZE + 4);
  let size = hi * TWO_32 + (lo - (lo & 7));

  // (p & 15) is p % 16 for any integer p (the low bits survive ToInt32), without an fmod.
  if (wrapsAroundWord(p, lo, hi) || (p & 15) !== 0) {
    const w = size_word_exact(space, p);
    let why: string;
    if ((p & 15) !== 0) {
      why = `The pointer ${hex(p + 16)} is not 16-byte aligned, so it is not a pointer malloc returned (malloc's pointers are 16-aligned).`;
    } else if ((w & ~7n) === 0n) {
      why =
        `The size in the header just before ${hex(p + 16)} is 0, and glibc's wrap-around test rejects a zero size: ` +
        `the pointer is not the start of a malloc'ed block, or its header was zeroed.`;
    } else {
      why =
        `The header before ${hex(p + 16)} claims a size of ${hex(w & ~7n)}, so the chunk would run past the end of ` +
        `the address space: the pointer is not the start of a malloc'ed block, or its header was overwritten.`;
    }
    malloc_printerr(m, 'free(): invalid pointer', '_int_free', [sizeRead(m, p)], why);
  }
  if (size < MINSIZE || (size & 15) !== 0) {
    malloc_printerr(
      m,
      'free(): invalid size',
      '_int_free',
      [sizeRead(m, p)],
      `The size in the header before ${hex(p + 16)} is ${hex(size)}, which is ${size < MINSIZE ? 'smaller than the smallest chunk (0x20)' : 'not a multiple of 16'}: ` +
        `no chunk malloc makes looks like that, so the header was overwritten or the pointer is not from malloc.`,
    );
  }

  if (m.tcache !== 0) {
    const tc_idx = csize2tidx(size);
    if (tc_idx < m.mp_.tcache_bins) {
      const e = p + 16;
      if (m.tcacheKeyCheck && tcache_key_matches(m, e)) tcache_double_free_walk(m, e, tc_idx);
      if (tcache_count(m, tc_idx) < m.mp_.tcache_count) {
        tcache_put(m, p, tc_idx);
        return;
      }
    }
  }

  if (size <= m.global_max_fast) {
    const next = p + size;
    if (chunksize_nomask(space, next) <= 16 || chunksize(space, next) >= m.system_mem) {
      malloc_printerr(
        m,
        'free(): invalid next size (fast)',
        '_int_free',
        [sizeRead(m, p), sizeRead(m, next, 'size word of the next chunk')],
        `The block ${hex(p + 16)} (chunk size ${hex(size)}) goes to a fastbin; the next chunk's size word at ` +
          `${hex(next + 8)} is impossible (<= 16 or >= the arena's ${hex(m.system_mem)} bytes): a write past the end ` +
          `of this block smashed the next chunk's header, or this block's own size is wrong.`,
      );
    }
    m.have_fastchunks = true;
    const idx = fastbin_index(size);
    const fb = m.fastbinAddress(idx);
    const oldLo = space.readU32(fb);
    const oldHi = space.readU32(fb + 4);
    const old = oldHi * TWO_32 + oldLo;
    if (old === p) {
      malloc_printerr(
        m,
        'double free or corruption (fasttop)',
        '_int_free',
        [
          sizeRead(m, p),
          [fb, 8, `main_arena.fastbinsY[${idx}]: ${hex(old)} (the most recently freed chunk of size ${hex(size)})`],
        ],
        `The block ${hex(p + 16)} is already the first chunk in fastbin ${idx}: it was freed twice in a row ` +
          `(its tcache bin was full, so the first free put it in the fastbin).`,
      );
    }
    // p->fd = PROTECT_PTR(&p->fd, old), with old as halves (it may be garbage).
    storeProtected(m, p + OFF_FD, oldLo, oldHi);
    space.writeWord(fb, p);
    if (have_lock && old !== 0 && fastbin_index(chunksize(space, old)) !== idx) {
      malloc_printerr(
        m,
        'invalid fastbin entry (free)',
        '_int_free',
        [sizeRead(m, old, 'size word of the previous fastbin head')],
        `The chunk that was first in fastbin ${idx} (${hex(old)}) does not have a size of that fastbin: ` +
          `its header was overwritten while it was free.`,
      );
    }
    return;
  }

  if ((space.readU32(p + OFF_SIZE) & IS_MMAPPED) !== 0) {
    munmap_chunk(m, p);
    return;
  }

  const nextchunk = p + size;
  if (p === m.top) {
    malloc_printerr(
      m,
      'double free or corruption (top)',
      '_int_free',
      [sizeRead(m, p)],
      `The block ${hex(p + 16)} is the top chunk itself (the free space at the end of the heap): it was already ` +
        `freed and merged into top, so this is a second free of the same block.`,
    );
  }
  const topSize = chunksize(space, m.top);
  if (m.contiguous() && nextchunk >= m.top + topSize) {
    malloc_printerr(
      m,
      'double free or corruption (out)',
      '_int_free',
      [sizeRead(m, p), sizeRead(m, m.top, 'size word of the top chunk')],
      `The header before ${hex(p + 16)} gives a size of ${hex(size)}, so the next chunk would start at ` +
        `${hex(nextchunk)}, at or beyond the end of the heap (${hex(m.top + topSize)}): the size word was ` +
        `overwritten (for example by an overflow of the block before it) or the pointer is not from this heap.`,
    );
  }
  if (!prev_inuse(space, nextchunk)) {
    malloc_printerr(
      m,
      'double free or corruption (!prev)',
      '_int_free',
      [sizeRead(m, p), sizeRead(m, nextchunk, 'size word of the next chunk')],
      `The PREV_INUSE bit of the next chunk (at ${hex(nextchunk)}) is clear, which says the block ${hex(p + 16)} ` +
        `is already free: it is being freed a second time (or the next chunk's header was overwritten).`,
    );
  }
  const nextsize = chunksize(space, nextchunk);
  if (chunksize_nomask(space, nextchunk) <= 16 || nextsize >= m.system_mem) {
    malloc_printerr(
      m,
      'free(): invalid next size (normal)',
      '_int_free',
      [sizeRead(m, p), sizeRead(m, nextchunk, 'size word of the next chunk')],
      `The next chunk's size word at ${hex(nextchunk + 8)} is impossible (<= 16 or >= the arena's ` +
        `${hex(m.system_mem)} bytes): a write past the end of ${hex(p + 16)} smashed the next chunk's header.`,
    );
  }

  let q = p;
  if (!prev_inuse(space, p)) {
    prevChunkForMerge(m, p, size, 'corrupted size vs. prev_size while consolidating', '_int_free');
    q = merged.p;
    size = merged.size;
    unlink_chunk(m, q, '_int_free');
  }

  if (nextchunk !== m.top) {
    if (!inuse_bit_at_offset(space, nextchunk, nextsize)) {
      unlink_chunk(m, nextchunk, '_int_free');
      size += nextsize;
    } else {
      clear_inuse_bit_at_offset(space, nextchunk, 0);
    }
    const bck = m.unsorted_chunks;
    const fwd = fd(space, bck);
    if (bk(space, fwd) !== bck) {
      malloc_printerr(
        m,
        'free(): corrupted unsorted chunks',
        '_int_free',
        [
          [bck + OFF_FD, 8, `unsorted bin's fd (its first chunk): ${hex(fwd)}`],
          [fwd + OFF_BK, 8, `bk of that chunk (should be the bin, ${hex(bck)})`],
        ],
        `Before putting ${hex(p + 16)} at the head of the unsorted bin, glibc checks that the chunk now first ` +
          `there (${hex(fwd)}) points back at the bin; it does not: the bk field of a freed block was overwritten.`,
      );
    }
    set_fd(space, q, fwd);
    set_bk(space, q, bck);
    if (!in_smallbin_range(size)) {
      set_fd_nextsize(space, q, 0);
      set_bk_nextsize(space, q, 0);
    }
    set_fd(space, bck, q);
    set_bk(space, fwd, q);
    set_head(space, q, size + PREV_INUSE);
    set_foot(space, q, size);
  } else {
    size += nextsize;
    set_head(space, q, size + PREV_INUSE);
    m.top = q;
  }

  if (size >= m.fastbinConsolidationThreshold) {
    if (m.have_fastchunks) malloc_consolidate(m, 'free()');
    if (chunksize(space, m.top) >= m.mp_.trim_threshold) systrim(m, m.mp_.top_pad);
  }
}

/** powerof2(x) as glibc defines it: ((x) & ((x) - 1)) == 0, so 0 counts. */
function powerof2(x: number): boolean {
  return (x & (x - 1)) === 0;
}

/**
 * The page test shared by munmap_chunk and mremap_chunk: the mapping start (p - prev_size) and
 * length (prev_size + size) must be page multiples, and mem's offset in its page 0 or a power of
 * two. Only the low 12 bits matter, so 32-bit halves give the exact answer for any garbage.
 */
export function mmappedHeaderInvalid(m: MallocState, p: number): boolean {
  const space = m.space;
  const psLo = space.readU32(p + OFF_PREV_SIZE) & 0xfff;
  const szLo = space.readU32(p + OFF_SIZE) & 0xff8;
  const blockLow = ((p % 4096) - psLo + 4096) & 0xfff;
  const totalLow = (psLo + szLo) & 0xfff;
  return (blockLow | totalLow) !== 0 || !powerof2((p + 16) % 4096);
}

/** The malloc_printerr of munmap_chunk / mremap_chunk, with what the page test read. */
export function invalidMmappedPointer(m: MallocState, p: number, message: string, where: string): never {
  const space = m.space;
  const ps = space.readU64(p + OFF_PREV_SIZE);
  const w = size_word_exact(space, p);
  return malloc_printerr(
    m,
    message,
    where,
    [
      [p + OFF_PREV_SIZE, 8, `prev_size of chunk ${hex(p)}: ${hex(ps)} (for an mmapped chunk: offset into its mapping)`],
      sizeRead(m, p),
    ],
    `IS_MMAPPED is set in the size word, so glibc treats ${hex(p + 16)} as a block with a mapping of its own and ` +
      `checks that the mapping start (chunk - prev_size = ${hex(BigInt(p) - ps)}) and length (prev_size + size = ` +
      `${hex(BigInt.asUintN(64, ps + (w & ~7n)))}) are whole pages; they are not, so this is not a block malloc mmap'ed.`,
  );
}

/** Models munmap_chunk(p): page checks on the header, then munmap(p - prev_size, prev_size + size). */
export function munmap_chunk(m: MallocState, p: number): void {
  const space = m.space;
  if (mmappedHeaderInvalid(m, p)) invalidMmappedPointer(m, p, 'munmap_chunk(): invalid pointer', 'munmap_chunk');
  const ps = space.readU64(p + OFF_PREV_SIZE);
  const size = size_word_exact(space, p) & ~7n;
  const block = (((BigInt(p) - ps) % TWO_64) + TWO_64) % TWO_64;
  const total = (ps + size) % TWO_64;
  m.mp_.n_mmaps--;
  m.mp_.mmapped_mem -= Number(total);
  munmapRange(m, block, total);
}

/**
 * munmap(block, total) on the AddressSpace: EINVAL (nothing happens) when the range leaves user
 * space, as Linux does; otherwise every mapped page in the range goes.
 * SIMPLIFIED: munmap's result is ignored by glibc, so only the range checks that decide whether
 * anything is unmapped are modelled.
 */
export function munmapRange(m: MallocState, block: bigint, total: bigint): void {
  if (total === 0n || block > BigInt(TASK_SIZE) || total > BigInt(TASK_SIZE) - block) return;
  const start = Number(block);
  const end = start + Number(total);
  for (const r of [...m.space.mappings()]) {
    const s = Math.max(r.start, start);
    const e = Math.min(r.end, end);
    if (s < e) m.space.munmap(s, e - s);
  }
  for (const c of m.mmappedChunks) if (c >= start && c < end) m.mmappedChunks.delete(c);
}

/** Models systrim(pad, av): shrink the sbrk heap when top has more than pad spare bytes. */
export function systrim(m: MallocState, pad: number): number {
  const space = m.space;
  const top_size = chunksize(space, m.top);
  const top_area = top_size - MINSIZE - 1;
  if (top_area <= pad) return 0;
  const extra = Math.floor((top_area - pad) / m.pagesize) * m.pagesize;
  if (extra === 0) return 0;
  const current_brk = space.sbrk(0);
  if (current_brk === m.top + top_size) {
    space.sbrk(-extra);
    const new_brk = space.sbrk(0);
    const released = current_brk - new_brk;
    if (released !== 0) {
      m.system_mem -= released;
      set_head(space, m.top, top_size - released + PREV_INUSE);
      return 1;
    }
  }
  return 0;
}
