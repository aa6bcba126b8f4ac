/*
 * A stand-in for src/c/run.ts with a step limit: replays a scripted C program (one allocator call
 * per line) on a fresh Machine up to allocator event N and returns what the heap map needs:
 * the snapshot with the bytes it wants, the variables' values, the line, the evidence, the events.
 * Used by the heap-map unit tests, the bench and the Playwright fixture page. Deterministic:
 * same script and N, same bytes.
 */

import { Machine, type AllocatorEvent } from '../../../allocator/machine';
import { ProcessEnd } from '../../../allocator/process';
import { bytesWanted, captureMemory } from '../../../src/heap-map/capture';
import type { EvidenceView, StepSnapshot } from '../../../src/heap-map/input';

/** `buf1 = PyMem_Malloc(8192);` is { line, assign: 'buf1', fn: 'PyMem_Malloc', args: [8192] }. */
export interface ScriptCall {
  line: number;
  fn: string;
  /** Numbers, or names of variables assigned earlier. */
  args: (number | string)[];
  assign?: string;
}

export interface Script {
  name: string;
  pythonmalloc: string | null;
  /** Line of Py_Initialize() (run before step 0), or null for none. */
  initializeLine: number | null;
  calls: ScriptCall[];
  source?: string;
}

export interface StepResult {
  step: number;
  /** Total allocator events the whole run makes. */
  total: number;
  line: number | null;
  snapshot: StepSnapshot;
  labels: Record<string, number>;
  evidence: EvidenceView | null;
  events: AllocatorEvent[];
  ended: { status: number; signal: string | null } | null;
}

export function runScript(script: Script, upTo = Infinity, options: { memory?: boolean; stats?: boolean } = {}): StepResult {
  const m = new Machine({ pythonmalloc: script.pythonmalloc });
  const vars: Record<string, number> = {};
  let evidence: EvidenceView | null = null;
  let ended: StepResult['ended'] = null;
  let line: number | null = script.initializeLine;
  let step = 0;
  try {
    if (script.initializeLine !== null) m.call('Py_Initialize');
    for (const c of script.calls) {
      if (step >= upTo) break;
      line = c.line;
      m.currentLine = c.line;
      const args = c.args.map((a) => (typeof a === 'string' ? vars[a]! : a));
      const r = m.call(c.fn, ...args);
      if (c.assign) vars[c.assign] = Number(r ?? 0);
      step = m.events.length;
    }
  } catch (e) {
    if (!(e instanceof ProcessEnd)) throw e;
    ended = { status: e.status, signal: e.signal };
    evidence = e.evidence;
    step = m.events.length;
  }
  const snapshot: StepSnapshot = m.snapshot();
  if (options.memory !== false) {
    snapshot.memory = captureMemory(bytesWanted(snapshot, evidence), (a, n) => m.space.readBytes(a, n));
  }
  if (options.stats) snapshot.debugMallocStats = m.debugMallocStats();
  return {
    step,
    total: script.calls.length,
    line,
    snapshot,
    labels: vars,
    evidence,
    events: m.events.slice(),
    ended,
  };
}

/** The docs' three-error sample (content: "the two errors"), BUFSIZ = 8192. */
export const THREE_ERRORS: Script = {
  name: 'three-errors',
  pythonmalloc: 'debug',
  initializeLine: 14,
  calls: [
    { line: 15, assign: 'buf1', fn: 'PyMem_Malloc', args: [8192] },
    { line: 16, assign: 'buf2', fn: 'malloc', args: [8192] },
    { line: 17, assign: 'buf3', fn: 'PyMem_Malloc', args: [8192] },
    { line: 23, fn: 'PyMem_Free', args: ['buf3'] },
    { line: 25, fn: 'free', args: ['buf2'] },
    { line: 27, fn: 'free', args: ['buf1'] },
  ],
};

/** Two PyMem_Free of the same small block (pymalloc has no check: the block's next points at itself). */
export const DOUBLE_PYMEM_FREE: Script = {
  name: 'double-pymem-free',
  pythonmalloc: null,
  initializeLine: 5,
  calls: [
    { line: 6, assign: 'a', fn: 'PyMem_Malloc', args: [10] },
    { line: 7, assign: 'b', fn: 'PyMem_Malloc', args: [10] },
    { line: 8, fn: 'PyMem_Free', args: ['a'] },
    { line: 9, fn: 'PyMem_Free', args: ['a'] },
  ],
};

/** n allocations of varied sizes through every family, freeing every third: a big heap. */
export function manyAllocations(n: number, pythonmalloc: string | null = null): Script {
  const calls: ScriptCall[] = [];
  const fns = ['malloc', 'PyMem_Malloc', 'PyObject_Malloc', 'PyMem_RawMalloc'];
  const frees: Record<string, string> = { malloc: 'free', PyMem_Malloc: 'PyMem_Free', PyObject_Malloc: 'PyObject_Free', PyMem_RawMalloc: 'PyMem_RawFree' };
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const fn = fns[i % 4]!;
    const size = [8, 24, 40, 100, 200, 500, 1000, 5000][x % 8]!;
    calls.push({ line: 10 + i, assign: `p${i}`, fn, args: [size] });
    if (i % 3 === 2) calls.push({ line: 10 + i, fn: frees[fns[(i - 1) % 4]!]!, args: [`p${i - 1}`] });
  }
  return { name: `many-${n}`, pythonmalloc, initializeLine: 5, calls };
}

/**
 * Replays a script incrementally: asking for step n after step m <= n continues the same machine;
 * asking for an earlier step starts a fresh one (deterministic, so the bytes are the same).
 */
export class Replayer {
  private m: Machine | null = null;
  private vars: Record<string, number> = {};
  private next = 0;
  private ended: StepResult['ended'] = null;
  private evidence: EvidenceView | null = null;
  private line: number | null = null;
  /** Machines started (1 + the number of backward jumps). */
  starts = 0;

  constructor(
    readonly script: Script,
    readonly options: { memory?: boolean; stats?: boolean; pymallocBlocks?: boolean } = {},
  ) {}

  private restart(): void {
    this.m = new Machine({ pythonmalloc: this.script.pythonmalloc });
    this.starts++;
    this.vars = {};
    this.next = 0;
    this.ended = null;
    this.evidence = null;
    this.line = this.script.initializeLine;
    if (this.script.initializeLine !== null) this.m.call('Py_Initialize');
  }

  at(n: number): StepResult {
    if (!this.m || n < this.next) this.restart();
    const m = this.m!;
    try {
      while (this.next < n && this.next < this.script.calls.length && !this.ended) {
        const c = this.script.calls[this.next]!;
        this.line = c.line;
        m.currentLine = c.line;
        const r = m.call(c.fn, ...c.args.map((a) => (typeof a === 'string' ? this.vars[a]! : a)));
        if (c.assign) this.vars[c.assign] = Number(r ?? 0);
        this.next++;
      }
    } catch (e) {
      if (!(e instanceof ProcessEnd)) throw e;
      this.ended = { status: e.status, signal: e.signal };
      this.evidence = e.evidence;
    }
    const snapshot: StepSnapshot = m.snapshot({ pymallocBlocks: this.options.pymallocBlocks ?? true });
    if (this.options.memory !== false) snapshot.memory = captureMemory(bytesWanted(snapshot, this.evidence), (a, k) => m.space.readBytes(a, k));
    if (this.options.stats) snapshot.debugMallocStats = m.debugMallocStats();
    return {
      step: m.events.length,
      total: this.script.calls.length,
      line: this.line,
      snapshot,
      labels: { ...this.vars },
      evidence: this.evidence,
      events: m.events.slice(),
      ended: this.ended,
    };
  }
}
