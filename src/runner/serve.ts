/*
 * The worker's side of the protocol, without the worker: turns one RunnerRequest into one
 * RunnerResponse by calling the C runtime. worker.ts wires it to `self`; tests call it with a
 * double of runC. Main export: serveRequest.
 * Leaves out: scheduling (the worker runs one request at a time, in arrival order) and
 * cancellation (Stop terminates the whole worker; see client.ts).
 */
import type { HeapStep, MatrixRow, RunOptions, RunResult, RunnerRequest, RunnerResponse, StepRequest } from './protocol';

/**
 * The page's instruction budget: about half a second of a tight loop in the worker, so a
 * runaway `for (;;);` ends by itself within a second (the docs' samples take a few thousand
 * steps). The CLI keeps the runtime's larger default.
 */
export const PAGE_STEP_LIMIT = 20_000_000;

/**
 * The page runs pymalloc in JavaScript (runC's wasm: false), where the CLI runs its common cases
 * as WebAssembly. Measured in Chromium 156's worker (npm run bench's allocation trace): 44.9-48.7
 * ns/step in JavaScript against 50.5-54.8 with the WebAssembly paths, whose window lives in a
 * WebAssembly.Memory that engine reads more slowly through typed arrays. And a worker that runs
 * many programs would keep the pages of up to twelve windows in the shared WebAssembly memory
 * (allocator/window-pool.ts) after their machines are gone: in Node, 40 machines made one after
 * the other left 195 MiB resident against 80-100 without it. Same bytes, same output either way.
 */
export const PAGE_WASM = false;

/** What the page asks of every run unless a request says otherwise (runs, matrices, steps, the prewarm). */
export const PAGE_RUN_DEFAULTS: Readonly<RunOptions> = { stepLimit: PAGE_STEP_LIMIT, wasm: PAGE_WASM };

/** The shape of src/c/run.ts's runC, as the runner relies on it. */
export type RunC = (source: string, options: RunOptions) => Promise<RunResult>;

/** Copies what the page renders into plain data that survives postMessage (structured clone). */
export function toWire(r: RunResult, keepTrace = true): RunResult {
  const out: RunResult = {
    exitStatus: Number(r.exitStatus) | 0,
    signal: r.signal == null ? null : String(r.signal),
    stdout: String(r.stdout ?? ''),
    stderr: String(r.stderr ?? ''),
    output: Array.isArray(r.output)
      ? r.output.map((c) => ({ fd: c.fd === 2 ? 2 : 1, text: String(c.text) }) as const)
      : [],
    diagnostics: (r.diagnostics ?? []).map((d) => ({
      file: String(d.file), line: Number(d.line), col: Number(d.col),
      severity: String(d.severity), message: String(d.message), rendered: String(d.rendered ?? d.message),
    })),
    compileFailed: Boolean(r.compileFailed),
  };
  if (r.result !== undefined) out.result = String(r.result);
  if (r.limit) out.limit = r.limit;
  if (r.evidence) {
    const e = r.evidence;
    out.evidence = {
      where: String(e.where),
      reads: (e.reads ?? []).map((x) => ({
        address: Number(x.address), length: Number(x.length),
        bytes: x.bytes == null ? null : Array.from(x.bytes, (b) => Number(b) & 0xff),
        meaning: String(x.meaning),
      })),
      conclusion: String(e.conclusion),
    };
    if (e.call !== undefined) out.evidence.call = String(e.call);
  } else if (r.evidence === null) {
    out.evidence = null;
  }
  if (r.stoppedAt !== undefined) out.stoppedAt = Number(r.stoppedAt);
  if (Array.isArray(r.findings)) {
    out.findings = r.findings.map((f) => ({ kind: String(f.kind), message: String(f.message), ...(f.line !== undefined ? { line: Number(f.line) } : {}) }));
  }
  if (r.timings) out.timings = { ...r.timings };
  if (keepTrace) {
    // events/snapshot are for the heap map; send them only if they are clonable data.
    try {
      if (r.events !== undefined) out.events = structuredClone(r.events);
      if (r.snapshot !== undefined) out.snapshot = structuredClone(r.snapshot);
      if (r.heap !== undefined) out.heap = structuredClone(r.heap);
    } catch {
      delete out.events;
      delete out.snapshot;
      delete out.heap;
    }
  }
  return out;
}

/** A step for the heap map: the run replayed with stopAtEvent, its heap as plain data. */
export async function serveStep(req: StepRequest, runC: RunC): Promise<HeapStep> {
  const options: RunOptions = { ...PAGE_RUN_DEFAULTS, ...req.options, heap: true, snapshot: false };
  if (req.stopAtEvent === null) delete options.stopAtEvent;
  else options.stopAtEvent = req.stopAtEvent;
  const r = await runC(req.source, options);
  if (r.compileFailed) throw new Error('the program no longer compiles');
  const h = r.heap;
  if (!h) throw new Error('the runtime returned no heap');
  const wire = toWire(r, false);
  const events = structuredClone(r.events ?? []) as unknown[];
  if (h.failedCall) events.push({ seq: events.length + 1, fn: h.failedCall.fn, args: h.failedCall.args, result: null, line: h.failedCall.line ?? undefined, failed: true });
  const snapshot = h.snapshot === null ? null : { ...(structuredClone(h.snapshot) as object), memory: h.memory, debugMallocStats: h.debugMallocStats };
  return {
    snapshot,
    labels: { ...h.labels },
    line: h.line,
    evidence: h.complete ? (wire.evidence ?? null) : null,
    events,
    eventCount: h.eventCount,
    complete: h.complete,
    exitStatus: wire.exitStatus,
    signal: wire.signal,
  };
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export async function serveRequest(req: RunnerRequest, runC: RunC): Promise<RunnerResponse> {
  const t0 = now();
  try {
    if (req.kind === 'step') {
      const step = await serveStep(req, runC);
      return { id: req.id, kind: 'step', step, ms: now() - t0 };
    }
    if (req.kind === 'run') {
      // The page shows the output and the evidence; the heap panel asks for its pictures with
      // `step` requests, so a run neither walks the heap nor ships its events (megabytes).
      const r = await runC(req.source, { snapshot: false, ...PAGE_RUN_DEFAULTS, ...req.options });
      const t = now();
      const result = toWire(r, false);
      if (result.timings) result.timings.wire = now() - t;
      return { id: req.id, kind: 'run', result, ms: now() - t0 };
    }
    const rows: MatrixRow[] = [];
    for (const mode of req.modes) {
      // A matrix row shows the end and the findings: no heap walk for a snapshot it never ships.
      const r = await runC(req.source, { snapshot: false, ...PAGE_RUN_DEFAULTS, ...req.options, pythonmalloc: mode === 'default' ? null : mode });
      rows.push({ mode, result: toWire(r, false) });
    }
    return { id: req.id, kind: 'matrix', rows, ms: now() - t0 };
  } catch (err) {
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    return { id: req.id, kind: 'error', message };
  }
}
