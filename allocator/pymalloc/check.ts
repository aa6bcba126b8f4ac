/*
 * Invariant checker for the pymalloc model (what Py_DEBUG's asserts in obmalloc.c would catch,
 * plus the accounting that _PyObject_DebugMallocStats relies on). Main export: checkPymalloc,
 * which returns one string per violated invariant ([] = consistent). The invariants:
 *   per pool:   free list inside the pool, on block boundaries, acyclic;
 *               count + len(free list) + virgin blocks == NUMBLOCKS(szidx)
 *   per ring:   usedpools[2i] ring well formed (next->prev == self), pools of class i, not full, not empty
 *   per arena:  nfreepools == uncarved pools + len(freepools); freepools are empty pools of this arena
 *   usable_arenas: doubly linked, sorted by ascending nfreepools, nfp2lasta[nf] == its last arena with nf
 *   radix tree: every live arena's first and last byte are address_in_range
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
  ao_prevarena,
} from './arena';
import {
  pool_count,
  pool_freeblock,
  pool_maxnextoffset,
  pool_nextoffset,
  pool_nextpool,
  pool_prevpool,
  pool_szidx,
} from './pool';
import { readFreeList } from './snapshot';

const hex = (n: number) => `0x${n.toString(16)}`;

export function checkPymalloc(o: Obmalloc): string[] {
  try {
    return checkUnsafe(o);
  } catch (e) {
    if (e instanceof SegmentationFault) return [`pymalloc structures unreadable: ${e.message}`];
    throw e;
  }
}

function checkUnsafe(o: Obmalloc): string[] {
  const errors: string[] = [];
  const m = o.mem;
  const g = o.geometry;

  const virginBlocks = (pool: number, size: number) => {
    const next = pool_nextoffset(m, pool);
    const max = pool_maxnextoffset(m, pool);
    return next <= max ? Math.floor((max - next) / size) + 1 : 0;
  };

  // Pools, by marching over the arenas.
  const poolsInRings = new Set<number>();
  for (let i = 0; i < g.NB_SMALL_SIZE_CLASSES; i++) {
    const sentinel = o.PTA(i);
    let prev = sentinel;
    let pool = pool_nextpool(m, sentinel);
    let steps = 0;
    while (pool !== sentinel) {
      if (++steps > 1 << 20) {
        errors.push(`usedpools[${2 * i}] ring does not return to its sentinel`);
        break;
      }
      if (pool_prevpool(m, pool) !== prev) errors.push(`usedpools[${2 * i}]: pool ${hex(pool)} prevpool is not ${hex(prev)}`);
      if (pool_szidx(m, pool) !== i) errors.push(`usedpools[${2 * i}]: pool ${hex(pool)} has szidx ${pool_szidx(m, pool)}`);
      const count = pool_count(m, pool);
      if (count === 0) errors.push(`usedpools[${2 * i}]: pool ${hex(pool)} is empty but in a ring`);
      if (pool_freeblock(m, pool) === 0) errors.push(`usedpools[${2 * i}]: pool ${hex(pool)} is full but in a ring`);
      if (poolsInRings.has(pool)) {
        errors.push(`pool ${hex(pool)} appears twice in the usedpools rings`);
        break;
      }
      poolsInRings.add(pool);
      prev = pool;
      pool = pool_nextpool(m, pool);
    }
    if (pool_prevpool(m, sentinel) !== prev) errors.push(`usedpools[${2 * i + 1}] is not the ring's last pool`);
  }

  const live = new Map<number, number>(); // arena_object -> nfreepools
  const objs = o.arenaObjects();
  for (const ao of objs) {
    const address = ao_address(m, ao);
    if (address === 0) continue;
    live.set(ao, ao_nfreepools(m, ao));
    if (!o.address_in_range(address) || !o.address_in_range(address + g.ARENA_SIZE - 1)) {
      errors.push(`arena ${hex(address)} is not marked in the radix tree`);
    }
    let base = address;
    if (base % g.POOL_SIZE) base = base - (base % g.POOL_SIZE) + g.POOL_SIZE;
    const poolAddress = ao_pool_address(m, ao);
    const carved = (poolAddress - base) / g.POOL_SIZE;
    const freepools = new Set<number>();
    for (let p = ao_freepools(m, ao); p !== 0; p = pool_nextpool(m, p)) {
      if (freepools.has(p) || freepools.size > g.MAX_POOLS_IN_ARENA) {
        errors.push(`arena ${hex(address)}: freepools list loops`);
        break;
      }
      if (p < base || p >= poolAddress) errors.push(`arena ${hex(address)}: freepools entry ${hex(p)} outside its carved pools`);
      else if (pool_count(m, p) !== 0) errors.push(`arena ${hex(address)}: freepools entry ${hex(p)} has count ${pool_count(m, p)}`);
      freepools.add(p);
    }
    const ntotal = ao_ntotalpools(m, ao);
    const expected = ntotal - carved + freepools.size;
    if (ao_nfreepools(m, ao) !== expected) {
      errors.push(`arena ${hex(address)}: nfreepools ${ao_nfreepools(m, ao)} != ${ntotal - carved} uncarved + ${freepools.size} free pools`);
    }
    for (let pool = base; pool < poolAddress; pool += g.POOL_SIZE) {
      if (freepools.has(pool)) continue;
      const szidx = pool_szidx(m, pool);
      if (szidx >= g.NB_SMALL_SIZE_CLASSES) {
        errors.push(`pool ${hex(pool)}: szidx ${szidx} is not a size class`);
        continue;
      }
      const size = g.INDEX2SIZE(szidx);
      const { list, error } = readFreeList(o, pool);
      if (error) errors.push(`pool ${hex(pool)} (class ${szidx}): ${error}`);
      const count = pool_count(m, pool);
      const total = count + list.length + virginBlocks(pool, size);
      if (!error && total !== g.NUMBLOCKS(szidx)) {
        errors.push(`pool ${hex(pool)} (class ${szidx}): count ${count} + ${list.length} free + ${virginBlocks(pool, size)} virgin != ${g.NUMBLOCKS(szidx)} blocks`);
      }
      if (pool_maxnextoffset(m, pool) !== g.POOL_SIZE - size) errors.push(`pool ${hex(pool)}: maxnextoffset is not POOL_SIZE - ${size}`);
      const full = pool_freeblock(m, pool) === 0;
      if (!full && count > 0 && !poolsInRings.has(pool)) errors.push(`pool ${hex(pool)} has free blocks but is in no usedpools ring`);
      if (full && poolsInRings.has(pool)) errors.push(`pool ${hex(pool)} is full but in a ring`);
    }
  }

  // usable_arenas: doubly linked, sorted, nfp2lasta fingers.
  let prev = 0;
  let lastNf = 0;
  const lastWith = new Map<number, number>();
  let steps = 0;
  for (let ao = o.usable_arenas; ao !== 0; ao = ao_nextarena(m, ao)) {
    if (++steps > objs.length + 1) {
      errors.push('usable_arenas loops');
      break;
    }
    if (!live.has(ao)) errors.push(`usable_arenas holds ${hex(ao)}, not a live arena`);
    if (ao_prevarena(m, ao) !== prev) errors.push(`usable_arenas: ${hex(ao)} prevarena is not ${hex(prev)}`);
    const nf = ao_nfreepools(m, ao);
    if (nf === 0) errors.push(`usable_arenas holds a full arena ${hex(ao)}`);
    if (nf < lastNf) errors.push(`usable_arenas not sorted by nfreepools at ${hex(ao)} (${nf} after ${lastNf})`);
    lastNf = nf;
    lastWith.set(nf, ao);
    prev = ao;
  }
  for (let nf = 1; nf <= g.MAX_POOLS_IN_ARENA; nf++) {
    const want = lastWith.get(nf) ?? 0;
    if (o.nfp2lasta(nf) !== want) errors.push(`nfp2lasta[${nf}] is ${hex(o.nfp2lasta(nf))}, expected ${hex(want)}`);
  }
  const usable = new Set<number>();
  for (let ao = o.usable_arenas, n = 0; ao !== 0 && n <= objs.length; ao = ao_nextarena(m, ao), n++) usable.add(ao);
  for (const [ao, nf] of live) {
    if (nf > 0 && !usable.has(ao)) errors.push(`arena object ${hex(ao)} has ${nf} free pools but is not in usable_arenas`);
  }
  return errors;
}
