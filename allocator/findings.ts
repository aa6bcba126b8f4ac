/*
 * Bugs a run carried out silently, read off the machine's allocator event log and its invariant
 * checks after the run: a block released by another API family's deallocator, a double free
 * that pymalloc accepted, an address that no allocation returned, a heap whose structures no
 * longer hold. This is what the page says under a run that "worked" although the docs call the
 * code wrong or fatal. Main export: findSilentBugs. Models no upstream code; the explanations
 * state upstream facts (pymalloc serves requests of 1..512 bytes; it has no integrity checks).
 * SIMPLIFIED: stores are not traced, so an overflow into a neighbour is seen only when it breaks
 * an allocator structure (a free-list link, a chunk header) that check() walks.
 */

import type { AllocatorEvent } from './machine';

export type FindingKind = 'family-mismatch' | 'double-free' | 'unknown-pointer' | 'heap-corrupted';

export interface Finding {
  kind: FindingKind;
  /** Source line of the call that did it, when the runtime recorded one. */
  line?: number;
  message: string;
}

type Family = 'malloc' | 'PyMem_Raw' | 'PyMem' | 'PyObject';

interface Block {
  address: number;
  size: number | string;
  fn: string;
  family: Family;
  underlying: string;
  line: number | undefined;
}

const FAMILY_NAME: Record<Family, string> = {
  malloc: 'C library (malloc)',
  PyMem_Raw: 'PyMem_Raw',
  PyMem: 'PyMem',
  PyObject: 'PyObject',
};

function familyOf(fn: string): Family {
  if (fn.startsWith('PyMem_Raw')) return 'PyMem_Raw';
  if (fn.startsWith('PyMem_')) return 'PyMem';
  if (fn.startsWith('PyObject_')) return 'PyObject';
  return 'malloc';
}

interface FnInfo {
  free: boolean;
  realloc: boolean;
  calloc: boolean;
  family: Family;
}
/** What each allocator function is, worked out once per name (the log repeats a few names). */
const fnInfoCache = new Map<string, FnInfo>();
function fnInfo(fn: string): FnInfo {
  let info = fnInfoCache.get(fn);
  if (info === undefined) {
    info = {
      free: fn === 'free' || fn.endsWith('_Free'),
      realloc: fn === 'realloc' || fn.endsWith('_Realloc'),
      calloc: fn === 'calloc' || fn.endsWith('_Calloc'),
      family: familyOf(fn),
    };
    fnInfoCache.set(fn, info);
  }
  return info;
}
const hex = (n: number) => `0x${n.toString(16)}`;
const at = (line: number | undefined) => (line === undefined ? '' : ` at line ${line}`);

function where(b: Block): string {
  switch (b.underlying) {
    case 'pymalloc':
      return 'a pymalloc pool';
    case 'glibc':
      return 'a glibc malloc chunk';
    case 'debug+pymalloc':
      return 'a pymalloc pool, behind the debug hooks\' header';
    case 'debug+glibc':
      return 'a glibc chunk, behind the debug hooks\' header';
    default:
      return `memory from a ${b.underlying} allocator`;
  }
}

function whySilent(block: Block, freeFn: string): string {
  const freeFamily = familyOf(freeFn);
  if (block.underlying === 'glibc' && block.family !== 'malloc' && freeFamily === 'malloc') {
    return `pymalloc serves only requests of 1 to 512 bytes and passed this ${block.size}-byte request to malloc(), so free() received a real malloc chunk. With a request of 512 bytes or less the block would sit in a pymalloc pool and free() would read pool data as a chunk header; under the debug hooks the header before the block makes free() fail.`;
  }
  if (block.underlying === 'glibc' && freeFamily !== 'malloc') {
    return `${freeFn}() hands any address outside pymalloc's arenas to free(), and this block is a malloc chunk, so it was released correctly by accident. Under the debug hooks ${freeFn}() first checks the hook header before the block, which a plain malloc block does not have.`;
  }
  if (block.underlying === 'pymalloc' && freeFamily !== 'malloc') {
    return `in this mode both families are served by pymalloc, so ${freeFn}() could not tell; the debug hooks record the API in the byte before the block and would stop the program here.`;
  }
  return `nothing in ${where(block)} records which family allocated a block in this mode.`;
}

/**
 * Replays the event log of a finished (or stopped) run and lists what went wrong without a
 * crash. `problems` are the machine's invariant violations at the end (machine.check()).
 */
export function findSilentBugs(events: readonly AllocatorEvent[], problems: readonly string[] = []): Finding[] {
  const live = new Map<number, Block>();
  const freed = new Map<number, { block: Block; fn: string; line?: number }>();
  const findings: Finding[] = [];

  const release = (p: number, fn: string, line: number | undefined): void => {
    const block = live.get(p);
    if (block) {
      if (block.family !== familyOf(fn)) {
        findings.push({
          kind: 'family-mismatch',
          line,
          message: `${fn}()${at(line)} released a block that ${block.fn}(${block.size})${at(block.line)} allocated: a ${FAMILY_NAME[block.family]} block given to the ${FAMILY_NAME[familyOf(fn)]} family. It passed silently because ${whySilent(block, fn)}`,
        });
      }
      live.delete(p);
      freed.set(p, { block, fn, line });
      return;
    }
    const before = freed.get(p);
    if (before) {
      const pool = before.block.underlying === 'pymalloc';
      findings.push({
        kind: 'double-free',
        line,
        message: `${fn}(${hex(p)})${at(line)} released a block that ${before.fn}()${at(before.line)} had already released. ${
          pool
            ? 'pymalloc does not check: the block now heads its pool\'s free list twice (its first word points at itself), so the next two allocations of this size class return the same address and two owners will write over each other.'
            : `The allocator accepted it without a check in this mode; the block sits twice on a free list, so two later allocations can receive the same memory.`
        }`,
      });
      return;
    }
    const inside = [...live.values()].find((b) => typeof b.size === 'number' && p > b.address && p < b.address + b.size);
    findings.push({
      kind: 'unknown-pointer',
      line,
      message: `${fn}(${hex(p)})${at(line)} released an address that no allocation of this program returned${
        inside ? ` (it is ${p - inside.address} byte(s) into the block ${inside.fn}()${at(inside.line)} returned)` : ''
      }. The allocator took it for a block of its own without checking, and now hands that memory out again.`,
    });
  };

  for (const e of events) {
    const info = fnInfo(e.fn);
    const p = typeof e.args[0] === 'number' ? e.args[0] : 0;
    if (info.free) {
      if (p !== 0) release(p, e.fn, e.line);
      continue;
    }
    if (info.realloc && p !== 0 && (e.result !== 0 || e.args[1] === 0)) {
      const old = live.get(p);
      if (old && old.family !== info.family) release(p, e.fn, e.line);
      else live.delete(p);
    }
    if (e.result !== null && e.result !== 0) {
      const size = info.realloc ? (e.args[1] ?? 0) : info.calloc ? mul(e.args[0], e.args[1]) : (e.args[0] ?? 0);
      live.set(e.result, { address: e.result, size, fn: e.fn, family: info.family, underlying: e.underlying, line: e.line });
      if (freed.size > 0) freed.delete(e.result);
    }
  }
  if (problems.length > 0) {
    findings.push({
      kind: 'heap-corrupted',
      message: `After the run the allocators' own structures no longer hold: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}. The next allocation that walks them can crash or hand out memory that is in use.`,
    });
  }
  return findings;
}

function mul(a: number | string | undefined, b: number | string | undefined): number | string {
  const x = Number(a ?? 0) * Number(b ?? 0);
  return Number.isSafeInteger(x) ? x : String(BigInt(a ?? 0) * BigInt(b ?? 0));
}
