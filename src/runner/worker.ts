/*
 * The runner's Web Worker: receives RunnerRequests, runs them through the C runtime one at a
 * time and posts one RunnerResponse each. The runtime (and the whole machine) lives here only,
 * so a runaway C loop never blocks the page; Stop terminates this worker.
 * Main export: none (side effect: the message handler).
 */
/// <reference lib="webworker" />
import type { RunnerRequest } from './protocol';
import { serveRequest } from './serve';

import { runC } from '../c/run';

declare const self: DedicatedWorkerGlobalScope;

// One at a time, in arrival order: queueing keeps the answers in request order and the step
// budget per run meaningful.
let queue: Promise<void> = Promise.resolve();

self.onmessage = (ev: MessageEvent<RunnerRequest>) => {
  const req = ev.data;
  queue = queue.then(async () => {
    const res = await serveRequest(req, runC);
    self.postMessage(res);
  });
};
