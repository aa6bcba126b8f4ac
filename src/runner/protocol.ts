/*
 * The runner's message protocol: every message between the page and the runtime worker.
 * This is the ONE place these shapes are defined; worker.ts, serve.ts and client.ts import it.
 * Requests carry an id; every answer repeats it, so the client can match answers to requests
 * and drop stale ones. Main exports: RunnerRequest, RunnerResponse, RunResult, MODES.
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
  events?: unknown[];
  snapshot?: unknown;
}

export interface RunRequest {
  id: number;
  kind: 'run';
  source: string;
  options: RunOptions;
}

/** Run the same source once per mode; `options.pythonmalloc` is replaced per row. */
export interface MatrixRequest {
  id: number;
  kind: 'matrix';
  source: string;
  options: RunOptions;
  modes: Mode[];
}

export type RunnerRequest = RunRequest | MatrixRequest;

export interface MatrixRow {
  mode: Mode;
  result: RunResult;
}

export type RunnerResponse =
  | { id: number; kind: 'run'; result: RunResult; ms: number }
  | { id: number; kind: 'matrix'; rows: MatrixRow[]; ms: number }
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
  return typeof r.id === 'number' && (r.kind === 'run' || r.kind === 'matrix' || r.kind === 'error');
}
