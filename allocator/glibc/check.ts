/*
 * Invariant checkers over the modelled glibc heap, in the spirit of malloc.c's check_* functions
 * (do_check_chunk, do_check_free_chunk, do_check_malloc_state), which release builds compile out.
 * Run by the tests after every operation. Main export: checkHeap(m) -> list of violations.
 * The invariants, as equations over the bytes:
 *   walk:   heapStart + sum(chunk sizes) = top;  top + chunksize(top) = heap end <= brk, page aligned
 *   P bit:  P(next(c)) = 0  <=>  c is in the unsorted/small/large bins;  then prev_size(next(c)) = size(c)
 *   merge:  no two binned chunks are neighbours, and none borders top
 *   lists:  fd(bk(c)) = c = bk(fd(c)) for every binned c;  bin index = bin_index(size);  binmap covers non-empty bins
 *   caches: counts[i] = length(tcache[i]) <= tcache_count;  every tcache chunk carries tcache_key
 *   mmaps:  n_mmaps = #mmapped chunks;  mmapped_mem = sum of their sizes;  system_mem = heap end - sbrk_base
 */

import { SegmentationFault } from '../address-space';
import { largebin_index, get_binmap } from './bins';
import { fastbin_index } from './fastbins';
import { NBINS, type MallocState } from './malloc-state';
import { heapSnapshot, type GlibcChunkSnapshot } from './snapshot';
import { TCACHE_MAX_BINS } from './tcache';

const h = (v: number) => '0x' + v.toString(16);

function isBinned(list: string | null): boolean {
  return list !== null && (list === 'unsorted' || list.startsWith('smallbin') || list.startsWith('largebin'));
}

function listIndex(list: string): number {
  return Number(list.slice(list.indexOf('[') + 1, -1));
}

/** Returns every invariant that does not hold; [] when the heap is sound. */
export function checkHeap(m: MallocState): string[] {
  const out: string[] = [];
  try {
    checkInto(m, out);
  } catch (e) {
    if (!(e instanceof SegmentationFault)) throw e;
    out.push(`checker faulted reading ${h(e.address)}`);
  }
  return out;
}

function checkInto(m: MallocState, out: string[]): void {
  if (!m.__malloc_initialized) return;
  const space = m.space;
  const snap = heapSnapshot(m);
  out.push(...snap.problems);
  const chunks = snap.chunks;
  const byAddress = new Map<number, GlibcChunkSnapshot>();
  for (const c of chunks) byAddress.set(c.address, c);

  // ---- the walk and the P bits -------------------------------------------------------------
  if (snap.heapStart !== null && snap.heapEnd !== null && m.contiguous()) {
    const first = chunks[0];
    if (first && !first.flags.P) out.push(`first chunk ${h(first.address)} has P clear`);
    if (snap.heapEnd > snap.brk) out.push(`heap end ${h(snap.heapEnd)} is above the break ${h(snap.brk)}`);
    if (snap.heapEnd % m.pagesize !== 0) out.push(`heap end ${h(snap.heapEnd)} is not page aligned`);
    if (m.system_mem !== snap.heapEnd - m.mp_.sbrk_base) {
      out.push(`system_mem ${h(m.system_mem)} != heap end - sbrk_base ${h(snap.heapEnd - m.mp_.sbrk_base)}`);
    }
  }
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    const next = chunks[i + 1];
    if (c.flags.A) out.push(`chunk ${h(c.address)} has NON_MAIN_ARENA set`);
    if (c.flags.M) out.push(`heap chunk ${h(c.address)} has IS_MMAPPED set`);
    if (c.state === 'top') {
      if (c.size < 0x20) out.push(`top size ${h(c.size)} < MINSIZE`);
      if (!c.flags.P) out.push(`top ${h(c.address)} has P clear`);
      if (c.size > m.system_mem) out.push(`top size ${h(c.size)} > system_mem`);
      continue;
    }
    if (c.size < 0x20 || c.size % 16 !== 0) out.push(`chunk ${h(c.address)} has bad size ${h(c.size)}`);
    if (!next) continue;
    if (isBinned(c.list)) {
      if (next.flags.P) out.push(`free chunk ${h(c.address)} (${c.list}) but next chunk ${h(next.address)} has P set`);
      const foot = space.readWord(next.address);
      if (foot !== c.size) out.push(`free chunk ${h(c.address)} size ${h(c.size)} != footer ${h(foot)}`);
      if (next.state === 'top') out.push(`free chunk ${h(c.address)} borders top (should have merged)`);
      if (isBinned(next.list)) out.push(`free chunks ${h(c.address)} and ${h(next.address)} are adjacent (not coalesced)`);
    } else if (!next.flags.P) {
      out.push(`chunk ${h(c.address)} (${c.list ?? 'in use'}) but next chunk ${h(next.address)} has P clear`);
    }
    if (c.list !== null) {
      const idx = c.list === 'unsorted' ? 1 : listIndex(c.list);
      if (c.list.startsWith('tcache')) {
        if ((c.size - 0x20) / 16 !== idx) out.push(`tcache[${idx}] holds chunk ${h(c.address)} of size ${h(c.size)}`);
        const key = space.readU64(c.address + 24);
        if (key !== m.tcache_key) out.push(`tcache chunk ${h(c.address)} lost its key (0x${key.toString(16)})`);
      } else if (c.list.startsWith('fastbin')) {
        if (fastbin_index(c.size) !== idx || c.size > m.global_max_fast) {
          out.push(`fastbin[${idx}] holds chunk ${h(c.address)} of size ${h(c.size)}`);
        }
      } else if (c.list.startsWith('smallbin')) {
        if (c.size >>> 4 !== idx || c.size >= 0x400) out.push(`smallbin[${idx}] holds chunk ${h(c.address)} of size ${h(c.size)}`);
      } else if (c.list.startsWith('largebin')) {
        if (c.size < 0x400 || largebin_index(c.size) !== idx) out.push(`largebin[${idx}] holds chunk ${h(c.address)} of size ${h(c.size)}`);
      }
    }
  }

  // ---- list members are heap chunks -------------------------------------------------------
  if (m.contiguous()) {
    for (const [name, members] of Object.entries(snap.lists)) {
      for (const p of members) if (!byAddress.has(p)) out.push(`${name} holds ${h(p)}, which is not a chunk of the heap walk`);
    }
  }

  // ---- tcache counts ------------------------------------------------------------------------
  if (m.tcache !== 0) {
    for (let i = 0; i < TCACHE_MAX_BINS; i++) {
      const n = snap.lists[`tcache[${i}]`]?.length ?? 0;
      const count = snap.tcacheCounts[i]!;
      if (count !== n) out.push(`tcache counts[${i}] = ${count} but the list has ${n} entries`);
      if (count > m.mp_.tcache_count) out.push(`tcache counts[${i}] = ${count} > tcache_count`);
    }
  }

  // ---- fastbins and have_fastchunks --------------------------------------------------------
  const anyFast = Object.keys(snap.lists).some((k) => k.startsWith('fastbin') && snap.lists[k]!.length > 0);
  if (anyFast && !m.have_fastchunks) out.push('a fastbin is non-empty but have_fastchunks is false');

  // ---- doubly linked bins, binmap, large-bin order -----------------------------------------
  for (let i = 1; i < NBINS; i++) {
    const name = i === 1 ? 'unsorted' : i < 64 ? `smallbin[${i}]` : `largebin[${i}]`;
    const members = snap.lists[name] ?? [];
    const bin = m.bin_at(i);
    const ring = [bin, ...members];
    for (let k = 0; k < ring.length; k++) {
      const p = ring[k]!;
      const expectNext = ring[(k + 1) % ring.length]!;
      const expectPrev = ring[(k - 1 + ring.length) % ring.length]!;
      if (space.readWord(p + 16) !== expectNext) out.push(`${name}: fd of ${h(p)} is not ${h(expectNext)}`);
      if (space.readWord(p + 24) !== expectPrev) out.push(`${name}: bk of ${h(p)} is not ${h(expectPrev)}`);
    }
    if (i > 1 && members.length > 0 && !get_binmap(m, i)) out.push(`binmap bit ${i} clear but ${name} is non-empty`);
    if (i >= 64 && members.length > 0) checkLargeBin(m, name, members, out);
  }

  // ---- mmapped chunks ----------------------------------------------------------------------
  let mmappedMem = 0;
  for (const c of snap.mmapped) {
    const lo = space.readU32(c.address + 8) & 7;
    if (lo !== 2) out.push(`mmapped chunk ${h(c.address)} has flags ${lo} (want M only)`);
    if (space.readWord(c.address) !== 0) out.push(`mmapped chunk ${h(c.address)} has prev_size != 0`);
    if (c.size % m.pagesize !== 0 || c.address % m.pagesize !== 0) out.push(`mmapped chunk ${h(c.address)} is not page aligned`);
    for (let a = c.address; a < c.address + c.size; a += m.pagesize) {
      if (!space.isMapped(a)) {
        out.push(`mmapped chunk ${h(c.address)} is not wholly mapped`);
        break;
      }
    }
    mmappedMem += c.size;
  }
  if (snap.mmapped.length !== m.mp_.n_mmaps) out.push(`n_mmaps ${m.mp_.n_mmaps} != ${snap.mmapped.length} mmapped chunks`);
  if (mmappedMem !== m.mp_.mmapped_mem) out.push(`mmapped_mem ${h(m.mp_.mmapped_mem)} != sum of mmapped sizes ${h(mmappedMem)}`);
}

/** Sizes non-increasing along fd; the fd_nextsize ring visits each distinct size once, largest first. */
function checkLargeBin(m: MallocState, name: string, members: number[], out: string[]): void {
  const space = m.space;
  const sizes = members.map((p) => space.readWord(p + 8) - (space.readWord(p + 8) % 8));
  for (let k = 1; k < sizes.length; k++) {
    if (sizes[k]! > sizes[k - 1]!) out.push(`${name} is not sorted: ${h(members[k]!)} is larger than the chunk before it`);
  }
  const distinct = [...new Set(sizes)];
  let p = members[0]!;
  for (let k = 0; k < distinct.length; k++) {
    const size = space.readWord(p + 8) - (space.readWord(p + 8) % 8);
    if (size !== distinct[k]) {
      out.push(`${name}: fd_nextsize ring reaches size ${h(size)} where ${h(distinct[k]!)} was expected`);
      return;
    }
    const nxt = space.readWord(p + 32);
    if (space.readWord(nxt + 40) !== p) out.push(`${name}: bk_nextsize of ${h(nxt)} is not ${h(p)}`);
    p = nxt;
  }
  if (p !== members[0]) out.push(`${name}: fd_nextsize ring does not close`);
}
