/*
 * "Changed since the previous step": what the map shows of each chunk, mmapped chunk, pool, block,
 * live block and debug header, compared with the previous step. A thing is 'new' when the
 * previous step had nothing at that address, 'changed' when what is shown differs.
 * Main export: ChangeIndex. Blocks are compared only inside pools whose header or free list
 * changed (pymalloc_alloc / pymalloc_free always touch count and freeblock), so a step costs
 * about the number of pools, not the number of blocks.
 * Leaves out byte-level diffs: the hex view shows the bytes.
 */

import type { HeapSnapshot, PymallocPool } from './input';

export type Change = 'new' | 'changed';

function chunkKey(c: HeapSnapshot['glibc']['chunks'][number]): string {
  const f = c.flags;
  return `${c.size}|${f.A ? 'A' : ''}${f.M ? 'M' : ''}${f.P ? 'P' : ''}|${c.state}|${c.list ?? ''}`;
}

function poolKey(p: PymallocPool): string {
  return `${p.szidx}|${p.count}|${p.state}|${p.freeblock}|${p.nextoffset}|${p.freeList.join(',')}|${p.freeListError ?? ''}`;
}

function cmp(before: string | undefined, now: string | undefined): Change | undefined {
  if (now === undefined) return undefined;
  if (before === undefined) return 'new';
  return before === now ? undefined : 'changed';
}

export class ChangeIndex {
  readonly enabled: boolean;
  private readonly prevChunks = new Map<number, string>();
  private readonly curChunks = new Map<number, string>();
  private readonly prevMmapped = new Map<number, number>();
  private readonly prevPools = new Map<number, PymallocPool>();
  private readonly poolChange = new Map<number, Change | undefined>();
  private readonly prevLive = new Map<number, string>();
  private readonly curLive = new Map<number, string>();
  private readonly prevPads = new Map<number, string>();
  private readonly curPads = new Map<number, string>();

  constructor(current: HeapSnapshot, previous: HeapSnapshot | null | undefined) {
    this.enabled = !!previous;
    if (!previous) return;
    for (const c of previous.glibc.chunks) this.prevChunks.set(c.address, chunkKey(c));
    for (const c of current.glibc.chunks) this.curChunks.set(c.address, chunkKey(c));
    for (const c of previous.glibc.mmapped) this.prevMmapped.set(c.address, c.size);
    for (const a of previous.pymalloc?.arenas ?? []) for (const p of a.pools) this.prevPools.set(p.address, p);
    for (const l of previous.live) this.prevLive.set(l.address, `${l.size}|${l.api}`);
    for (const l of current.live) this.curLive.set(l.address, `${l.size}|${l.api}`);
    for (const d of previous.debug) this.prevPads.set(d.address, `${d.size}|${d.apiId}|${d.leadingOk}|${d.trailingOk}`);
    for (const d of current.debug) this.curPads.set(d.address, `${d.size}|${d.apiId}|${d.leadingOk}|${d.trailingOk}`);
  }

  chunk(address: number): Change | undefined {
    if (!this.enabled) return undefined;
    return cmp(this.prevChunks.get(address), this.curChunks.get(address));
  }

  mmapped(address: number, size: number): Change | undefined {
    if (!this.enabled) return undefined;
    const before = this.prevMmapped.get(address);
    return before === undefined ? 'new' : before === size ? undefined : 'changed';
  }

  pool(p: PymallocPool): Change | undefined {
    if (!this.enabled) return undefined;
    if (this.poolChange.has(p.address)) return this.poolChange.get(p.address);
    const before = this.prevPools.get(p.address);
    const r = before ? (poolKey(before) === poolKey(p) ? undefined : 'changed') : 'new';
    this.poolChange.set(p.address, r);
    return r;
  }

  /** The block at index i of pool p (blocks are listed in address order in both steps). */
  block(p: PymallocPool, i: number): Change | undefined {
    if (!this.enabled) return undefined;
    const pc = this.pool(p);
    if (pc === undefined) return undefined;
    const before = this.prevPools.get(p.address);
    const b = p.blocks[i]!;
    const a = before && before.szidx === p.szidx ? before.blocks[i] : undefined;
    if (!a || a.address !== b.address) return 'new';
    return a.state === b.state && a.freeIndex === b.freeIndex ? undefined : 'changed';
  }

  live(address: number): Change | undefined {
    if (!this.enabled) return undefined;
    return cmp(this.prevLive.get(address), this.curLive.get(address));
  }

  pad(address: number): Change | undefined {
    if (!this.enabled) return undefined;
    return cmp(this.prevPads.get(address), this.curPads.get(address));
  }
}

/** The strongest of several changes ('new' wins over 'changed'). */
export function strongest(...cs: (Change | undefined)[]): Change | undefined {
  let r: Change | undefined;
  for (const c of cs) {
    if (c === 'new') return 'new';
    if (c) r = c;
  }
  return r;
}
