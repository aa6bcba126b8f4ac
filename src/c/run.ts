/*
 * Runs C against the machine: compile (compile.ts), link (defined functions registered in the
 * machine's function table, declared ones bound to the machine's, ld-style errors otherwise),
 * lay out the image and stack, emit closures, run main() or the fragment, and report what the
 * process did. Same code in Node, the browser worker and the `pymem` CLI.
 * Main exports: runC (async: loads the parser), runCSync (parser given), RunResult, RunCOptions.
 * Bytes become text as UTF-8, with each byte that is not part of valid UTF-8 written `\xNN`
 * (the golden fixtures' convention).
 * For the heap map: `stopAtEvent` ends the run right after allocator event N, and `heap` returns
 * the machine as the map draws it (RunResult.heap, see heap-step.ts); both replay deterministically.
 */
import { findSilentBugs, type Finding } from '../../allocator/findings';
import type { Parser } from 'web-tree-sitter';
import { Machine, StopAtEvent, type AllocatorEvent, type FailedCall, type HeapSnapshot } from '../../allocator/machine';
import { SegmentationFault } from '../../allocator/address-space';
import type { CArg } from '../../allocator/native-function';
import { ProcessEnd, type Evidence } from '../../allocator/process';
import { getProfile } from '../../allocator/profile';
import { HEADERS } from './include/index';
import { installLibc, Stdio } from './lib/index';
import { compileC } from './compile';
import type { Diagnostic } from './diagnostics';
import { displayLine } from './diagnostics';
import type { FuncSym, Program } from './ir';
import { layoutImage } from './image';
import { Runtime, LimitReached, type Body, type CompiledFunction } from './runtime';
import { ExprEmitter } from './emit-expr';
import { StmtEmitter } from './emit-stmt';
import { fragmentResult } from './python-repr';
import { defaultParserWasm, loadParser, type ParserWasm } from './parser-loader';
import { bytesWanted, captureMemory } from '../heap-map/capture';
import type { MemoryRegion } from '../heap-map/input';

export interface RunCOptions {
  fileName?: string;
  /** The PYTHONMALLOC value; null/undefined/'default' = unset. */
  pythonmalloc?: string | null;
  /** A profile id or bare version ("3.11"). */
  profile?: string;
  /** Code for elided lines, keyed by the elision's text ("...Do some I/O...") or its index. */
  elisions?: Record<string, string>;
  /** Statement/iteration budget (default 200 million). */
  stepLimit?: number;
  /** Bytes the process may map (default: the machine's, 1 GiB). */
  memoryCap?: number;
  /** Called before each statement with its line (for a step-through UI). */
  onStep?: (line: number) => void;
  /** What reads of stdin return (default: empty, as with </dev/null). */
  stdin?: Uint8Array;
  /** Where the parser's wasm files are (default: resolved for Node or the Vite build). */
  parserWasm?: ParserWasm;
  /**
   * Keep the machine's allocator event log (default true): RunResult.events and findings, the
   * heap map's steps and labels and the snapshot's live blocks come from it. The CLI without
   * --json, which shows only what the program wrote, runs without it.
   */
  events?: boolean;
  /**
   * Run pymalloc's common cases as WebAssembly (default true; allocator MachineOptions.wasm).
   * Same bytes, same output either way; only the speed and the memory held differ.
   */
  wasm?: boolean;
  /** Include machine.snapshot() in the result (default true). */
  snapshot?: boolean;
  /** Also return the output as raw bytes (the CLI writes them unchanged). */
  rawOutput?: boolean;
  /** Stop the run right after allocator event N (N = 0: before the first); see RunResult.stoppedAt. */
  stopAtEvent?: number;
  /** Return RunResult.heap: the machine as the heap map draws it, at the end or at stopAtEvent. */
  heap?: boolean;
  /** Return RunResult.timings: milliseconds per phase (a debugging aid; no effect on the outcome). */
  timings?: boolean;
}

export interface RunResult {
  exitStatus: number;
  signal: string | null;
  stdout: string;
  stderr: string;
  output: { fd: 1 | 2; text: string }[];
  /** A fragment's returned object as Python would show it. */
  result?: string;
  diagnostics: Diagnostic[];
  compileFailed: boolean;
  limit?: 'steps' | 'memory';
  evidence?: Evidence | null;
  /** Bugs the run carried out without a crash (allocator/findings.ts); absent for a paused run. */
  findings?: Finding[];
  events?: unknown[];
  snapshot?: unknown;
  /** With options.rawOutput: fd 1/2 writes as the bytes the program wrote. */
  outputBytes?: { fd: 1 | 2; bytes: Uint8Array }[];
  /** Set when options.stopAtEvent ended the run: the number of allocator events it made. */
  stoppedAt?: number;
  /** With options.heap: the heap at the end of the run (or where it stopped). */
  heap?: HeapCapture;
  /** With options.timings: milliseconds per phase (compile, machine, link, run, report). */
  timings?: Record<string, number>;
}

export const DEFAULT_STEP_LIMIT = 200_000_000;
/** mmap requests above this fail with ENOMEM as Linux's overcommit heuristic would; below, the cap is ours. */
const REALISTIC_MAP_LIMIT = 64 * 2 ** 30;

export async function runC(source: string | Uint8Array, options: RunCOptions = {}): Promise<RunResult> {
  const t0 = clock();
  const parser = await loadParser(options.parserWasm ?? (await defaultParserWasm()));
  const waited = clock() - t0;
  const r = runCSync(parser, source, options);
  if (r.timings) r.timings = { parser: waited, ...r.timings };
  return r;
}

/**
 * Gets the first run's fixed costs under way before it needs them: the parser's wasm fetches,
 * then (in a later task, while those are in flight) the Py_Initialize template for this
 * configuration (allocator/warm-start.ts caches it per profile, PYTHONMALLOC and memory cap; a
 * throwaway machine builds it exactly as the run's own Py_Initialize would).
 */
export function prewarmC(options: RunCOptions = {}): Promise<void> {
  const parser = (options.parserWasm ? Promise.resolve(options.parserWasm) : defaultParserWasm()).then(loadParser);
  parser.catch(() => undefined); // the run reports a parser that fails to load
  return new Promise<void>((resolve) => {
    setTimeout(() => {
      try {
        const mode = options.pythonmalloc === 'default' ? null : options.pythonmalloc ?? null;
        const profile = options.profile ? getProfile(options.profile) : undefined;
        if (!options.profile || profile) new Machine({ pythonmalloc: mode, profile, memoryCap: options.memoryCap, wasm: options.wasm }).call('Py_Initialize');
      } catch {
        // An unusable configuration: the run reports it.
      }
      resolve();
    }, 0);
  });
}

const clock = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Phase timings for options.timings: each mark() records the time since the previous one. */
function phaseClock(on: boolean | undefined): { mark(phase: string): void; times: Record<string, number> | undefined } {
  if (!on) return { mark() {}, times: undefined };
  const times: Record<string, number> = {};
  let last = clock();
  return {
    times,
    mark(phase) {
      const t = clock();
      times[phase] = (times[phase] ?? 0) + (t - last);
      last = t;
    },
  };
}

/**
 * The front end's result for recent (source, file name, elisions): the same text compiles to
 * the same program, so a Run repeated unchanged skips preprocess, parse and check. Safe because a
 * Program holds no per-run state: the only fields a run writes into it are addresses (image.ts
 * layoutImage, link() below), and every run assigns each one it reads before reading it.
 */
const compileCache = new Map<string, ReturnType<typeof compileC>>();
const COMPILE_CACHE_SIZE = 8;
let compileParser: Parser | null = null;

function compileCached(parser: Parser, src: string, fileName: string, elisions: Readonly<Record<string, string>> | undefined): ReturnType<typeof compileC> {
  if (parser !== compileParser) {
    compileCache.clear();
    compileParser = parser;
  }
  const el = elisions ? JSON.stringify(Object.entries(elisions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : '';
  const key = `${fileName}\u0000${el}\u0000${src}`;
  let c = compileCache.get(key);
  if (c) {
    compileCache.delete(key); // most recently used last
  } else {
    c = compileC(parser, src, { fileName, headers: HEADERS, elisions });
    if (compileCache.size >= COMPILE_CACHE_SIZE) compileCache.delete(compileCache.keys().next().value!);
  }
  compileCache.set(key, c);
  return c;
}

/** Source text as a byte string: a JS string is taken as Unicode and encoded as UTF-8. */
export function sourceBytes(source: string | Uint8Array): string {
  const bytes = typeof source === 'string' ? new TextEncoder().encode(source) : source;
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

export function runCSync(parser: Parser, source: string | Uint8Array, options: RunCOptions = {}): RunResult {
  const fileName = options.fileName ?? 'sample.c';
  const phase = phaseClock(options.timings);
  const src = sourceBytes(source);
  const compiled = compileCached(parser, src, fileName, options.elisions);
  phase.mark('compile');
  const diagnostics = compiled.diags.list.map((d) => ({ ...d }));
  if (!compiled.program || compiled.diags.hasErrors) return compileFailure(diagnostics);

  const mode = options.pythonmalloc === 'default' ? null : options.pythonmalloc ?? null;
  const profile = options.profile ? getProfile(options.profile) : undefined;
  if (options.profile && !profile) return compileFailure([...diagnostics, plainError(`unknown profile '${options.profile}'`)]);
  const machine = new Machine({ pythonmalloc: mode, profile, memoryCap: options.memoryCap, wasm: options.wasm });
  const keepEvents = options.events !== false;
  machine.recordEvents = keepEvents;
  const programName = fileName.replace(/^.*\//, '').replace(/\.c$/, '') || 'a.out';
  const libc = installLibc(machine, new Stdio({ stdin: options.stdin }), { programName });
  machine.beforeExit = () => libc.stdio.flushAll();
  capMappings(machine);
  if (options.stopAtEvent !== undefined && Number.isFinite(options.stopAtEvent)) machine.stopAfterEvent = Math.max(0, Math.floor(options.stopAtEvent));
  phase.mark('machine');

  const R = new Runtime(machine, options.stepLimit ?? DEFAULT_STEP_LIMIT, options.onStep ?? null);
  try {
    R.sourceLines = (file, line) => {
      const text = file === fileName ? src.split('\n')[line - 1] : undefined;
      return text === undefined ? undefined : displayLine(text);
    };

    let result: string | undefined;
    let evidence: Evidence | null = null;
    let limit: 'steps' | 'memory' | undefined;
    let note = '';
    let exitStatus = 0;
    let signal: string | null = null;
    let stopped = false;
    try {
      const linked = link(compiled.program, machine, R, libc.symbols, compiled.kind, fileName);
      phase.mark('link');
      if (linked.errors.length > 0) return compileFailure([...diagnostics, ...linked.errors]);
      const entry = linked.entry;
      try {
        if (compiled.kind === 'fragment') {
          machine.call('Py_Initialize');
          phase.mark('Py_Initialize');
          const ret = R.call(entry, []);
          if (ret !== undefined) result = fragmentResult(machine, typeof ret === 'number' ? ret : Number(ret));
          machine.call('Py_Finalize');
          libc.exit(0);
        } else {
          const args = mainArgs(R, entry, programName);
          const status = R.call(entry, args);
          // C99 5.1.2.2.3: reaching the } of main returns 0.
          libc.exit(typeof status === 'bigint' ? Number(BigInt.asUintN(8, status)) : status === undefined ? 0 : Number(status) & 255);
        }
      } catch (e) {
        if (e instanceof SegmentationFault) {
          // A fault out of an allocator called in place by compiled code (emit-js.ts) names the call.
          const failed = machine.failedCall;
          throw R.fault(e, { file: fileName, line: machine.currentLine ?? 0, col: 0 }, failed ? `${failed.fn}()` : 'a memory access');
        }
        throw e;
      }
    } catch (e) {
      if (e instanceof StopAtEvent) {
        // Not an end of the process: the run was paused for the heap map and is reported as it stood.
        stopped = true;
      } else if (e instanceof ProcessEnd) {
        exitStatus = e.status;
        signal = e.signal;
        evidence = e.evidence;
      } else if (e instanceof LimitReached) {
        limit = e.limit === 'steps' ? 'steps' : 'memory';
        note = e.message;
      } else if (e instanceof RangeError && /call stack/i.test(e.message) && R.depth >= 64) {
        // DIFFERS: the JS engine's own stack ran out before the simulated 8 MiB one did.
        limit = 'memory';
        note = `pymem: the C call depth reached ${R.depth}, more than this JavaScript engine's stack allows (a real process has 8 MiB of stack; it might still have been running, or crashed with SIGSEGV)`;
      } else {
        throw e;
      }
    }
    phase.mark('run');
    if (limit) {
      exitStatus = 137;
      signal = 'SIGKILL';
      machine.process.write(2, `\n${note}\n`);
    }
    const out: RunResult = {
      exitStatus,
      signal,
      stdout: decodeBytes(machine.process.stdoutBytes()),
      stderr: decodeBytes(machine.process.stderrBytes()),
      output: machine.process.output.map((c) => ({ fd: c.fd, text: decodeBytes(c.bytes) })),
      diagnostics,
      compileFailed: false,
      evidence,
    };
    // The event objects and the findings are made when first read: a caller that wants only the
    // output (the CLI without --json, a benchmark) does not pay for a long run's log.
    if (keepEvents) lazyField(out, 'events', () => machine.events);
    if (result !== undefined) out.result = result;
    if (limit) out.limit = limit;
    if (!stopped && !limit && keepEvents) {
      const endedNormally = signal === null;
      lazyField(out, 'findings', () => silentBugs(machine, endedNormally));
    }
    if (stopped) out.stoppedAt = machine.eventCount;
    if (options.heap) out.heap = captureHeap(machine, src, evidence, !stopped);
    if (options.rawOutput) out.outputBytes = machine.process.output.map((c) => ({ fd: c.fd, bytes: c.bytes }));
    if (options.snapshot !== false) {
      try {
        out.snapshot = machine.snapshot({ pymallocBlocks: false });
      } catch {
        // A heap too damaged to walk: no snapshot.
      }
    }
    phase.mark('report');
    if (phase.times) out.timings = phase.times;
    return out;
  } finally {
    // The machine keeps its own copy of the stack's pages; the reserved buffer goes to the next run.
    R.stack.release();
  }
}

/**
 * Defines out[key] as an enumerable property computed on its first read (then kept), so that
 * spreading, JSON.stringify and structuredClone see it like a plain one.
 */
function lazyField<K extends keyof RunResult>(out: RunResult, key: K, make: () => RunResult[K]): void {
  let made = false;
  let value: RunResult[K];
  Object.defineProperty(out, key, {
    enumerable: true,
    configurable: true,
    get() {
      if (!made) {
        value = make();
        made = true;
      }
      return value;
    },
    set(v: RunResult[K]) {
      value = v;
      made = true;
    },
  });
}

/**
 * What the run did wrong without a crash. The invariant walk runs only after a normal end: a
 * crashed process's heap is not walked again (the crash already said what broke).
 */
function silentBugs(machine: Machine, endedNormally: boolean): Finding[] {
  let problems: string[] = [];
  if (endedNormally) {
    try {
      problems = machine.check();
    } catch (e) {
      problems = [`the heap could not be walked (${e instanceof Error ? e.message : String(e)})`];
    }
  }
  return findSilentBugs(machine.eventRows(), problems);
}

// ---- the heap map's view: stopping at an event, capturing the heap, labels ---------------------

/** An allocator call that ended the process before the machine recorded it (Machine.failedCall). */
export type { FailedCall };

/** What the heap map needs of one step (options.heap); wire form in src/runner/protocol.ts HeapStep. */
export interface HeapCapture {
  /** machine.snapshot({ pymallocBlocks: true }); null when the heap is too damaged to walk. */
  snapshot: unknown;
  /** The bytes the map shows (src/heap-map/capture.ts bytesWanted), copied out of the process. */
  memory: MemoryRegion[];
  /** _PyObject_DebugMallocStats text ('' without pymalloc). */
  debugMallocStats: string;
  /** Variable name -> the address it was last assigned from an allocator call. */
  labels: Record<string, number>;
  /** Source line of the last allocator call (or of the failing one); null before the first. */
  line: number | null;
  /**
   * Steps in this run: its allocator events, plus one for a call that ended the process before it
   * was recorded. For a complete run this is the slider's range; for a stopped one, where it stopped.
   */
  eventCount: number;
  /** True when the run went to its end (not stopped by stopAtEvent). */
  complete: boolean;
  /** The call during which the process ended, if it ended inside an allocator call. */
  failedCall: FailedCall | null;
}

function captureHeap(machine: Machine, src: string, evidence: Evidence | null, complete: boolean): HeapCapture {
  const events = machine.events;
  let snapshot: HeapSnapshot | null = null;
  let memory: MemoryRegion[] = [];
  try {
    snapshot = machine.snapshot({ pymallocBlocks: true });
    memory = captureMemory(bytesWanted(snapshot, evidence), (a, n) => machine.space.readBytes(a, n));
  } catch {
    // A heap too damaged to walk: no picture, as for RunResult.snapshot.
  }
  let debugMallocStats = '';
  try {
    debugMallocStats = machine.debugMallocStats();
  } catch {
    // Damaged pools: the stats walk them too.
  }
  const failed = complete ? machine.failedCall : null;
  const last = events[events.length - 1];
  return {
    snapshot,
    memory,
    debugMallocStats,
    labels: labelsFromEvents(events, src),
    line: failed ? failed.line : last?.line ?? null,
    eventCount: events.length + (failed ? 1 : 0),
    complete,
    failedCall: failed,
  };
}

const ALLOCATES = /^(?:malloc|calloc|realloc|PyMem_(?:Raw)?(?:Malloc|Calloc|Realloc)|PyObject_(?:Malloc|Calloc|Realloc))$/;
/**
 * `NAME = f(`, `T *NAME = (T *) f(`, `if ((NAME = f(` ...: an lvalue (a name, maybe with .field or
 * ->field) assigned, possibly through a cast, the value of a call.
 */
const ASSIGNED_CALL = /(?<![\w.>])([A-Za-z_]\w*(?:\s*(?:\.|->)\s*[A-Za-z_]\w*)*)\s*=(?!=)\s*(?:\(\s*[\w\s]+\**\s*\)\s*)?[A-Za-z_]\w*\s*\(/;

/**
 * Labels from the events and the source text: an allocation at line L whose line reads
 * `NAME = ...call...` labels the returned address NAME; a later allocation assigned to the same
 * name moves the label. SIMPLIFIED: without debug info from the interpreter, the name is read off
 * the source line: a pointer copied to another variable keeps its first name, a freed block keeps
 * the name of the variable that still points at it, and a line with two assignments labels the
 * first one's name only.
 */
export function labelsFromEvents(events: readonly AllocatorEvent[], src: string): Record<string, number> {
  const lines = src.split('\n');
  const names = new Map<number, string | null>();
  const labels: Record<string, number> = {};
  for (const e of events) {
    if (e.line === undefined || !ALLOCATES.test(e.fn) || typeof e.result !== 'number' || e.result === 0) continue;
    let name = names.get(e.line);
    if (name === undefined) {
      const text = (lines[e.line - 1] ?? '').replace(/\/\*.*?\*\/|\/\/.*$/g, '');
      name = ASSIGNED_CALL.exec(text)?.[1]?.replace(/\s+/g, '') ?? null;
      names.set(e.line, name);
    }
    if (name === null) continue;
    labels[name] = e.result;
  }
  return labels;
}

// ---- linking ----------------------------------------------------------------------------------

interface Linked {
  entry: CompiledFunction;
  errors: Diagnostic[];
}

function link(program: Program, machine: Machine, R: Runtime, dataSymbols: Readonly<Record<string, number>>, kind: 'program' | 'fragment', fileName: string): Linked {
  const errors: Diagnostic[] = [];
  const ldError = (what: string, where: { file: string; line: number } | null): void => {
    const at = where ? `${where.file}:${where.line}: ` : '';
    errors.push({
      file: where?.file ?? fileName, line: where?.line ?? 0, col: 0, severity: 'error',
      message: what,
      rendered: `/usr/bin/ld: ${at}${what}\n`,
    });
  };
  R.useImage(machine.space.mappingView(layoutImage(machine.space, program.strings, program.globals).dataMapStart));
  for (const g of program.globals) {
    if (g.defined || !g.usedAt) continue;
    const addr = dataSymbols[g.name] ?? machine.symbol(g.name);
    if (addr === undefined) ldError(`undefined reference to \`${g.name}'`, g.usedAt);
    else g.addr = addr;
  }
  const compiled = new Map<FuncSym, CompiledFunction>();
  for (const f of program.functions) {
    if (f.def) {
      const taken = machine.functions.get(f.name);
      // A static function must not replace the machine's function of the same name.
      const name = f.isStatic && taken ? `${f.name}@${fileName}` : f.name;
      const sym = f;
      const nf = machine.functions.define(name, (args: readonly CArg[]) => R.callFromNative(compiled.get(sym)!, args));
      f.addr = nf.address;
    } else if (f.usedAt) {
      const nf = machine.functions.get(f.name);
      if (!nf) ldError(`undefined reference to \`${f.name}'`, f.usedAt);
      else f.addr = nf.address;
    }
  }
  if (!program.entry) ldError(kind === 'program' ? "undefined reference to `main'" : 'the fragment has no body', null);
  if (errors.length > 0) {
    const last = errors[errors.length - 1]!;
    last.rendered += 'collect2: error: ld returned 1 exit status\n';
    return { entry: null as unknown as CompiledFunction, errors };
  }
  // A plain object, not Object.create(null): V8 keeps that one in dictionary mode, and every
  // compiled call `P.fK(...)` then paid a hash lookup (about 10 ns a call, measured). The keys
  // are ours (calleeKey: f0, f1, ...), never a name from the program.
  const bodies: Record<string, Body> = {};
  const keys = new Map<FuncSym, string>();
  const ex = new ExprEmitter(R, machine, {
    compiled: (sym) => compiled.get(sym),
    native: (sym) => machine.functions.get(sym.name),
    bodies,
    calleeKey: (sym) => {
      let key = keys.get(sym);
      if (key === undefined) keys.set(sym, (key = `f${keys.size}`));
      return key;
    },
  });
  const st = new StmtEmitter(R, machine, ex);
  for (const f of program.functions) {
    if (!f.def) continue;
    const cf = st.func(f.def);
    cf.address = f.addr;
    compiled.set(f, cf);
    bodies[ex.ctx.calleeKey(f)] = cf.body;
    R.byAddress.set(f.addr, cf);
  }
  // Static initialisers run before main, as the loader's copy of .data would have them.
  for (const g of program.globals) {
    if (!g.defined || !g.init) continue;
    const addr = g.addr;
    ex.init(g.init, () => addr)();
  }
  return { entry: compiled.get(program.entry!)!, errors };
}

/** argc, argv, envp for main as the kernel lays them out (argv[0] only, empty environment). */
function mainArgs(R: Runtime, main: CompiledFunction, programName: string): number[] {
  const n = main.arity;
  if (n === 0) return [];
  const m = R.mem;
  // The strings go near the top of the stack, then the pointer arrays below them.
  const name = `./${programName}`;
  const strAt = R.stack.top - 0x100;
  for (let i = 0; i < name.length; i++) m.set8(strAt + i, name.charCodeAt(i));
  m.set8(strAt + name.length, 0);
  const argv = R.stack.initialSp + 0x100;
  m.set64(argv, strAt);
  m.set64(argv + 8, 0);
  const envp = argv + 16;
  m.set64(envp, 0);
  return [1, argv, envp].slice(0, n);
}

/**
 * SIMPLIFIED: the memory cap is the simulator's limit, not the machine's: a mapping the cap
 * refuses (but Linux would grant) ends the run with limit 'memory' instead of returning ENOMEM.
 */
function capMappings(machine: Machine): void {
  const space = machine.space;
  space.onCapExceeded = (length) => {
    if (length <= REALISTIC_MAP_LIMIT) {
      throw new LimitReached('memory', `pymem: stopped at the memory cap (${space.memoryCap} bytes mapped); a real process would have got this memory`);
    }
  };
}

function compileFailure(diagnostics: Diagnostic[]): RunResult {
  const stderr = diagnostics.map((d) => d.rendered).join('');
  return {
    exitStatus: 1, signal: null, stdout: '', stderr, output: stderr ? [{ fd: 2, text: stderr }] : [],
    diagnostics, compileFailed: true,
  };
}

function plainError(message: string): Diagnostic {
  return { file: '', line: 0, col: 0, severity: 'error', message, rendered: `error: ${message}\n` };
}

/** UTF-8 where valid; any other byte as the four characters \xNN. */
export function decodeBytes(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const c = bytes[i]!;
    if (c < 0x80) {
      // Runs of ASCII in one go.
      let j = i + 1;
      while (j < n && bytes[j]! < 0x80) j++;
      out += String.fromCharCode(...bytes.subarray(i, Math.min(j, i + 8192)));
      i = Math.min(j, i + 8192);
      continue;
    }
    const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= n;
    for (let k = 1; ok && k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) ok = false;
    if (ok && len === 3 && ((c === 0xe0 && bytes[i + 1]! < 0xa0) || (c === 0xed && bytes[i + 1]! >= 0xa0))) ok = false;
    if (ok && len === 4 && ((c === 0xf0 && bytes[i + 1]! < 0x90) || (c === 0xf4 && bytes[i + 1]! >= 0x90))) ok = false;
    if (ok) {
      out += new TextDecoder().decode(bytes.subarray(i, i + len));
      i += len;
    } else {
      out += '\\x' + c.toString(16).padStart(2, '0');
      i++;
    }
  }
  return out;
}
