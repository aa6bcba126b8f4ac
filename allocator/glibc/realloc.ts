/*
 * Models glibc 2.36 malloc.c's resize path: __libc_realloc (size 0 frees, NULL mallocs, arena
 * lookup, the wrap-around pointer check), mremap_chunk for mmapped chunks, and _int_realloc
 * (shrink in place, grow into top or a free next chunk, else malloc-copy-free, the tail split off
 * and freed through _int_free). Main exports: __libc_realloc, _int_realloc, mremap_chunk.
 * mremap(MREMAP_MAYMOVE) is modelled on the AddressSpace: shrink in place, grow in place when
 * the pages after the mapping are free, else map elsewhere, copy and unmap.
 */

import {
  CHUNK_HDR_SZ,
  chunk_is_mmapped,
  chunksize,
  chunksize_nomask,
  checked_request2size,
  flagNames,
  hex,
  inuse,
  IS_MMAPPED,
  memsize,
  MINSIZE,
  OFF_PREV_SIZE,
  OFF_SIZE,
  PREV_INUSE,
  set_head,
  set_head_size,
  set_inuse_bit_at_offset,
  size_word_exact,
} from './chunk';
import { arena_for_chunk } from './arena';
import { unlink_chunk } from './bins';
import { __libc_free, _int_free, invalidMmappedPointer, mmappedHeaderInvalid, munmap_chunk, wrapsAround } from './free';
import { __libc_malloc, _int_malloc, assertOwnArena, tcache_init } from './malloc';
import { malloc_printerr, type ReadSpec } from './malloc-printerr';
import { ENOMEM, type MallocState } from './malloc-state';

function sizeRead(m: MallocState, p: number, what: string): ReadSpec {
  const w = size_word_exact(m.space, p);
  return [p + OFF_SIZE, 8, `${what} ${hex(p)}: ${hex(w)} (size ${hex(w & ~7n)}, flags ${flagNames(Number(w & 7n))})`];
}

/** Models __libc_realloc(oldmem, bytes). */
export function __libc_realloc(m: MallocState, oldmem: number, bytes: number): number {
  if (!m.__malloc_initialized) m.ptmalloc_init();
  // REALLOC_ZERO_BYTES_FREES
  if (bytes === 0 && oldmem !== 0) {
    __libc_free(m, oldmem);
    return 0;
  }
  if (oldmem === 0) return __libc_malloc(m, bytes);

  const space = m.space;
  const oldp = oldmem - 16;
  const oldsize = chunksize(space, oldp);
  const mmapped = chunk_is_mmapped(space, oldp);
  if (!mmapped) {
    if (m.mp_.tcache_bins > 0 && m.tcache === 0) tcache_init(m);
    arena_for_chunk(m, oldp);
  }
  if (wrapsAround(m, oldp) || oldp % 16 !== 0) {
    const w = size_word_exact(space, oldp);
    malloc_printerr(
      m,
      'realloc(): invalid pointer',
      '__libc_realloc',
      [sizeRead(m, oldp, 'size word of chunk')],
      oldp % 16 !== 0
        ? `The pointer ${hex(oldmem)} is not 16-byte aligned, so it is not a pointer malloc returned.`
        : (w & ~7n) === 0n
          ? `The size in the header before ${hex(oldmem)} is 0, which glibc's wrap-around test rejects: the ` +
            `pointer is not the start of a malloc'ed block, or its header was overwritten.`
          : `The header before ${hex(oldmem)} claims a size of ${hex(w & ~7n)}, so the chunk would run past the ` +
            `end of the address space: the pointer is not from malloc, or its header was overwritten.`,
    );
  }
  const nb = checked_request2size(bytes);
  if (nb === 0) {
    m.errno = ENOMEM;
    return 0;
  }

  if (mmapped) {
    const newp = mremap_chunk(m, oldp, nb);
    if (newp !== 0) return newp + 16;
    if (oldsize - 8 >= nb) return oldmem;
    const newmem = __libc_malloc(m, bytes);
    if (newmem === 0) return 0;
    space.copy(newmem, oldmem, oldsize - CHUNK_HDR_SZ);
    munmap_chunk(m, oldp);
    return newmem;
  }

  const newp = _int_realloc(m, oldp, oldsize, nb);
  assertOwnArena(m, newp);
  return newp;
}

/** Models mremap_chunk(p, new_size). Returns the (possibly moved) chunk, or 0 if mremap failed. */
export function mremap_chunk(m: MallocState, p: number, new_size: number): number {
  const space = m.space;
  if (mmappedHeaderInvalid(m, p)) invalidMmappedPointer(m, p, 'mremap_chunk(): invalid pointer', 'mremap_chunk');
  const offset = space.readWord(p + OFF_PREV_SIZE);
  const size = chunksize(space, p);
  const block = p - offset;
  const total_size = offset + size;
  const want = Math.ceil((new_size + offset + 8) / m.pagesize) * m.pagesize;
  if (total_size === want) return p;
  const cp = mremapModel(m, block, total_size, want);
  if (cp === null) return 0;
  const np = cp + offset;
  set_head(space, np, want - offset + IS_MMAPPED);
  m.mp_.mmapped_mem += want - size - offset;
  if (m.mp_.mmapped_mem > m.mp_.max_mmapped_mem) m.mp_.max_mmapped_mem = m.mp_.mmapped_mem;
  m.mmappedChunks.delete(p);
  m.mmappedChunks.add(np);
  return np;
}

/**
 * mremap(block, old, new, MREMAP_MAYMOVE) on the AddressSpace. Fails (null) unless the old range
 * is wholly mapped, as the kernel requires one mapping there.
 * SIMPLIFIED: the kernel's choice of a new address is the AddressSpace's mmap placement.
 */
function mremapModel(m: MallocState, block: number, oldLen: number, newLen: number): number | null {
  const space = m.space;
  const PG = m.pagesize;
  if (block < 0 || oldLen <= 0 || oldLen > 2 ** 40 || block + oldLen > 2 ** 47) return null;
  for (let a = block; a < block + oldLen; a += PG) if (!space.isMapped(a)) return null;
  if (newLen <= oldLen) {
    space.munmap(block + newLen, oldLen - newLen);
    return block;
  }
  let free = block + newLen <= 2 ** 47;
  for (let a = block + oldLen; free && a < block + newLen; a += PG) if (space.isMapped(a)) free = false;
  if (free && space.map(block + oldLen, newLen - oldLen, space.regionOf(block)?.name ?? '[anon]')) return block;
  const cp = space.mmap(newLen);
  if (cp === null) return null;
  space.copy(cp, block, oldLen);
  space.munmap(block, oldLen);
  return cp;
}

/** Models _int_realloc(av, oldp, oldsize, nb). Returns the user pointer or 0. */
export function _int_realloc(m: MallocState, oldp: number, oldsize: number, nb: number): number {
  const space = m.space;
  if (chunksize_nomask(space, oldp) <= 16 || oldsize >= m.system_mem) {
    malloc_printerr(
      m,
      'realloc(): invalid old size',
      '_int_realloc',
      [sizeRead(m, oldp, 'size word of chunk')],
      `The size in the header before ${hex(oldp + 16)} (${hex(oldsize)}) is impossible (<= 16 or at least the ` +
        `heap's ${hex(m.system_mem)} bytes): the header was overwritten or the pointer is not from malloc.`,
    );
  }
  const next = oldp + oldsize;
  const nextsize = chunksize(space, next);
  if (chunksize_nomask(space, next) <= 16 || nextsize >= m.system_mem) {
    malloc_printerr(
      m,
      'realloc(): invalid next size',
      '_int_realloc',
      [sizeRead(m, oldp, 'size word of chunk'), sizeRead(m, next, 'size word of the next chunk')],
      `The chunk after ${hex(oldp + 16)} (at ${hex(next)}) has an impossible size word: a write past the end ` +
        `of the block being resized smashed the next chunk's header.`,
    );
  }

  let newp: number;
  let newsize: number;
  if (oldsize >= nb) {
    newp = oldp;
    newsize = oldsize;
  } else if (next === m.top && oldsize + nextsize >= nb + MINSIZE) {
    newsize = oldsize + nextsize;
    set_head_size(space, oldp, nb);
    m.top = oldp + nb;
    set_head(space, m.top, newsize - nb + PREV_INUSE);
    return oldp + 16;
  } else if (next !== m.top && !inuse(space, next) && oldsize + nextsize >= nb) {
    newsize = oldsize + nextsize;
    newp = oldp;
    unlink_chunk(m, next, '_int_realloc');
  } else {
    const newmem = _int_malloc(m, nb - 15);
    if (newmem === 0) return 0;
    newp = newmem - 16;
    newsize = chunksize(space, newp);
    if (newp === next) {
      newsize += oldsize;
      newp = oldp;
    } else {
      space.copy(newmem, oldp + 16, memsize(space, oldp));
      _int_free(m, oldp, true);
      return newmem;
    }
  }

  const remainder_size = newsize - nb;
  if (remainder_size < MINSIZE) {
    set_head_size(space, newp, newsize);
    set_inuse_bit_at_offset(space, newp, newsize);
  } else {
    const remainder = newp + nb;
    set_head_size(space, newp, nb);
    set_head(space, remainder, remainder_size + PREV_INUSE);
    set_inuse_bit_at_offset(space, remainder, remainder_size);
    _int_free(m, remainder, true);
  }
  return newp + 16;
}
