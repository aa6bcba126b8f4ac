/*
 * Replays the allocator calls real Py_Initialize() makes (py-initialize-warmup.ts, recorded by
 * scripts/py-initialize-warmup/record.sh) so that after the model's Py_Initialize glibc's tcache
 * and bins and pymalloc's pools are as full as in a real embedded 3.11.7 process.
 * Main export: replayWarmup. glibc-level calls go to the C library directly; domain-level calls
 * go through the current domains (so under PYTHONMALLOC=debug they get debug headers, and under
 * malloc they land in glibc). Afterwards the recorded last word of each pymalloc block is
 * written back (translated: pointers into traced blocks are re-based onto the model's blocks,
 * pointers into libpython's data onto our data mapping), because free() of the next block reads it.
 * SIMPLIFIED: block contents other than those last words are not reproduced (zero or stale
 * model bytes); the words are applied only when MEM and OBJ are plain pymalloc (not hooked);
 * the recording is from PYTHONMALLOC unset, so other modes replay the same requests.
 */

import { PY_INITIALIZE_WARMUP } from './py-initialize-warmup';
import { DATA_BASE, DATA_SIZE } from './libpython-image';

export interface WarmupTarget {
  libc: {
    malloc(n: number): number;
    calloc(a: number, b: number): number;
    realloc(p: number, n: number): number;
    free(p: number): void;
  };
  domain(d: 'r' | 'm' | 'o'): {
    malloc(n: number): number;
    calloc(a: number, b: number): number;
    realloc(p: number, n: number): number;
    free(p: number): void;
  };
  /** Whether last words may be written (plain pymalloc for MEM/OBJ). */
  applyWords: boolean;
  writeWord(addr: number, value: bigint): void;
}

export interface WarmupResult {
  calls: number;
  /** Model address of every recorded block id (index = id). */
  addresses: Float64Array;
  live: number;
}

export function replayWarmup(t: WarmupTarget, data: string = PY_INITIALIZE_WARMUP): WarmupResult {
  const [evPart, wordPart = ''] = data.split('|');
  const tokens = evPart!.trim().split(' ');
  const addresses = new Float64Array(tokens.length + 2);
  const sizes = new Float64Array(tokens.length + 2);
  const liveSet = new Uint8Array(tokens.length + 2);
  let nextId = 1;
  let calls = 0;
  const p36 = (s: string) => parseInt(s, 36);
  const ref = (s: string) => (s === '-' ? 0 : nextId - p36(s));
  const born = (addr: number, size: number) => {
    addresses[nextId] = addr;
    sizes[nextId] = size;
    liveSet[nextId] = addr !== 0 ? 1 : 0;
    nextId++;
  };
  const die = (id: number) => {
    liveSet[id] = 0;
  };
  for (const tok of tokens) {
    if (tok === '') continue;
    calls++;
    const op = tok[0]!;
    if (op === 'M' || op === 'C' || op === 'R' || op === 'F') {
      const args = tok.slice(1).split(',');
      if (op === 'M') {
        const n = p36(args[0]!);
        born(t.libc.malloc(n), n);
      } else if (op === 'C') {
        const a = p36(args[0]!);
        const b = p36(args[1]!);
        born(t.libc.calloc(a, b), a * b);
      } else if (op === 'R') {
        const id = ref(args[0]!);
        const n = p36(args[1]!);
        const r = t.libc.realloc(id ? addresses[id]! : 0, n);
        if (id) die(id);
        born(r, n);
      } else {
        const id = ref(args[0]!);
        t.libc.free(addresses[id]!);
        die(id);
      }
      continue;
    }
    const dom = t.domain(tok[1] as 'r' | 'm' | 'o');
    const args = tok.slice(2).split(',');
    if (op === 'm') {
      const n = p36(args[0]!);
      born(dom.malloc(n), n);
    } else if (op === 'c') {
      const a = p36(args[0]!);
      const b = p36(args[1]!);
      born(dom.calloc(a, b), a * b);
    } else if (op === 'r') {
      const id = ref(args[0]!);
      const n = p36(args[1]!);
      const r = dom.realloc(id ? addresses[id]! : 0, n);
      if (id) die(id);
      born(r, n);
    } else if (op === 'f') {
      const id = ref(args[0]!);
      dom.free(addresses[id]!);
      die(id);
    } else {
      throw new Error(`py-initialize-warmup: bad token ${tok}`);
    }
  }
  if (t.applyWords) {
    for (const w of wordPart.trim().split(' ')) {
      if (w === '') continue;
      const colon = w.indexOf(':');
      const id = p36(w.slice(1, colon));
      const kind = w[colon + 1];
      const rest = w.slice(colon + 2);
      const at = addresses[id]!;
      if (!at) continue;
      const bsize = Math.ceil(sizes[id]! / 16) * 16;
      let value: bigint;
      if (kind === 'b') {
        const [tid, off] = rest.split('+').map(p36) as [number, number];
        if (!addresses[tid]) continue;
        value = BigInt(addresses[tid]! + off);
      } else if (kind === 'l') {
        value = BigInt(DATA_BASE + (Math.floor(p36(rest) / 8) * 8) % DATA_SIZE);
      } else {
        value = [...rest].reduce((acc, ch) => acc * 36n + BigInt(parseInt(ch, 36)), 0n);
      }
      t.writeWord(at + bsize - 8, value);
    }
  }
  let live = 0;
  for (let i = 1; i < nextId; i++) live += liveSet[i]!;
  return { calls, addresses, live };
}
