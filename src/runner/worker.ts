/*
 * The runner's Web Worker: receives RunnerRequests, runs them through the C runtime one at a
 * time and posts one RunnerResponse each. The runtime (and the whole machine) lives here only,
 * so a runaway C loop never blocks the page; Stop terminates this worker.
 * Scheduling: runs and matrices go first, in arrival order; the heap map's steps are background
 * work, started only after the queue has been quiet for STEP_IDLE_MS, so a Run the reader just
 * asked for never waits behind a replay of the previous one. Ids listed in a request's `drop`
 * (answers the page no longer wants) are removed from the queue unserved.
 * Main export: none (side effect: the message handler).
 */
/// <reference lib="webworker" />
import type { RunnerRequest } from './protocol';
import { PAGE_RUN_DEFAULTS, serveRequest } from './serve';

import { prewarmC, runC } from '../c/run';

declare const self: DedicatedWorkerGlobalScope;

const STEP_IDLE_MS = 40;
const now = (): number => performance.now();

const queue: { req: RunnerRequest; at: number }[] = [];
let busy = false;
let lastArrival = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
let first = true;
/** Debug aid: `pymem-debug=timings` in the page's localStorage sends runC's phase timings. */
const debugTimings = (req: RunnerRequest): boolean => req.options.timings === true;

self.onmessage = (ev: MessageEvent<RunnerRequest>) => {
  const req = ev.data;
  if (req.drop?.length) {
    const drop = new Set(req.drop);
    for (let i = queue.length - 1; i >= 0; i--) if (drop.has(queue[i]!.req.id)) queue.splice(i, 1);
  }
  lastArrival = now();
  queue.push({ req, at: lastArrival });
  if (first) {
    // The first request: start the parser's wasm fetches, then build the Py_Initialize template
    // for its configuration while they are in flight.
    first = false;
    prewarmC({ ...PAGE_RUN_DEFAULTS, ...req.options });
  }
  schedule();
};

function schedule(): void {
  if (busy || queue.length === 0) return;
  clearTimeout(timer);
  let i = queue.findIndex((q) => q.req.kind !== 'step');
  if (i < 0) {
    const wait = lastArrival + STEP_IDLE_MS - now();
    if (wait > 0) {
      timer = setTimeout(schedule, wait);
      return;
    }
    i = 0;
  }
  const [{ req, at }] = queue.splice(i, 1) as [{ req: RunnerRequest; at: number }];
  busy = true;
  const started = now();
  void serveRequest(req, runC).then((res) => {
    if (debugTimings(req) && res.kind !== 'error') (res as { queuedMs?: number }).queuedMs = started - at;
    self.postMessage(res);
    busy = false;
    schedule();
  });
}
