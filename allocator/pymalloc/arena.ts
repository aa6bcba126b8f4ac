/*
 * Models CPython 3.11 Objects/obmalloc.c: struct arena_object and obmalloc's file-level statics.
 * Main exports: arena_object accessors (ARENA_OBJECT_SIZE), ObmallocStatics, layoutObmallocStatics.
 * The arena_object vector `arenas` is a PyMem_RawRealloc'ed array in the glibc heap (not in an
 * arena); the statics (usedpools, arenas, maxarenas, usable_arenas, nfp2lasta, counters,
 * arena_map_root) live in libpython's .data/.bss, so every pointer into them is a real address.
 *
 *   struct arena_object (48 bytes)
 *   +0  address       uintptr_t   mmap'ed base, 0 = unassociated
 *   +8  pool_address  block*      next pool to carve
 *   +16 nfreepools    uint        free pools (carvable + freepools list)
 *   +20 ntotalpools   uint        63, or 64 when the base happens to be 16 KiB aligned
 *   +24 freepools     pool_header* singly linked through pool->nextpool
 *   +32 nextarena     arena_object* usable_arenas (doubly linked) or unused_arena_objects
 *   +40 prevarena     arena_object*
 */

import type { FastMemory } from './fast-memory';

export const ARENA_OBJECT_SIZE = 48;
const AO_ADDRESS = 0;
const AO_POOL_ADDRESS = 8;
const AO_NFREEPOOLS = 16;
const AO_NTOTALPOOLS = 20;
const AO_FREEPOOLS = 24;
const AO_NEXTARENA = 32;
const AO_PREVARENA = 40;

export const ao_address = (m: FastMemory, ao: number) => m.word(ao + AO_ADDRESS);
export const set_ao_address = (m: FastMemory, ao: number, v: number) => m.setWord(ao + AO_ADDRESS, v);
export const ao_pool_address = (m: FastMemory, ao: number) => m.word(ao + AO_POOL_ADDRESS);
export const set_ao_pool_address = (m: FastMemory, ao: number, v: number) => m.setWord(ao + AO_POOL_ADDRESS, v);
export const ao_nfreepools = (m: FastMemory, ao: number) => m.u32(ao + AO_NFREEPOOLS);
export const set_ao_nfreepools = (m: FastMemory, ao: number, v: number) => m.setU32(ao + AO_NFREEPOOLS, v);
export const ao_ntotalpools = (m: FastMemory, ao: number) => m.u32(ao + AO_NTOTALPOOLS);
export const set_ao_ntotalpools = (m: FastMemory, ao: number, v: number) => m.setU32(ao + AO_NTOTALPOOLS, v);
export const ao_freepools = (m: FastMemory, ao: number) => m.word(ao + AO_FREEPOOLS);
export const set_ao_freepools = (m: FastMemory, ao: number, v: number) => m.setWord(ao + AO_FREEPOOLS, v);
export const ao_nextarena = (m: FastMemory, ao: number) => m.word(ao + AO_NEXTARENA);
export const set_ao_nextarena = (m: FastMemory, ao: number, v: number) => m.setWord(ao + AO_NEXTARENA, v);
export const ao_prevarena = (m: FastMemory, ao: number) => m.word(ao + AO_PREVARENA);
export const set_ao_prevarena = (m: FastMemory, ao: number, v: number) => m.setWord(ao + AO_PREVARENA, v);

/** Addresses of obmalloc.c's statics inside libpython's data mapping. */
export interface ObmallocStatics {
  /** static poolp usedpools[2 * ((NB_SMALL_SIZE_CLASSES + 7) / 8) * 8] (.data, initialised to PTA(x)). */
  usedpools: number;
  /** static struct arena_object* arenas */
  arenas: number;
  /** static uint maxarenas */
  maxarenas: number;
  unused_arena_objects: number;
  usable_arenas: number;
  /** static struct arena_object* nfp2lasta[MAX_POOLS_IN_ARENA + 1] */
  nfp2lasta: number;
  narenas_currently_allocated: number;
  ntimes_arena_allocated: number;
  narenas_highwater: number;
  raw_allocated_blocks: number;
  /** static arena_map_top_t arena_map_root (2^15 pointers, 256 KiB of .bss) */
  arena_map_root: number;
  arena_map_mid_count: number;
  arena_map_bot_count: number;
}

/** Sizes of the statics, in the order a linker might place them; `place` hands out addresses. */
export function layoutObmallocStatics(
  nbSmallSizeClasses: number,
  maxPoolsInArena: number,
  place: (name: string, size: number, align: number) => number,
): ObmallocStatics {
  const usedpoolsLen = 2 * Math.floor((nbSmallSizeClasses + 7) / 8) * 8;
  // usedpools is not first: its class-0 sentinel starts 16 bytes before it.
  const arenas = place('arenas', 8, 8);
  const maxarenas = place('maxarenas', 4, 4);
  const unused_arena_objects = place('unused_arena_objects', 8, 8);
  const usable_arenas = place('usable_arenas', 8, 8);
  return {
    usedpools: place('usedpools', usedpoolsLen * 8, 32),
    arenas,
    maxarenas,
    unused_arena_objects,
    usable_arenas,
    nfp2lasta: place('nfp2lasta', (maxPoolsInArena + 1) * 8, 32),
    narenas_currently_allocated: place('narenas_currently_allocated', 8, 8),
    ntimes_arena_allocated: place('ntimes_arena_allocated', 8, 8),
    narenas_highwater: place('narenas_highwater', 8, 8),
    raw_allocated_blocks: place('raw_allocated_blocks', 8, 8),
    arena_map_root: place('arena_map_root', (1 << 15) * 8, 4096),
    arena_map_mid_count: place('arena_map_mid_count', 4, 4),
    arena_map_bot_count: place('arena_map_bot_count', 4, 4),
  };
}
