/*
 * The runner's message protocol: every message between the page and the runtime worker.
 * This is the ONE place these shapes are defined; worker.ts, serve.ts and client.ts import it.
 * Requests carry an id; every answer repeats it, so the client can match answers to requests
 * and drop stale ones. Main exports: RunnerRequest, RunnerResponse, RunResult, HeapStep, MODES.
 * Leaves out: the runtime itself (src/c/run.ts); RunResult here is the structured-clone-safe
 * wire copy of the runtime's result, which serve.ts checks against runC's return type.
 */

/** The PYTHONMALLOC values a reader can pick (CPython 3.11; no mimalloc). */
export const MODES = ['default', 'debug', 'malloc', 'pymalloc', 'malloc_debug', 'pymalloc_debug'] as const;
export type Mode = (typeof MODES)[number];

export function isMode(x: unknown): x is Mode {
  return typeof x === 'string' && (MODES as readonly string[]).includes(x);
}

/** Options forwarded to runC(). `pythonmalloc: null` means unset, i.e. "default". */
export interface RunOptions {
  fileName?: string;
  pythonmalloc?: string | null;
  profile?: string;
  elisions?: Record<string, string>;
  stepLimit?: number;
  memoryCap?: number;
  /** Stop right after allocator event N (the heap map's steps). */
  stopAtEvent?: number;
  /** Return RunResult.heap. */
  heap?: boolean;
  /** Include RunResult.snapshot (runC's default: true). */
  snapshot?: boolean;
  /** Return RunResult.timings, runC's milliseconds per phase (a debugging aid). */
  timings?: boolean;
  /** Run pymalloc's common cases as WebAssembly (runC's default: true; serve.ts's PAGE_WASM). */
  wasm?: boolean;
}

export interface Diagnostic {
  file: string;
  line: number;
  col: number;
  severity: string;
  message: string;
  rendered: string;
}

/** One memory read a failing check based its decision on (allocator/process.ts Evidence). */
export interface EvidenceRead {
  address: number;
  length: number;
  bytes: number[] | null;
  meaning: string;
}

export interface Evidence {
  where: string;
  call?: string;
  reads: EvidenceRead[];
  conclusion: string;
}

/** An allocator call during which the process ended (so the machine recorded no event for it). */
export interface FailedCall {
  fn: string;
  args: (number | string)[];
  line: number | null;
}

/** src/c/run.ts HeapCapture: the heap as the map draws it, at the end of a run or where it stopped. */
export interface HeapCapture {
  /** allocator/machine.ts HeapSnapshot (with pymalloc's blocks), or null for a heap too damaged to walk. */
  snapshot: unknown;
  /** The bytes the map shows: lower-case hex runs. */
  memory: { address: number; hex: string }[];
  debugMallocStats: string;
  /** Variable name -> the address it was assigned from an allocator call. */
  labels: Record<string, number>;
  line: number | null;
  /** Allocator events, plus one for a failing call; for a complete run, the number of steps. */
  eventCount: number;
  complete: boolean;
  failedCall: FailedCall | null;
}

/**
 * One step for the heap map (src/heap-map/history.ts StepData): the run replayed up to allocator
 * event `step` (or to its end), its heap with the bytes and stats folded into the snapshot.
 */
export interface HeapStep {
  /** HeapCapture.snapshot plus `memory` and `debugMallocStats` (src/heap-map/input.ts StepSnapshot). */
  snapshot: unknown;
  labels: Record<string, number>;
  line: number | null;
  /** The failing check's reads, on the step where the run ended. */
  evidence: Evidence | null;
  /** The events so far; a failing call is the last, with `failed: true` and no result. */
  events: unknown[];
  eventCount: number;
  complete: boolean;
  exitStatus: number;
  signal: string | null;
}

/** A bug the run carried out silently: a wrong-family free, a double free pymalloc accepted, ... */
export interface Finding {
  kind: string;
  line?: number;
  message: string;
}

export interface OutputChunk {
  fd: 1 | 2;
  text: string;
}

/** What one run produced, as the page receives it. */
export interface RunResult {
  exitStatus: number;
  signal: string | null;
  stdout: string;
  stderr: string;
  output: OutputChunk[];
  /** The fragment's returned object as Python would repr it, e.g. `b'hello'` or `MemoryError`. */
  result?: string;
  diagnostics: Diagnostic[];
  compileFailed: boolean;
  limit?: 'steps' | 'memory';
  evidence?: Evidence | null;
  /** What the run did wrong although it did not crash (allocator/findings.ts). */
  findings?: Finding[];
  events?: unknown[];
  snapshot?: unknown;
  /** Set when options.stopAtEvent ended the run: the events it made. */
  stoppedAt?: number;
  /** With options.heap. */
  heap?: HeapCapture;
  /** With options.timings: runC's milliseconds per phase, plus the worker's `wire` (toWire). */
  timings?: Record<string, number>;
}

export interface RunRequest {
  id: number;
  /** Earlier requests whose answers the page no longer wants: the worker drops them unserved. */
  drop?: number[];
  kind: 'run';
  source: string;
  options: RunOptions;
}

/** Run the same source once per mode; `options.pythonmalloc` is replaced per row. */
export interface MatrixRequest {
  id: number;
  /** Earlier requests whose answers the page no longer wants: the worker drops them unserved. */
  drop?: number[];
  kind: 'matrix';
  source: string;
  options: RunOptions;
  modes: Mode[];
}

/** Replay a run for the heap map up to allocator event `stopAtEvent` (null: to its end). */
export interface StepRequest {
  id: number;
  /** Earlier requests whose answers the page no longer wants: the worker drops them unserved. */
  drop?: number[];
  kind: 'step';
  source: string;
  options: RunOptions;
  stopAtEvent: number | null;
}

export type RunnerRequest = RunRequest | MatrixRequest | StepRequest;

export interface MatrixRow {
  mode: Mode;
  result: RunResult;
}

export type RunnerResponse =
  | { id: number; kind: 'run'; result: RunResult; ms: number }
  | { id: number; kind: 'matrix'; rows: MatrixRow[]; ms: number }
  | { id: number; kind: 'step'; step: HeapStep; ms: number }
  /** The runtime threw (a bug on our side, not the C program's failure). */
  | { id: number; kind: 'error'; message: string };

/** Answers the client produces itself, never sent by the worker. */
export type ClientOutcome =
  | RunnerResponse
  /** Stop was pressed (the worker was terminated) before an answer came. */
  | { id: number; kind: 'stopped' }
  /** A newer request on the same channel replaced this one; its answer, if any, is dropped. */
  | { id: number; kind: 'superseded' };

export function isRunnerResponse(x: unknown): x is RunnerResponse {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as { id?: unknown; kind?: unknown };
  return typeof r.id === 'number' && (r.kind === 'run' || r.kind === 'matrix' || r.kind === 'step' || r.kind === 'error');
}
