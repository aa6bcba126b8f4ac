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

import { AddressMap } from './address-map';
import type { AllocatorEvent } from './machine';

/**
 * The event log as rows, read in place (Machine.eventRows): no object per event. Row i is event
 * seq i + 1; arguments are numbers, or decimal strings beyond 2^53, 0 when absent.
 */
export interface EventRows {
  readonly length: number;
  /** A small number naming row i's function (the same number for the same function). */
  fnId(i: number): number;
  /** The function a fnId names. */
  fnName(id: number): string;
  arg(i: number, k: 0 | 1): number | string;
  /** The returned pointer, or null for a void function. */
  result(i: number): number | null;
  line(i: number): number | undefined;
  underlying(i: number): string;
}

/** AllocatorEvent objects seen as rows. */
export function rowsOf(events: readonly AllocatorEvent[]): EventRows {
  const names: string[] = [];
  const ids = new Map<string, number>();
  return {
    length: events.length,
    fnId: (i) => {
      const fn = events[i]!.fn;
      let id = ids.get(fn);
      if (id === undefined) {
        ids.set(fn, (id = names.length));
        names.push(fn);
      }
      return id;
    },
    fnName: (id) => names[id]!,
    arg: (i, k) => events[i]!.args[k] ?? 0,
    result: (i) => events[i]!.result,
    line: (i) => events[i]!.line,
    underlying: (i) => events[i]!.underlying,
  };
}

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
 * Blocks are kept as the row that allocated them (and, once released, the row that released
 * them), so a long log costs map updates, not objects.
 */
export function findSilentBugs(events: readonly AllocatorEvent[] | EventRows, problems: readonly string[] = []): Finding[] {
  const rows = Array.isArray(events) ? rowsOf(events) : (events as EventRows);
  /** Address -> the row that allocated the block now there. */
  const live = new AddressMap();
  /** Address -> the row that allocated it and the row that released it (until reused). */
  const freedAlloc = new AddressMap();
  const freedBy = new AddressMap();
  const findings: Finding[] = [];
  /** fnInfo by fnId, filled as ids are met. */
  const infoById: FnInfo[] = [];
  const infoOf = (row: number): FnInfo => {
    const id = rows.fnId(row);
    return (infoById[id] ??= fnInfo(rows.fnName(id)));
  };
  const fnOf = (row: number): string => rows.fnName(rows.fnId(row));
  const block = (row: number): Block => {
    const fn = fnOf(row);
    const info = fnInfo(fn);
    const size = info.realloc ? rows.arg(row, 1) : info.calloc ? mul(rows.arg(row, 0), rows.arg(row, 1)) : rows.arg(row, 0);
    return { address: rows.result(row) ?? 0, size, fn, family: info.family, underlying: rows.underlying(row), line: rows.line(row) };
  };

  const release = (p: number, fn: string, line: number | undefined, row: number): void => {
    const allocRow = live.get(p);
    if (allocRow !== undefined) {
      const family = fnInfo(fn).family;
      if (infoOf(allocRow).family !== family) {
        const b = block(allocRow);
        findings.push({
          kind: 'family-mismatch',
          line,
          message: `${fn}()${at(line)} released a block that ${b.fn}(${b.size})${at(b.line)} allocated: a ${FAMILY_NAME[b.family]} block given to the ${FAMILY_NAME[family]} family. It passed silently because ${whySilent(b, fn)}`,
        });
      }
      live.delete(p);
      freedAlloc.set(p, allocRow);
      freedBy.set(p, row);
      return;
    }
    const beforeRow = freedBy.get(p);
    if (beforeRow !== undefined) {
      const pool = rows.underlying(freedAlloc.get(p)!) === 'pymalloc';
      const beforeLine = rows.line(beforeRow);
      findings.push({
        kind: 'double-free',
        line,
        message: `${fn}(${hex(p)})${at(line)} released a block that ${fnOf(beforeRow)}()${at(beforeLine)} had already released. ${
          pool
            ? 'pymalloc does not check: the block now heads its pool\'s free list twice (its first word points at itself), so the next two allocations of this size class return the same address and two owners will write over each other.'
            : `The allocator accepted it without a check in this mode; the block sits twice on a free list, so two later allocations can receive the same memory.`
        }`,
      });
      return;
    }
    let inside: Block | undefined;
    for (const r of live.rows()) {
      const b = block(r);
      if (typeof b.size === 'number' && p > b.address && p < b.address + b.size) {
        inside = b;
        break;
      }
    }
    findings.push({
      kind: 'unknown-pointer',
      line,
      message: `${fn}(${hex(p)})${at(line)} released an address that no allocation of this program returned${
        inside ? ` (it is ${p - inside.address} byte(s) into the block ${inside.fn}()${at(inside.line)} returned)` : ''
      }. The allocator took it for a block of its own without checking, and now hands that memory out again.`,
    });
  };

  const n = rows.length;
  for (let i = 0; i < n; i++) {
    const info = infoOf(i);
    const a0 = rows.arg(i, 0);
    const p = typeof a0 === 'number' ? a0 : 0;
    if (info.free) {
      if (p !== 0) release(p, fnOf(i), rows.line(i), i);
      continue;
    }
    const result = rows.result(i);
    if (info.realloc && p !== 0 && (result !== 0 || rows.arg(i, 1) === 0)) {
      const old = live.get(p);
      if (old !== undefined && infoOf(old).family !== info.family) release(p, fnOf(i), rows.line(i), i);
      else live.delete(p);
    }
    if (result !== null && result !== 0) {
      live.set(result, i);
      if (freedBy.size > 0) {
        freedBy.delete(result);
        freedAlloc.delete(result);
      }
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
