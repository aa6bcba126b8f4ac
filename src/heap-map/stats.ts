/*
 * The table sys._debugmallocstats() opens with, for the stats toggle. When the step carries the
 * machine's own text (Machine.debugMallocStats(), i.e. _PyObject_DebugMallocStats) that text is
 * shown as is; otherwise the per-class rows are summed from the snapshot's pools the way
 * _PyObject_DebugMallocStats sums them (numpools, numblocks = count, numfreeblocks = NUMBLOCKS - count).
 * Main export: mallocStats(snapshot) -> { text, rows, computed }.
 * Leaves out the arena-map and "bytes lost to" lines when computing (they need the profile).
 */

import type { HeapSnapshot } from './input';
import { commas } from './layout';

export interface ClassRow {
  szidx: number;
  size: number;
  pools: number;
  inUse: number;
  avail: number;
}

export interface MallocStats {
  /** Text to show (the machine's, or the computed table). */
  text: string;
  rows: ClassRow[];
  /** True when the text was computed here rather than taken from the machine. */
  computed: boolean;
}

export function mallocStats(s: HeapSnapshot): MallocStats {
  const byClass = new Map<number, ClassRow>();
  let arenas = 0;
  let pools = 0;
  for (const a of s.pymalloc?.arenas ?? []) {
    arenas++;
    for (const p of a.pools) {
      if (!p.blockSize || p.state === 'empty') continue;
      pools++;
      // SIMPLIFIED: without a block list, the first block is taken to sit at POOL_OVERHEAD (48, 3.11 64-bit).
      const first = p.blocks[0]?.address ?? p.address + 48;
      const numblocks = Math.floor((p.address + p.maxnextoffset + p.blockSize - first) / p.blockSize);
      let row = byClass.get(p.szidx);
      if (!row) byClass.set(p.szidx, (row = { szidx: p.szidx, size: p.blockSize, pools: 0, inUse: 0, avail: 0 }));
      row.pools++;
      row.inUse += p.count;
      row.avail += numblocks - p.count;
    }
  }
  const rows = [...byClass.values()].sort((a, b) => a.szidx - b.szidx);
  if (s.debugMallocStats) return { text: s.debugMallocStats, rows, computed: false };
  const out: string[] = [];
  out.push('class   size   num pools   blocks in use  avail blocks');
  out.push('-----   ----   ---------   -------------  ------------');
  for (const r of rows) {
    out.push(`${String(r.szidx).padStart(5)}   ${String(r.size).padStart(4)}   ${String(r.pools).padStart(9)}   ${String(r.inUse).padStart(13)}  ${String(r.avail).padStart(12)}`);
  }
  out.push('');
  const line = (msg: string, v: number) => msg.padEnd(35) + '=' + commas(v).padStart(21);
  out.push(line('# arenas allocated current', arenas));
  out.push(line('# pools in use', pools));
  out.push(line('# blocks in use', rows.reduce((n, r) => n + r.inUse, 0)));
  out.push(line('bytes in allocated blocks', rows.reduce((n, r) => n + r.inUse * r.size, 0)));
  out.push(line('bytes in available blocks', rows.reduce((n, r) => n + r.avail * r.size, 0)));
  return { text: out.join('\n') + '\n', rows, computed: true };
}
