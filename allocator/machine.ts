/*
 * The simulated machine a C sample runs against: one x86-64 Linux process with glibc 2.36 malloc,
 * libpython 3.11 (pymalloc, the debug hooks, the PyMem/PyObject API, a sliver of the object
 * layer) and the PYTHONMALLOC setting it was started with. Main export: Machine.
 * Every C-callable entry point is a NativeFunction in `functions`, defined by its C name. The
 * allocator functions all go through callAllocator (which the C runtime's call sites also use
 * directly, without an argument array): it records each call in a columnar EventLog (the
 * AllocatorEvent objects and the live blocks are derived from it when read), pauses the run at
 * stopAfterEvent, and keeps the call during which the process ended (failedCall). snapshot() and check() read everything back
 * from simulated memory. Same options, same calls: same bytes, same output.
 */

import { warmStartPyInitialize } from './warm-start';
import type { EventRows } from './findings';
import { AddressSpace, LINUX_X86_64_LAYOUT, SegmentationFault } from './address-space';
import { Process, ProcessEnd } from './process';
import { type Profile, getProfile } from './profile';
import { type CArg, FunctionTable, toSize } from './native-function';
import { GlibcMalloc, type GlibcHeapSnapshot } from './glibc/glibc-malloc';
import { LIBC_DATA_LENGTH, LIBC_DATA_NAME, LIBC_DATA_START } from './glibc/malloc-state';
import { Obmalloc } from './pymalloc/obmalloc';
import { layoutObmallocStatics } from './pymalloc/arena';
import { checkPymalloc } from './pymalloc/check';
import { pymallocSnapshot, type PymallocSnapshot } from './pymalloc/snapshot';
import { debugMallocStats } from './pymalloc/debug-malloc-stats';
import { DebugHooks } from './debug-hooks/debug-alloc';
import { readDebugPads, type DebugPads } from './debug-hooks/layout';
import { LibpythonImage, TEXT_BASE, TEXT_SIZE } from './c-api/libpython-image';
import { PYMEM_DOMAIN_MEM, PYMEM_DOMAIN_OBJ, PYMEM_DOMAIN_RAW } from './c-api/allocator-table';
import { PyMemDomains } from './c-api/domains';
import { FatalError } from './c-api/fatal-error';
import { Lifecycle } from './c-api/lifecycle';
import { ObjectModel } from './c-api/object';
import { ErrorState } from './c-api/errors';
import { BytesModel } from './c-api/bytes';

export type PythonMallocMode = 'default' | 'malloc' | 'pymalloc' | 'debug' | 'malloc_debug' | 'pymalloc_debug';

export type AllocatorFamily = 'malloc' | 'PyMem_Raw' | 'PyMem' | 'PyObject';
export type EventDomain = 'libc' | 'raw' | 'mem' | 'obj';

/** One allocator-level call made through the function table. */
export interface AllocatorEvent {
  seq: number;
  fn: string;
  /** Arguments as numbers (pointers, sizes); sizes beyond 2^53 as decimal strings. */
  args: (number | string)[];
  /** Returned pointer (0 = NULL), or null for void functions. */
  result: number | null;
  domain: EventDomain;
  /** Where the block lives / came from: 'glibc', 'pymalloc', 'debug+pymalloc', 'debug+glibc', 'custom'. */
  underlying: string;
  line?: number;
}

export interface LiveBlock {
  address: number;
  family: AllocatorFamily;
  fn: string;
  /** Requested size (decimal string when beyond 2^53). */
  size: number | string;
  seq: number;
  /** The debug decorations around the block when its domain was hooked at allocation time. */
  debugPads?: DebugPads | null;
}

export interface HeapSnapshot {
  mode: string | null;
  runtimeState: string;
  glibc: GlibcHeapSnapshot;
  pymalloc: PymallocSnapshot;
  blocks: LiveBlock[];
}

export interface MachineOptions {
  profile?: Profile;
  /** The raw PYTHONMALLOC environment value; null/undefined = unset. */
  pythonmalloc?: string | null;
  memoryCap?: number;
  /** Replay the recorded Py_Initialize allocations (default true). Tests may turn it off. */
  warmup?: boolean;
  /** Copy a cached Py_Initialize into a pristine process instead of replaying it (default true; see warm-start.ts). */
  warmStart?: boolean;
  /**
   * Run pymalloc's common cases as WebAssembly over the mmap window where the host has it
   * (default true; pymalloc/wasm-fast-paths.ts); false keeps them in JavaScript. Same bytes,
   * same outcomes either way: the tests compare the two.
   */
  wasm?: boolean;
}

const DOMAIN_OF: Record<string, EventDomain> = {};
const FAMILY_OF: Record<string, AllocatorFamily> = {};
for (const [prefix, domain, family] of [
  ['PyMem_Raw', 'raw', 'PyMem_Raw'],
  ['PyMem_', 'mem', 'PyMem'],
  ['PyObject_', 'obj', 'PyObject'],
] as const) {
  for (const op of ['Malloc', 'Calloc', 'Realloc', 'Free']) {
    DOMAIN_OF[prefix + op] = domain;
    FAMILY_OF[prefix + op] = family;
  }
}
for (const op of ['malloc', 'calloc', 'realloc', 'free']) {
  DOMAIN_OF[op] = 'libc';
  FAMILY_OF[op] = 'malloc';
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const argOut = (v: CArg | undefined): number | string => {
  if (v === undefined) return 0;
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
  const s = toSize(v);
  return s <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(s) : s.toString();
};

/** The recorded functions, by log id. */
const FN_NAMES = Object.keys(DOMAIN_OF);
const FN_ID: Record<string, number> = Object.fromEntries(FN_NAMES.map((n, i) => [n, i]));
const DOMAIN_BY_ID: EventDomain[] = FN_NAMES.map((n) => DOMAIN_OF[n]!);
const DNUM_OF: Record<EventDomain, number> = { libc: -1, raw: PYMEM_DOMAIN_RAW, mem: PYMEM_DOMAIN_MEM, obj: PYMEM_DOMAIN_OBJ };
/** The PYMEM_DOMAIN_* of each log id, -1 for libc (Machine.underlying). */
const DNUM_BY_ID: number[] = DOMAIN_BY_ID.map((d) => DNUM_OF[d]);
const ID_PyMem_RawMalloc = FN_ID.PyMem_RawMalloc!;
const ID_PyMem_RawCalloc = FN_ID.PyMem_RawCalloc!;
const ID_PyMem_RawRealloc = FN_ID.PyMem_RawRealloc!;
const ID_PyMem_RawFree = FN_ID.PyMem_RawFree!;
const ID_PyMem_Malloc = FN_ID.PyMem_Malloc!;
const ID_PyMem_Calloc = FN_ID.PyMem_Calloc!;
const ID_PyMem_Realloc = FN_ID.PyMem_Realloc!;
const ID_PyMem_Free = FN_ID.PyMem_Free!;
const ID_PyObject_Malloc = FN_ID.PyObject_Malloc!;
const ID_PyObject_Calloc = FN_ID.PyObject_Calloc!;
const ID_PyObject_Realloc = FN_ID.PyObject_Realloc!;
const ID_PyObject_Free = FN_ID.PyObject_Free!;
const ID_malloc = FN_ID.malloc!;
const ID_calloc = FN_ID.calloc!;
const ID_realloc = FN_ID.realloc!;
const ID_free = FN_ID.free!;
/** Log ids of `underlying`: DEBUG_BIT | where. */
const WHERE_GLIBC = 0;
const WHERE_PYMALLOC = 1;
const WHERE_CUSTOM = 2;
const DEBUG_BIT = 4;
/** EventLog meta: the row's arguments are kept in `odd`. */
const ODD = 1 << 12;
/** EventLog: numbers per row, rows per chunk. */
const ROW_WORDS = 4;
/** A row's first word holds meta (below 2^15) + (line + 1) * LINE_UNIT. */
const LINE_UNIT = 1 << 15;
const CHUNK_SHIFT = 14;
const CHUNK_ROWS = 1 << CHUNK_SHIFT;
const CHUNK_MASK = CHUNK_ROWS - 1;
const UNDERLYING_NAMES = ['glibc', 'pymalloc', 'custom', '', 'debug+glibc', 'debug+pymalloc', 'debug+custom'];
const enum Kind {
  Alloc,
  Calloc,
  Realloc,
  Free,
}
const KIND_OF: Kind[] = FN_NAMES.map((n) => (/free$/i.test(n) ? Kind.Free : /realloc$/i.test(n) ? Kind.Realloc : /calloc$/i.test(n) ? Kind.Calloc : Kind.Alloc));
/** How many arguments each allocator function takes. */
const ARGC_OF: number[] = KIND_OF.map((k) => (k === Kind.Calloc || k === Kind.Realloc ? 2 : 1));

/** Thrown out of an allocator call to pause the run once Machine.stopAfterEvent events are recorded. */
export class StopAtEvent extends Error {
  constructor(readonly at: number) {
    super(`stopped after allocator event ${at}`);
    this.name = 'StopAtEvent';
  }
}

/** An allocator call that ended the process before the machine recorded it (the failing check's call). */
export interface FailedCall {
  fn: string;
  args: (number | string)[];
  line: number | null;
}

/**
 * The allocator event log as columns: one row per recorded call, 2 + 6 words, no objects. Row i
 * is event seq i + 1. Arguments that are not sizes/pointers below 2^53 (or more than two of them)
 * keep their argOut form in `odd`. AllocatorEvent objects are made from rows when read.
 */
class EventLog {
  length = 0;
  /**
   * The rows, ROW_WORDS numbers each, in chunks of CHUNK_ROWS rows: a long log grows by a chunk
   * at a time and is never copied. Per row: meta (fn id | underlying id << 8 | ODD | argument
   * count << 13) + (line + 1) * LINE_UNIT (line 0 = none), arg0, arg1, result (NaN = null: a
   * void function).
   */
  readonly chunks: Float64Array[] = [];
  /** The chunk being filled and the next row's index in it (CHUNK_ROWS = full). */
  private current = new Float64Array(0);
  private used = CHUNK_ROWS;
  readonly odd = new Map<number, (number | string)[]>();

  /**
   * One row from a call's own argument words (n of them, 0..2): no array. An argument that is
   * not a size/pointer below 2^53 keeps its argOut form in `odd`.
   */
  push(fnId: number, n: number, a: CArg, b: CArg, result: number, underlying: number, line: number | undefined): void {
    if (this.used === CHUNK_ROWS) this.addChunk();
    const c = this.current;
    const o = this.used * ROW_WORDS;
    let meta = fnId | (underlying << 8) | (n << 13);
    if (typeof a === 'number' && typeof b === 'number' && a >= 0 && b >= 0 && a <= MAX_SAFE && b <= MAX_SAFE) {
      c[o + 1] = a;
      c[o + 2] = b;
    } else {
      this.odd.set(this.length, (n === 1 ? [a] : [a, b]).map(argOut));
      meta |= ODD;
    }
    c[o] = meta + (line === undefined ? 0 : (line + 1) * LINE_UNIT);
    c[o + 3] = result;
    this.used++;
    this.length++;
  }

  private addChunk(): void {
    this.current = new Float64Array(CHUNK_ROWS * ROW_WORDS);
    this.chunks.push(this.current);
    this.used = 0;
  }

  /** Word w of row i. */
  private word(i: number, w: number): number {
    return this.chunks[i >>> CHUNK_SHIFT]![(i & CHUNK_MASK) * ROW_WORDS + w]!;
  }
  private meta(i: number): number {
    return this.word(i, 0) % LINE_UNIT;
  }

  fnId(i: number): number {
    return this.meta(i) & 0xff;
  }
  underlying(i: number): number {
    return (this.meta(i) >> 8) & 0xf;
  }
  /** The returned pointer; NaN for a void function. */
  result(i: number): number {
    return this.word(i, 3);
  }
  /** The source line; NaN when none was recorded. */
  line(i: number): number {
    const l = Math.floor(this.word(i, 0) / LINE_UNIT);
    return l === 0 ? NaN : l - 1;
  }
  args(i: number): (number | string)[] {
    const meta = this.meta(i);
    if (meta & ODD) return this.odd.get(i)!.slice();
    const n = meta >> 13;
    return n === 0 ? [] : n === 1 ? [this.word(i, 1)] : [this.word(i, 1), this.word(i, 2)];
  }
  /** Argument k as argOut gives it (0 when absent). */
  arg(i: number, k: 0 | 1): number | string {
    if (this.meta(i) & ODD) return this.odd.get(i)![k] ?? 0;
    return this.word(i, 1 + k);
  }

  event(i: number): AllocatorEvent {
    const id = this.fnId(i);
    const r = this.result(i);
    const event: AllocatorEvent = { seq: i + 1, fn: FN_NAMES[id]!, args: this.args(i), result: r === r ? r : null, domain: DOMAIN_BY_ID[id]!, underlying: UNDERLYING_NAMES[this.underlying(i)]! };
    const line = this.line(i);
    if (line === line) event.line = line;
    return event;
  }
}

/** An argument as a FailedCall shows it: a number, or a decimal string beyond 2^53. */
const argNumber = (v: CArg): number | string => {
  if (typeof v === 'number') return v;
  const u = BigInt.asUintN(64, v);
  return u <= BigInt(MAX_SAFE) ? Number(u) : u.toString();
};
const num = (v: CArg | undefined): number => (v === undefined ? 0 : typeof v === 'bigint' ? Number(BigInt.asUintN(64, v)) : v);
const sizeNum = (v: CArg | undefined): number => (typeof v === 'number' && v >= 0 ? v : Number(toSize(v ?? 0)));
const int = (v: CArg | undefined): number => (v === undefined ? 0 : typeof v === 'bigint' ? Number(BigInt.asIntN(64, v)) : v);

export class Machine {
  readonly profile: Profile;
  readonly space: AddressSpace;
  readonly process: Process;
  readonly libc: GlibcMalloc;
  readonly functions: FunctionTable;
  readonly image: LibpythonImage;
  readonly obmalloc: Obmalloc;
  readonly debugHooks: DebugHooks;
  readonly domains: PyMemDomains;
  readonly fatal: FatalError;
  readonly lifecycle: Lifecycle;
  readonly objects: ObjectModel;
  readonly errors: ErrorState;
  readonly bytes: BytesModel;
  readonly pythonmalloc: string | null;
  /** Set by the C runtime before each call so events carry the source line. */
  currentLine: number | undefined = undefined;
  /** Turn off to skip event records and live-block tracking (benchmarks). */
  recordEvents = true;
  /** Called before exit(status) (not abort): the C runtime flushes stdio here, as exit() does. */
  beforeExit: (() => void) | undefined = undefined;
  /** PyMem_SetAllocator or PyMem_SetupDebugHooks was called (the process is no longer pristine). */
  private allocatorsConfigured = false;
  private readonly options: MachineOptions;
  // Private (#) so that warm-start.ts's copy, which walks Object.keys, never sees them.
  readonly #log = new EventLog();
  /** `events` as read so far: rows [0, #shown) of the log made into objects (a caller may clear it). */
  readonly #events: AllocatorEvent[] = [];
  #shown = 0;
  /** Live blocks as of row #liveUpTo of the log: address -> the row that allocated it. */
  readonly #live = new Map<number, number>();
  #liveUpTo = 0;
  /** See stopAfterEvent. */
  #stopAfter = Infinity;
  #failedCall: FailedCall | null = null;

  constructor(options: MachineOptions = {}) {
    this.options = options;
    this.profile = options.profile ?? getProfile()!;
    this.pythonmalloc = options.pythonmalloc ?? null;
    this.space = new AddressSpace(LINUX_X86_64_LAYOUT, options.memoryCap ?? 1 << 30, options.wasm ?? true);
    this.process = new Process();
    // libc's data first, so that no mmap (an arena) can land where glibc expects main_arena.
    this.space.map(LIBC_DATA_START, LIBC_DATA_LENGTH, LIBC_DATA_NAME, 'rw');
    this.image = new LibpythonImage(this.space);
    this.functions = new FunctionTable(TEXT_BASE, TEXT_BASE + TEXT_SIZE);
    this.libc = new GlibcMalloc(this.space, this.process, this.profile.glibc);

    const geometryClasses = this.profile.pymalloc.smallRequestThreshold / this.profile.pymalloc.alignment;
    const statics = layoutObmallocStatics(geometryClasses, this.profile.pymalloc.arenaSize / this.profile.pymalloc.poolSize, (n, s, a) => this.image.place(n, s, a));
    const _PyMem_Debug = this.image.place('_PyMem_Debug', 3 * 48, 32);
    const standard = this.image.place('_PyRuntime.allocators.standard', 3 * 40, 32);

    // Python functions the rest refers to by address (tp_free) must exist before the types.
    this.functions.define('PyObject_Free', (a) => void this.domains.PyObject_Free(num(a[0])));

    let lifecycle: Lifecycle | null = null;
    let errors: ErrorState | null = null;
    this.fatal = new FatalError({
      process: this.process,
      withFunction: this.profile.debugHooks.fatalErrorWithFunction,
      runtimeState: () => lifecycle?.state ?? 'unknown',
      hasInterpreter: () => lifecycle?.initialized ?? false,
      holdsGil: () => lifecycle?.initialized ?? false,
      printPendingException: () => errors?.printPendingForFatal() ?? false,
      beforeExit: () => this.beforeExit?.(),
    });
    this.debugHooks = new DebugHooks(this.space, this.process, this.profile, _PyMem_Debug, this.fatal, () => lifecycle?.gilHeld() ?? true);
    this.domains = new PyMemDomains(this.space, this.process, this.profile, this.functions, this.libc, this.debugHooks, standard);
    this.obmalloc = new Obmalloc(
      this.space,
      this.profile.pymalloc,
      statics,
      {
        PyMem_RawMalloc: (n) => this.domains.PyMem_RawMalloc(n),
        PyMem_RawCalloc: (a, b) => this.domains.PyMem_RawCalloc(a, b),
        PyMem_RawRealloc: (p, n) => this.domains.PyMem_RawRealloc(p, n),
        PyMem_RawFree: (p) => this.domains.PyMem_RawFree(p),
      },
      {
        alloc: (size) => this.space.mmap(size, '[anon: pymalloc arena]') ?? 0,
        free: (p, size) => void this.space.munmap(p, size),
      },
    );
    this.domains.attachObmalloc(this.obmalloc);

    const warmupOn = options.warmup ?? true;
    lifecycle = this.lifecycle = new Lifecycle(
      this.domains,
      this.fatal,
      this.pythonmalloc,
      warmupOn
        ? () => ({
            libc: this.libc,
            domain: (d) => {
              const D = this.domains;
              if (d === 'r') return { malloc: (n) => D.PyMem_RawMalloc(n), calloc: (a, b) => D.PyMem_RawCalloc(a, b), realloc: (p, n) => D.PyMem_RawRealloc(p, n), free: (p) => D.PyMem_RawFree(p) };
              if (d === 'm') return { malloc: (n) => D.PyMem_Malloc(n), calloc: (a, b) => D.PyMem_Calloc(a, b), realloc: (p, n) => D.PyMem_Realloc(p, n), free: (p) => D.PyMem_Free(p) };
              return { malloc: (n) => D.PyObject_Malloc(n), calloc: (a, b) => D.PyObject_Calloc(a, b), realloc: (p, n) => D.PyObject_Realloc(p, n), free: (p) => D.PyObject_Free(p) };
            },
            applyWords: this.domains._PyMem_GetCurrentAllocatorName() === 'pymalloc',
            writeWord: (addr, value) => this.space.writeU64(addr, value),
          })
        : null,
    );
    this.objects = new ObjectModel(this.space, this.process, this.functions, this.image, {
      PyObject_Malloc: (n) => this.domains.PyObject_Malloc(n),
      PyObject_Free: (p) => this.domains.PyObject_Free(p),
      PyErr_NoMemory: () => this.errors.PyErr_NoMemory(),
    });
    errors = this.errors = new ErrorState(this.space, this.process, this.image, this.objects, () => lifecycle!.initialized);
    this.bytes = new BytesModel(this.space, this.functions, this.image, this.objects, this.errors, { PyObject_Malloc: (n) => this.domains.PyObject_Malloc(n) }, this.profile.python.ssizeTMax);
    this.defineFunctions();
  }

  // ---- the function table ----------------------------------------------------------------------

  /** Allocator-level calls made through the function table, oldest first (made from the log on read). */
  get events(): AllocatorEvent[] {
    const log = this.#log;
    for (let i = this.#shown; i < log.length; i++) this.#events.push(log.event(i));
    this.#shown = log.length;
    return this.#events;
  }

  /** The event log as rows read in place (findings.ts), without making event objects. */
  eventRows(): EventRows {
    const log = this.#log;
    return {
      get length() {
        return log.length;
      },
      fnId: (i) => log.fnId(i),
      fnName: (id) => FN_NAMES[id]!,
      arg: (i, k) => log.arg(i, k),
      result: (i) => {
        const r = log.result(i);
        return r === r ? r : null;
      },
      line: (i) => {
        const l = log.line(i);
        return l === l ? l : undefined;
      },
      underlying: (i) => UNDERLYING_NAMES[log.underlying(i)]!,
    };
  }

  /** How many allocator events have been recorded (without making them into objects). */
  get eventCount(): number {
    return this.#log.length;
  }

  /**
   * Where a block of a domain lives: pymalloc or glibc, under the debug hooks or not (an
   * UNDERLYING_NAMES id). `dnum` is the PYMEM_DOMAIN_*, or -1 for libc.
   */
  private underlying(dnum: number, p: number): number {
    if (dnum < 0) return WHERE_GLIBC;
    const D = this.domains;
    const t = dnum === PYMEM_DOMAIN_RAW ? D.raw : dnum === PYMEM_DOMAIN_MEM ? D.mem : D.obj;
    const tm = t.malloc;
    const pym = D.PYMALLOC_ALLOC.malloc;
    const sys = D.MALLOC_ALLOC.malloc;
    // The common case first: no hooks, a default allocator.
    if (tm === pym) return p !== 0 && this.obmalloc.address_in_range(p) ? WHERE_PYMALLOC : WHERE_GLIBC;
    if (tm === sys) return p !== 0 && this.obmalloc.address_in_range(p) ? WHERE_PYMALLOC : WHERE_GLIBC;
    const hooked = tm === D.PYDBGRAW_ALLOC.malloc || tm === D.PYDBGMEM_ALLOC.malloc;
    const base = hooked ? (dnum === PYMEM_DOMAIN_RAW ? this.debugHooks.raw : dnum === PYMEM_DOMAIN_MEM ? this.debugHooks.mem : this.debugHooks.obj).alloc : t;
    let where: number;
    if (base && (base.malloc === pym || base.malloc === sys)) {
      where = p !== 0 && this.obmalloc.address_in_range(hooked ? p - 16 : p) ? WHERE_PYMALLOC : WHERE_GLIBC;
    } else where = WHERE_CUSTOM;
    return hooked ? DEBUG_BIT | where : where;
  }

  /**
   * Brings #live up to the end of the log: what trackAlloc did per call before the log was
   * columnar. An allocation sets its address (a failed realloc with a non-zero size changes
   * nothing), a realloc first drops the old address, a free drops its argument.
   */
  #syncLive(): void {
    const log = this.#log;
    const live = this.#live;
    for (let i = this.#liveUpTo; i < log.length; i++) {
      const kind = KIND_OF[log.fnId(i)]!;
      const p0 = log.arg(i, 0);
      if (kind === Kind.Free) {
        if (typeof p0 === 'number') live.delete(p0);
        continue;
      }
      const r = log.result(i);
      if (kind === Kind.Realloc) {
        if (r === 0 && log.arg(i, 1) !== 0) continue;
        if (typeof p0 === 'number' && p0 !== 0) live.delete(p0);
      }
      if (r !== 0) live.set(r, i);
    }
    this.#liveUpTo = log.length;
  }

  /** The LiveBlock the allocation at log row i made. */
  #liveBlock(i: number): LiveBlock {
    const log = this.#log;
    const fnId = log.fnId(i);
    const fn = FN_NAMES[fnId]!;
    const kind = KIND_OF[fnId]!;
    const size =
      kind === Kind.Calloc ? argOut(BigInt(log.arg(i, 0)) * BigInt(log.arg(i, 1))) : kind === Kind.Realloc ? log.arg(i, 1) : log.arg(i, 0);
    const block: LiveBlock = { address: log.result(i), family: FAMILY_OF[fn]!, fn, size, seq: i + 1 };
    if (log.underlying(i) & DEBUG_BIT) block.debugPads = null;
    return block;
  }

  // ---- allocator calls ---------------------------------------------------------------------------

  /** The id callAllocator takes for an allocator function (malloc, PyMem_Free, ...), or undefined. */
  allocatorId(name: string): number | undefined {
    return Object.hasOwn(FN_ID, name) ? FN_ID[name] : undefined;
  }

  /** How many arguments allocator function `id` takes: 2 for calloc and realloc, else 1. */
  allocatorArgc(id: number): number {
    return ARGC_OF[id]!;
  }

  /** Whether allocator function `id` frees (free, PyMem_RawFree, PyMem_Free, PyObject_Free). */
  allocatorFrees(id: number): boolean {
    return KIND_OF[id] === Kind.Free;
  }

  /**
   * Pause the run once `n` events are recorded: a call made when there are already n throws
   * StopAtEvent before it runs (n = 0: before the first), and the call that records the nth
   * throws it after. Infinity (the default) never pauses.
   */
  set stopAfterEvent(n: number) {
    this.#stopAfter = n;
  }
  get stopAfterEvent(): number {
    return this.#stopAfter;
  }

  /** The allocator call during which the process ended (no event is recorded for it), if any. */
  get failedCall(): FailedCall | null {
    return this.#failedCall;
  }

  /**
   * Calls allocator function `id` (allocatorId) with its argument words: a, and b for calloc and
   * realloc. Both the function table (C calling by name or through a pointer) and the C runtime's
   * direct call sites come here. Records the event and returns the pointer (0 from the free
   * functions). A fault inside the allocator after it noted its evidence (glibc's heap_for_ptr
   * reading unmapped memory) ends the process with SIGSEGV here, as Machine.call does; the call
   * during which the process ended is kept as failedCall.
   * With no event log and no stop point (`pymem run`) the call is made as is, in a body small
   * enough for V8 to inline into a compiled C loop together with the allocator's fast path;
   * callFree and callMalloc are the same for one kind of function each, so that a C call site
   * of free() and one of malloc() do not share (and split) one function's type feedback.
   */
  callAllocator(id: number, a: CArg, b: CArg): number {
    if (this.#recording()) return this.#callRecorded(id, a, b);
    const before = this.process.evidenceNotes;
    try {
      if (KIND_OF[id] !== Kind.Free) return this.#allocate(id, a, b);
      this.#free(id, num(a));
      return 0;
    } catch (e) {
      return this.#failed(id, a, b, before, e);
    }
  }

  /** callAllocator for a freeing function (allocatorFrees(id)): free(p), PyMem_Free(p), ... */
  callFree(id: number, p: CArg): number {
    if (this.#recording()) return this.#callRecorded(id, p, 0);
    const before = this.process.evidenceNotes;
    try {
      this.#free(id, num(p));
      return 0;
    } catch (e) {
      return this.#failed(id, p, 0, before, e);
    }
  }

  /** callAllocator for an allocating function of one argument: malloc(n), PyObject_Malloc(n), ... */
  callMalloc(id: number, n: CArg): number {
    if (this.#recording()) return this.#callRecorded(id, n, 0);
    const before = this.process.evidenceNotes;
    try {
      return this.#allocateOne(id, n);
    } catch (e) {
      return this.#failed(id, n, 0, before, e);
    }
  }

  /** Whether calls go through #callRecorded: the event log is kept, or a stop point is set. */
  #recording(): boolean {
    return this.recordEvents || this.#stopAfter !== Infinity;
  }

  /** callAllocator with the event log or a stop point: records the call and pauses where asked. */
  #callRecorded(id: number, a: CArg, b: CArg): number {
    const log = this.#log;
    if (log.length >= this.#stopAfter) throw new StopAtEvent(log.length);
    const before = this.process.evidenceNotes;
    const record = this.recordEvents;
    const kind = KIND_OF[id];
    let r = 0;
    let underlying = 0;
    try {
      if (kind === Kind.Free) {
        const p = num(a);
        // Before the call: a free can release the arena that says where p lived.
        if (record) underlying = this.underlying(DNUM_BY_ID[id]!, p);
        this.#free(id, p);
      } else {
        r = this.#allocate(id, a, b);
        if (record) underlying = this.underlying(DNUM_BY_ID[id]!, r !== 0 ? r : kind === Kind.Realloc ? num(a) : 0);
      }
    } catch (e) {
      return this.#failed(id, a, b, before, e);
    }
    if (record) {
      const n = ARGC_OF[id]!;
      log.push(id, n, a, n === 2 ? b : 0, kind === Kind.Free ? NaN : r, underlying, this.currentLine);
      if (log.length >= this.#stopAfter) throw new StopAtEvent(log.length);
    }
    return r;
  }

  #allocate(id: number, a: CArg, b: CArg): number {
    const D = this.domains;
    switch (id) {
      case ID_PyObject_Calloc:
        return D.PyObject_Calloc(a, b);
      case ID_PyMem_Calloc:
        return D.PyMem_Calloc(a, b);
      case ID_PyMem_RawCalloc:
        return D.PyMem_RawCalloc(a, b);
      case ID_calloc:
        return this.libc.calloc(sizeNum(a), sizeNum(b));
      case ID_PyObject_Realloc:
        return D.PyObject_Realloc(num(a), b);
      case ID_PyMem_Realloc:
        return D.PyMem_Realloc(num(a), b);
      case ID_PyMem_RawRealloc:
        return D.PyMem_RawRealloc(num(a), b);
      case ID_realloc:
        return this.libc.realloc(num(a), sizeNum(b));
      default:
        return this.#allocateOne(id, a);
    }
  }

  /** The allocating functions of one argument (a body of its own: see callMalloc). */
  #allocateOne(id: number, n: CArg): number {
    const D = this.domains;
    switch (id) {
      case ID_PyObject_Malloc:
        return D.PyObject_Malloc(n);
      case ID_PyMem_Malloc:
        return D.PyMem_Malloc(n);
      case ID_malloc:
        return this.libc.malloc(sizeNum(n));
      case ID_PyMem_RawMalloc:
        return D.PyMem_RawMalloc(n);
      default:
        throw new RangeError(`not an allocating function: ${FN_NAMES[id]}`);
    }
  }

  #free(id: number, p: number): void {
    const D = this.domains;
    switch (id) {
      case ID_PyObject_Free:
        return D.PyObject_Free(p);
      case ID_PyMem_Free:
        return D.PyMem_Free(p);
      case ID_free:
        return this.libc.free(p);
      case ID_PyMem_RawFree:
        return D.PyMem_RawFree(p);
      default:
        throw new RangeError(`not a freeing function: ${FN_NAMES[id]}`);
    }
  }

  #failed(id: number, a: CArg, b: CArg, before: number, e: unknown): never {
    if (e instanceof ProcessEnd || e instanceof SegmentationFault) {
      this.#failedCall ??= { fn: FN_NAMES[id]!, args: (ARGC_OF[id] === 2 ? [a, b] : [a]).map(argNumber), line: this.currentLine ?? null };
    }
    if (e instanceof SegmentationFault && this.process.evidenceNotes > before) {
      this.process.kill('SIGSEGV', null, `segmentation fault: ${e.access} at 0x${e.address.toString(16)}`);
    }
    throw e;
  }

  private defineFunctions(): void {
    const F = this.functions;
    const D = this.domains;
    const libc = this.libc;

    for (const fn of FN_NAMES) {
      const id = FN_ID[fn]!;
      if (KIND_OF[id] === Kind.Free) F.define(fn, (a) => void this.callAllocator(id, a[0] ?? 0, 0));
      else F.define(fn, (a) => this.callAllocator(id, a[0] ?? 0, a[1] ?? 0));
    }
    F.define('malloc_usable_size', (a) => libc.malloc_usable_size(num(a[0])));

    F.define('PyMem_GetAllocator', (a) => void D.PyMem_GetAllocator(int(a[0]), num(a[1])));
    F.define('PyMem_SetAllocator', (a) => {
      this.allocatorsConfigured = true;
      D.PyMem_SetAllocator(int(a[0]), num(a[1]));
      return undefined;
    });
    F.define('PyMem_SetupDebugHooks', () => {
      this.allocatorsConfigured = true;
      D.PyMem_SetupDebugHooks();
      return undefined;
    });

    const L = this.lifecycle;
    const initialize = (): undefined => {
      if (L.initialized) return undefined;
      if (this.options.warmStart !== false && (this.options.warmup ?? true) && warmStartPyInitialize(this, (o) => new Machine(o), this.options)) return undefined;
      L.Py_Initialize();
      return undefined;
    };
    F.define('Py_Initialize', initialize);
    F.define('Py_InitializeEx', initialize);
    F.define('Py_Finalize', () => void L.Py_Finalize());
    F.define('Py_FinalizeEx', () => L.Py_FinalizeEx());
    F.define('Py_IsInitialized', () => L.Py_IsInitialized());

    const B = this.bytes;
    F.define('PyBytes_FromString', (a) => B.PyBytes_FromString(num(a[0])));
    F.define('PyBytes_FromStringAndSize', (a) => B.PyBytes_FromStringAndSize(num(a[0]), int(a[1])));
    F.define('PyBytes_AsString', (a) => B.PyBytes_AsString(num(a[0])));
    F.define('PyBytes_Size', (a) => B.PyBytes_Size(num(a[0])));

    const E = this.errors;
    F.define('PyErr_NoMemory', () => E.PyErr_NoMemory());
    F.define('PyErr_Occurred', () => E.PyErr_Occurred());
    F.define('PyErr_Clear', () => void E.PyErr_Clear());
    F.define('PyErr_ExceptionMatches', (a) => E.PyErr_ExceptionMatches(num(a[0])));
    const tstate = this.image.place('_PyRuntime main thread state', 64, 16);
    F.define('PyEval_SaveThread', () => this.lifecycle.PyEval_SaveThread(tstate));
    F.define('PyEval_RestoreThread', () => void this.lifecycle.PyEval_RestoreThread());
    // SIMPLIFIED: PyType_Ready only checks that the type has a size and reports success; it
    // does not inherit slots from object (the model's PyObject_New/Del do not consult them).
    F.define('PyType_Ready', (a) => (num(a[0]) === 0 ? -1 : 0));
    F.define('PyErr_Print', () => void E.PyErr_Print());
    F.define('PyErr_SetNone', (a) => void E.PyErr_SetNone(num(a[0])));
    F.define('PyErr_SetString', (a) => void E.PyErr_SetString(num(a[0]), this.cString(num(a[1]))));

    const O = this.objects;
    F.define('_Py_Dealloc', (a) => void O._Py_Dealloc(num(a[0])));
    F.define('Py_IncRef', (a) => void (num(a[0]) && O.Py_IncRef(num(a[0]))));
    F.define('Py_DecRef', (a) => void (num(a[0]) && O.Py_DecRef(num(a[0]))));
    F.define('PyObject_Init', (a) => O.PyObject_Init(num(a[0]), num(a[1])));
    F.define('PyObject_InitVar', (a) => O.PyObject_InitVar(num(a[0]), num(a[1]), int(a[2])));
    F.define('_PyObject_New', (a) => O._PyObject_New(num(a[0])));
    F.define('_PyObject_NewVar', (a) => O._PyObject_NewVar(num(a[0]), int(a[1])));
    F.define('_Py_FatalErrorFunc', (a) => this.fatal._Py_FatalErrorFunc(this.cString(num(a[0])) || null, num(a[1]) ? this.cString(num(a[1])) : null));
  }

  private cString(p: number): string {
    if (p === 0) return '';
    return String.fromCharCode(...this.space.readCString(p, 1 << 16));
  }

  // ---- queries -----------------------------------------------------------------------------------

  /** Calls a C entry point the way the C runtime does; a SegmentationFault ends the process (SIGSEGV). */
  call(name: string, ...args: CArg[]): CArg | undefined {
    const fn = this.functions.get(name);
    if (!fn) throw new Error(`no such function: ${name}`);
    try {
      return fn.call(args);
    } catch (e) {
      if (e instanceof SegmentationFault) {
        return this.process.kill('SIGSEGV', null, `segmentation fault: ${e.access} at 0x${e.address.toString(16)}`);
      }
      throw e;
    }
  }

  /** No allocator has run yet and none was replaced: Py_Initialize would start from the same state as in any fresh process. */
  allocatorsPristine(): boolean {
    return (
      !this.allocatorsConfigured &&
      !this.lifecycle.initialized &&
      this.lifecycle.state === 'unknown' &&
      !this.libc.state.__malloc_initialized &&
      this.obmalloc.counter('ntimes_arena_allocated') === 0
    );
  }

  /** Address of a static symbol of libpython (PyBytes_Type, PyExc_MemoryError, ...) or of a function. */
  symbol(name: string): number | undefined {
    return this.image.symbol(name) ?? this.functions.get(name)?.address;
  }

  /** The allocator configuration in effect ("pymalloc", "malloc_debug", ...; null = custom). */
  get mode(): string | null {
    return this.domains._PyMem_GetCurrentAllocatorName();
  }

  /** Blocks handed out by the C-callable allocator functions and not yet released. */
  liveBlocks(): LiveBlock[] {
    this.#syncLive();
    const out: LiveBlock[] = [];
    for (const i of this.#live.values()) {
      const b = this.#liveBlock(i);
      if (b.debugPads !== undefined) b.debugPads = readDebugPads(this.space, this.debugHooks.layout, b.address);
      out.push(b);
    }
    return out;
  }

  snapshot(options: { pymallocBlocks?: boolean } = {}): HeapSnapshot {
    return {
      mode: this.mode,
      runtimeState: this.lifecycle.state,
      glibc: this.libc.snapshot(),
      pymalloc: pymallocSnapshot(this.obmalloc, options.pymallocBlocks ?? true),
      blocks: this.liveBlocks(),
    };
  }

  /** The text sys._debugmallocstats() starts with (_PyObject_DebugMallocStats), '' without pymalloc. */
  debugMallocStats(): string {
    return this.domains._PyMem_PymallocEnabled() ? debugMallocStats(this.obmalloc) : '';
  }

  /** Every invariant checker: glibc's heap, pymalloc's pools and arenas, live debug decorations. */
  check(): string[] {
    const out = [...this.libc.check(), ...checkPymalloc(this.obmalloc)];
    for (const b of this.liveBlocks()) {
      if (b.debugPads === undefined) continue;
      const pads = b.debugPads;
      if (!pads) out.push(`${b.fn} block 0x${b.address.toString(16)}: debug header unreadable`);
      else if (!pads.leadingOk || pads.trailingOk === false) out.push(`${b.fn} block 0x${b.address.toString(16)}: debug pad bytes damaged`);
    }
    return out;
  }
}
