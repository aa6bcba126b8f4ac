/*
 * Models CPython 3.11 Objects/obmalloc.c: _PyObject_DebugMallocStats(out) and printone(), the
 * report sys._debugmallocstats() starts with. Main export: debugMallocStats (the text).
 * Reads everything from the simulated arenas, pool headers and statics, as the C code does.
 * SIMPLIFIED: the per-type free-list lines sys._debugmallocstats() prints afterwards
 * ("8 free PyDictObjects * 48 bytes each", from _PyObject_DebugTypeStats) are not modelled.
 */

import type { Obmalloc } from './obmalloc';
import { ao_address, ao_nfreepools, ao_pool_address } from './arena';
import { pool_count, pool_szidx } from './pool';

/** printone(out, msg, value): msg padded to 35 columns, '=', value with commas right-aligned in 21. */
export function printone(msg: string, value: number): string {
  let digits = '';
  let v = value;
  let k = 3;
  do {
    const next = Math.floor(v / 10);
    digits = String(v - next * 10) + digits;
    v = next;
    k -= 1;
    if (k === 0 && v) {
      k = 3;
      digits = ',' + digits;
    }
  } while (v);
  return msg.padEnd(35, ' ') + '=' + digits.padStart(21, ' ') + '\n';
}

/** The text _PyObject_DebugMallocStats(out) writes ('' when pymalloc is not in use). */
export function debugMallocStats(o: Obmalloc): string {
  const m = o.mem;
  const g = o.geometry;
  const numclasses = g.NB_SMALL_SIZE_CLASSES;
  const numpools = new Array<number>(numclasses).fill(0);
  const numblocks = new Array<number>(numclasses).fill(0);
  const numfreeblocks = new Array<number>(numclasses).fill(0);
  let allocated_bytes = 0;
  let available_bytes = 0;
  let numfreepools = 0;
  let arena_alignment = 0;
  let pool_header_bytes = 0;
  let quantization = 0;
  let narenas = 0;
  let out = `Small block threshold = ${g.SMALL_REQUEST_THRESHOLD}, in ${numclasses} size classes.\n`;

  for (const ao of o.arenaObjects()) {
    let base = ao_address(m, ao);
    if (base === 0) continue;
    narenas += 1;
    numfreepools += ao_nfreepools(m, ao);
    if (base % g.POOL_SIZE) {
      arena_alignment += g.POOL_SIZE;
      base = base - (base % g.POOL_SIZE) + g.POOL_SIZE;
    }
    const poolAddress = ao_pool_address(m, ao);
    for (; base < poolAddress; base += g.POOL_SIZE) {
      const count = pool_count(m, base);
      if (count === 0) continue;
      const sz = pool_szidx(m, base);
      if (sz >= numclasses) continue;
      numpools[sz]! += 1;
      numblocks[sz]! += count;
      numfreeblocks[sz]! += g.NUMBLOCKS(sz) - count;
    }
  }

  out += '\n';
  out += 'class   size   num pools   blocks in use  avail blocks\n' + '-----   ----   ---------   -------------  ------------\n';
  for (let i = 0; i < numclasses; i++) {
    const p = numpools[i]!;
    const b = numblocks[i]!;
    const f = numfreeblocks[i]!;
    const size = g.INDEX2SIZE(i);
    if (p === 0) continue;
    out += `${String(i).padStart(5)} ${String(size).padStart(6)} ${String(p).padStart(11)} ${String(b).padStart(15)} ${String(f).padStart(13)}\n`;
    allocated_bytes += b * size;
    available_bytes += f * size;
    pool_header_bytes += p * g.POOL_OVERHEAD;
    quantization += p * ((g.POOL_SIZE - g.POOL_OVERHEAD) % size);
  }
  out += '\n';
  const ntimes = o.counter('ntimes_arena_allocated');
  out += printone('# arenas allocated total', ntimes);
  out += printone('# arenas reclaimed', ntimes - narenas);
  out += printone('# arenas highwater mark', o.counter('narenas_highwater'));
  out += printone('# arenas allocated current', narenas);
  out += printone(`${narenas} arenas * ${g.ARENA_SIZE} bytes/arena`, narenas * g.ARENA_SIZE);
  out += '\n';
  let total = allocated_bytes;
  out += printone('# bytes in allocated blocks', allocated_bytes);
  total += available_bytes;
  out += printone('# bytes in available blocks', available_bytes);
  total += numfreepools * g.POOL_SIZE;
  out += printone(`${numfreepools} unused pools * ${g.POOL_SIZE} bytes`, numfreepools * g.POOL_SIZE);
  total += pool_header_bytes;
  out += printone('# bytes lost to pool headers', pool_header_bytes);
  total += quantization;
  out += printone('# bytes lost to quantization', quantization);
  total += arena_alignment;
  out += printone('# bytes lost to arena alignment', arena_alignment);
  out += printone('Total', total);

  const map = o.arenaMap;
  const midCount = m.u32(o.statics.arena_map_mid_count);
  const botCount = m.u32(o.statics.arena_map_bot_count);
  out += '\narena map counts\n';
  out += printone('# arena map mid nodes', midCount);
  out += printone('# arena map bot nodes', botCount);
  out += '\n';
  const rootBytes = map.MAP_TOP_LENGTH * 8;
  out += printone('# bytes lost to arena map root', rootBytes);
  out += printone('# bytes lost to arena map mid', map.midNodeBytes * midCount);
  out += printone('# bytes lost to arena map bot', map.botNodeBytes * botCount);
  out += printone('Total', rootBytes + map.midNodeBytes * midCount + map.botNodeBytes * botCount);
  return out;
}
