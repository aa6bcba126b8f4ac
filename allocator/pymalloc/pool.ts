/*
 * Models CPython 3.11 Objects/obmalloc.c: struct pool_header and the pool geometry macros
 * (POOL_ADDR, INDEX2SIZE, NUMBLOCKS, POOL_OVERHEAD). Main exports: the field accessors and
 * PoolGeometry. The header is real bytes at the start of every 16 KiB-aligned pool:
 *
 *   pool+0   ref.count      uint (union with a block*, so the slot is 8 bytes)  blocks in use
 *   pool+8   freeblock      block*      head of the free list (threaded through the blocks' first word)
 *   pool+16  nextpool       pool_header* usedpools ring, or the arena's freepools list
 *   pool+24  prevpool       pool_header* usedpools ring
 *   pool+32  arenaindex     uint        index into arenas[]
 *   pool+36  szidx          uint        size class; DUMMY_SIZE_IDX (0xffff) when freshly carved
 *   pool+40  nextoffset     uint        offset of the next never-used ("virgin") block
 *   pool+44  maxnextoffset  uint        POOL_SIZE - block size: the largest valid nextoffset
 *   pool+48  first block (POOL_OVERHEAD = 48 = sizeof(pool_header) rounded up to ALIGNMENT)
 *
 * Every other module reaches these fields only through the accessors below.
 */

import type { PymallocProfile } from '../profile';
import type { FastMemory } from './fast-memory';

export const POOL_COUNT = 0;
export const POOL_FREEBLOCK = 8;
export const POOL_NEXTPOOL = 16;
export const POOL_PREVPOOL = 24;
export const POOL_ARENAINDEX = 32;
export const POOL_SZIDX = 36;
export const POOL_NEXTOFFSET = 40;
export const POOL_MAXNEXTOFFSET = 44;

/** DUMMY_SIZE_IDX: szidx of a pool carved from an arena but never initialised for a class. */
export const DUMMY_SIZE_IDX = 0xffff;

/** The size-class arithmetic of a profile (ALIGNMENT_SHIFT, INDEX2SIZE, NUMBLOCKS...). */
export class PoolGeometry {
  readonly ALIGNMENT: number;
  readonly ALIGNMENT_SHIFT: number;
  readonly SMALL_REQUEST_THRESHOLD: number;
  readonly NB_SMALL_SIZE_CLASSES: number;
  readonly POOL_SIZE: number;
  readonly POOL_OVERHEAD: number;
  readonly ARENA_SIZE: number;
  readonly MAX_POOLS_IN_ARENA: number;

  constructor(p: PymallocProfile) {
    this.ALIGNMENT = p.alignment;
    this.ALIGNMENT_SHIFT = Math.log2(p.alignment);
    this.SMALL_REQUEST_THRESHOLD = p.smallRequestThreshold;
    this.NB_SMALL_SIZE_CLASSES = p.smallRequestThreshold / p.alignment;
    this.POOL_SIZE = p.poolSize;
    this.POOL_OVERHEAD = p.poolOverhead;
    this.ARENA_SIZE = p.arenaSize;
    this.MAX_POOLS_IN_ARENA = p.arenaSize / p.poolSize;
  }

  /** INDEX2SIZE(szidx): block size of a size class. */
  INDEX2SIZE(szidx: number): number {
    return (szidx + 1) << this.ALIGNMENT_SHIFT;
  }

  /** The size class of a request of 1..SMALL_REQUEST_THRESHOLD bytes. */
  sizeClass(nbytes: number): number {
    return (nbytes - 1) >> this.ALIGNMENT_SHIFT;
  }

  /** NUMBLOCKS(szidx): blocks that fit in one pool. */
  NUMBLOCKS(szidx: number): number {
    return Math.floor((this.POOL_SIZE - this.POOL_OVERHEAD) / this.INDEX2SIZE(szidx));
  }

  /** POOL_ADDR(p): the pool a pointer would belong to (p rounded down to POOL_SIZE). */
  POOL_ADDR(p: number): number {
    return p - (p % this.POOL_SIZE);
  }
}

export function pool_count(m: FastMemory, pool: number): number {
  return m.u32(pool + POOL_COUNT);
}
export function set_pool_count(m: FastMemory, pool: number, v: number): void {
  m.setU32(pool + POOL_COUNT, v >>> 0);
}
export function pool_freeblock(m: FastMemory, pool: number): number {
  return m.word(pool + POOL_FREEBLOCK);
}
export function set_pool_freeblock(m: FastMemory, pool: number, v: number): void {
  m.setWord(pool + POOL_FREEBLOCK, v);
}
export function pool_nextpool(m: FastMemory, pool: number): number {
  return m.word(pool + POOL_NEXTPOOL);
}
export function set_pool_nextpool(m: FastMemory, pool: number, v: number): void {
  m.setWord(pool + POOL_NEXTPOOL, v);
}
export function pool_prevpool(m: FastMemory, pool: number): number {
  return m.word(pool + POOL_PREVPOOL);
}
export function set_pool_prevpool(m: FastMemory, pool: number, v: number): void {
  m.setWord(pool + POOL_PREVPOOL, v);
}
export function pool_arenaindex(m: FastMemory, pool: number): number {
  return m.u32(pool + POOL_ARENAINDEX);
}
export function set_pool_arenaindex(m: FastMemory, pool: number, v: number): void {
  m.setU32(pool + POOL_ARENAINDEX, v);
}
export function pool_szidx(m: FastMemory, pool: number): number {
  return m.u32(pool + POOL_SZIDX);
}
export function set_pool_szidx(m: FastMemory, pool: number, v: number): void {
  m.setU32(pool + POOL_SZIDX, v);
}
export function pool_nextoffset(m: FastMemory, pool: number): number {
  return m.u32(pool + POOL_NEXTOFFSET);
}
export function set_pool_nextoffset(m: FastMemory, pool: number, v: number): void {
  m.setU32(pool + POOL_NEXTOFFSET, v);
}
export function pool_maxnextoffset(m: FastMemory, pool: number): number {
  return m.u32(pool + POOL_MAXNEXTOFFSET);
}
export function set_pool_maxnextoffset(m: FastMemory, pool: number, v: number): void {
  m.setU32(pool + POOL_MAXNEXTOFFSET, v);
}

/** The free-list link stored in the first word of a free block. */
export function block_next(m: FastMemory, block: number): number {
  return m.word(block);
}
