/*
 * Models glibc 2.36 malloc.c __libc_calloc(n, elem_size): overflow check into a ptrdiff_t, then
 * _int_malloc directly (calloc never takes from the tcache), then zeroing: mmapped chunks are
 * already zero, and a chunk carved from the old top only needs clearing up to what was ever
 * handed out (MORECORE_CLEARS: fresh sbrk memory is zero). Main export: __libc_calloc.
 */

import { chunk_is_mmapped, chunksize, SIZE_SZ } from './chunk';
import { _int_malloc, assertOwnArena, tcache_init } from './malloc';
import { ENOMEM, type MallocState } from './malloc-state';

const PTRDIFF_MAX = (1n << 63n) - 1n;

/** Models __libc_calloc(n, elem_size). */
export function __libc_calloc(m: MallocState, n: number, elem_size: number): number {
  // __builtin_mul_overflow (n, elem_size, &bytes) with a ptrdiff_t result.
  let bytes = n * elem_size;
  if (n < 0 || elem_size < 0 || !(bytes < 2 ** 63) || (bytes > 2 ** 53 && BigInt(n) * BigInt(elem_size) > PTRDIFF_MAX)) {
    m.errno = ENOMEM;
    return 0;
  }
  bytes = Math.floor(bytes);
  if (!m.__malloc_initialized) m.ptmalloc_init();
  if (m.mp_.tcache_bins > 0 && m.tcache === 0) tcache_init(m);

  const space = m.space;
  const oldtop = m.top;
  let oldtopsize = chunksize(space, oldtop);
  // Only newly sbrk'ed memory is known to be zero; this is how far sbrk has ever reached.
  let fresh = m.mp_.sbrk_base + m.max_system_mem - oldtop;
  if (fresh < 0) fresh += 2 ** 64; // ptrdiff_t compared as unsigned long
  if (oldtopsize < fresh) oldtopsize = fresh;

  const mem = _int_malloc(m, bytes);
  assertOwnArena(m, mem);
  if (mem === 0) return 0;
  const p = mem - 16;
  let csz = chunksize(space, p);
  if (chunk_is_mmapped(space, p)) return mem;
  if (p === oldtop && csz > oldtopsize) csz = oldtopsize;
  const clearsize = csz - SIZE_SZ;
  const nclears = Math.floor(clearsize / SIZE_SZ);
  if (nclears > 9) {
    space.fill(mem, 0, clearsize);
  } else {
    // The unrolled clear: 3, 5, 7 or 9 words.
    const words = nclears > 8 ? 9 : nclears > 6 ? 7 : nclears > 4 ? 5 : 3;
    space.fill(mem, 0, words * SIZE_SZ);
  }
  return mem;
}
