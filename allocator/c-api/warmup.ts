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

import { PY_INITIALIZE_WARMUP, PY_INITIALIZE_WARMUP_EVENTS } from './py-initialize-warmup';
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

type Calls = WarmupTarget['libc'];

/**
 * Decodes the generated base64 text (its line breaks are not data). atob is native in browsers,
 * workers and Node >= 16: a hand-written decoder runs cold (interpreted) and costs ~10x more.
 */
function decodeBase64(text: string): Uint8Array {
  const bin = atob(text.replace(/\s+/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// The default recording decoded once per page: every (profile, PYTHONMALLOC) template replays it.
let decodedDefault: Uint8Array | null = null;

export function replayWarmup(t: WarmupTarget, data: string = PY_INITIALIZE_WARMUP, events: number = PY_INITIALIZE_WARMUP_EVENTS): WarmupResult {
  let bytes: Uint8Array;
  if (data === PY_INITIALIZE_WARMUP) bytes = decodedDefault ??= decodeBase64(data);
  else bytes = decodeBase64(data);
  let at = 0;
  // Unsigned LEB128 (every number in the stream fits in 2^53).
  const varint = (): number => {
    let v = 0;
    let scale = 1;
    for (;;) {
      const b = bytes[at++]!;
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 128;
    }
  };
  // Op byte = call + 4 * target (see gen.mjs). The domain tables are asked for once: their
  // functions dispatch through the current allocators on every call anyway.
  const targets: Calls[] = [t.libc, t.domain('r'), t.domain('m'), t.domain('o')];
  const addresses = new Float64Array(events + 2);
  const sizes = new Float64Array(events + 2);
  const liveSet = new Uint8Array(events + 2);
  let nextId = 1;
  for (let e = 0; e < events; e++) {
    if (at >= bytes.length) throw new Error(`py-initialize-warmup: data ends after ${e} of ${events} calls`);
    const op = bytes[at++]!;
    const target = targets[op >> 2];
    if (target === undefined) throw new Error(`py-initialize-warmup: bad op ${op} at byte ${at - 1}`);
    let addr: number;
    let size: number;
    switch (op & 3) {
      case 0:
        size = varint();
        addr = target.malloc(size);
        break;
      case 1: {
        const nmemb = varint();
        const n = varint();
        size = nmemb * n;
        addr = target.calloc(nmemb, n);
        break;
      }
      case 2: {
        const delta = varint();
        const id = delta ? nextId - delta : 0;
        size = varint();
        addr = target.realloc(id ? addresses[id]! : 0, size);
        if (id) liveSet[id] = 0;
        break;
      }
      default: {
        const id = nextId - varint();
        target.free(addresses[id]!);
        liveSet[id] = 0;
        continue;
      }
    }
    addresses[nextId] = addr;
    sizes[nextId] = size;
    liveSet[nextId] = addr !== 0 ? 1 : 0;
    nextId++;
  }
  if (t.applyWords) {
    while (at < bytes.length) {
      const id = varint();
      const kind = bytes[at++];
      let value: bigint | null;
      if (kind === 0) {
        const tid = varint();
        const off = varint();
        value = addresses[tid] ? BigInt(addresses[tid]! + off) : null;
      } else if (kind === 1) {
        value = BigInt(DATA_BASE + (Math.floor(varint() / 8) * 8) % DATA_SIZE);
      } else if (kind === 2) {
        const low = varint();
        const high = varint();
        value = high < 2 ** 21 ? BigInt(high * 2 ** 32 + low) : (BigInt(high) << 32n) | BigInt(low);
      } else {
        throw new Error(`py-initialize-warmup: bad word kind ${kind} at byte ${at - 1}`);
      }
      const blockAt = addresses[id]!;
      if (!blockAt || value === null) continue;
      const bsize = Math.ceil(sizes[id]! / 16) * 16;
      t.writeWord(blockAt + bsize - 8, value);
    }
  }
  let live = 0;
  for (let i = 1; i < nextId; i++) live += liveSet[i]!;
  return { calls: events, addresses, live };
}
