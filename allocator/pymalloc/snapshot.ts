/*
 * A JSON view of pymalloc's state read back from simulated memory: arenas -> pools -> blocks,
 * each block with its state, the pool's size class and the free-list order. Main export:
 * pymallocSnapshot. Walks the arena_object vector like _PyObject_DebugMallocStats does (full
 * pools are in no list, so marching over the arenas is the only way to see everything).
 * Reads are bounded and fault-tolerant: a corrupted free list is reported, not followed forever.
 */

import { SegmentationFault } from '../address-space';
import type { Obmalloc } from './obmalloc';
import {
  ao_address,
  ao_freepools,
  ao_nextarena,
  ao_nfreepools,
  ao_ntotalpools,
  ao_pool_address,
} from './arena';
import {
  DUMMY_SIZE_IDX,
  pool_arenaindex,
  pool_count,
  pool_freeblock,
  pool_maxnextoffset,
  pool_nextoffset,
  pool_nextpool,
  pool_szidx,
} from './pool';

export type PymallocBlockState = 'allocated' | 'free' | 'virgin';

export interface PymallocBlock {
  address: number;
  state: PymallocBlockState;
  /** Position in the pool's free list (0 = freeblock head), for free blocks. */
  freeIndex?: number;
}

export interface PymallocPool {
  address: number;
  arenaindex: number;
  szidx: number;
  /** Block size, or 0 for a never-initialised pool (szidx 0xffff). */
  blockSize: number;
  count: number;
  freeblock: number;
  nextoffset: number;
  maxnextoffset: number;
  /** 'used' (in a usedpools ring), 'full', or 'empty' (on the arena's freepools list). */
  state: 'used' | 'full' | 'empty';
  /** Free-list addresses in list order (truncated if the list is corrupt). */
  freeList: number[];
  /** Set when the free list leaves the pool, is misaligned, or loops. */
  freeListError?: string;
  blocks: PymallocBlock[];
}

export interface PymallocArena {
  index: number;
  arenaObject: number;
  address: number;
  poolAddress: number;
  nfreepools: number;
  ntotalpools: number;
  freepools: number[];
  pools: PymallocPool[];
}

export interface PymallocSnapshot {
  usedpools: number;
  arenasVector: number;
  maxarenas: number;
  usableArenas: number[];
  arenas: PymallocArena[];
}

/** Reads a pool's free list (at most NUMBLOCKS + 1 links). */
export function readFreeList(o: Obmalloc, pool: number): { list: number[]; error?: string } {
  const m = o.mem;
  const g = o.geometry;
  const szidx = pool_szidx(m, pool);
  const size = szidx === DUMMY_SIZE_IDX || szidx >= g.NB_SMALL_SIZE_CLASSES ? 0 : g.INDEX2SIZE(szidx);
  const limit = size ? g.NUMBLOCKS(szidx) + 1 : 1;
  const list: number[] = [];
  const seen = new Set<number>();
  let b = pool_freeblock(m, pool);
  while (b !== 0) {
    if (seen.has(b)) return { list, error: `free list loops back to 0x${b.toString(16)}` };
    if (b < pool + g.POOL_OVERHEAD || b >= pool + g.POOL_SIZE) {
      return { list, error: `free list leaves the pool at 0x${b.toString(16)}` };
    }
    if (size && (b - pool - g.POOL_OVERHEAD) % size !== 0) {
      return { list, error: `free list entry 0x${b.toString(16)} is not on a block boundary` };
    }
    if (list.length >= limit) return { list, error: 'free list longer than the pool' };
    seen.add(b);
    list.push(b);
    try {
      b = m.word(b);
    } catch (e) {
      if (e instanceof SegmentationFault) return { list, error: 'free list link unreadable' };
      throw e;
    }
  }
  return { list };
}

export function pymallocSnapshot(o: Obmalloc, withBlocks = true): PymallocSnapshot {
  const m = o.mem;
  const g = o.geometry;
  const arenas: PymallocArena[] = [];
  const objs = o.arenaObjects();
  objs.forEach((ao, index) => {
    const address = ao_address(m, ao);
    if (address === 0) return;
    const freepools: number[] = [];
    for (let p = ao_freepools(m, ao); p !== 0 && freepools.length <= g.MAX_POOLS_IN_ARENA; p = pool_nextpool(m, p)) {
      freepools.push(p);
    }
    const freeSet = new Set(freepools);
    const pools: PymallocPool[] = [];
    let base = address;
    if (base % g.POOL_SIZE) base = base - (base % g.POOL_SIZE) + g.POOL_SIZE;
    const poolAddress = ao_pool_address(m, ao);
    for (let pool = base; pool < poolAddress; pool += g.POOL_SIZE) {
      const szidx = pool_szidx(m, pool);
      const count = pool_count(m, pool);
      const valid = szidx < g.NB_SMALL_SIZE_CLASSES;
      const blockSize = valid ? g.INDEX2SIZE(szidx) : 0;
      const { list, error } = readFreeList(o, pool);
      const freeblock = pool_freeblock(m, pool);
      const state: PymallocPool['state'] =
        freeSet.has(pool) || count === 0 ? 'empty' : freeblock === 0 ? 'full' : 'used';
      const nextoffset = pool_nextoffset(m, pool);
      const maxnextoffset = pool_maxnextoffset(m, pool);
      const blocks: PymallocBlock[] = [];
      if (withBlocks && valid) {
        const order = new Map(list.map((b, i) => [b, i]));
        const n = g.NUMBLOCKS(szidx);
        for (let k = 0; k < n; k++) {
          const b = pool + g.POOL_OVERHEAD + k * blockSize;
          const fi = order.get(b);
          if (fi !== undefined) blocks.push({ address: b, state: 'free', freeIndex: fi });
          else if (b - pool >= nextoffset || state === 'empty') blocks.push({ address: b, state: b - pool >= nextoffset ? 'virgin' : 'free' });
          else blocks.push({ address: b, state: 'allocated' });
        }
      }
      pools.push({
        address: pool,
        arenaindex: pool_arenaindex(m, pool),
        szidx,
        blockSize,
        count,
        freeblock,
        nextoffset,
        maxnextoffset,
        state,
        freeList: list,
        ...(error ? { freeListError: error } : {}),
        blocks,
      });
    }
    arenas.push({
      index,
      arenaObject: ao,
      address,
      poolAddress,
      nfreepools: ao_nfreepools(m, ao),
      ntotalpools: ao_ntotalpools(m, ao),
      freepools,
      pools,
    });
  });
  const usableArenas: number[] = [];
  for (let ao = o.usable_arenas; ao !== 0 && usableArenas.length <= objs.length; ao = ao_nextarena(m, ao)) {
    usableArenas.push(ao);
  }
  return { usedpools: o.statics.usedpools, arenasVector: o.arenas, maxarenas: o.maxarenas, usableArenas, arenas };
}
