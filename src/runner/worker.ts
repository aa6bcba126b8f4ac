/*
 * The runner's Web Worker: receives RunnerRequests, runs them through the C runtime one at a
 * time and posts one RunnerResponse each. The runtime (and the whole machine) lives here only,
 * so a runaway C loop never blocks the page; Stop terminates this worker.
 * Main export: none (side effect: the message handler).
 */
/// <reference lib="webworker" />
import type { RunnerRequest } from './protocol';
import { serveRequest, type RunC } from './serve';

// BLOCKED, not by this module: bundling src/c/run.ts into a worker currently fails the whole
// `astro build` for two reasons outside src/runner/:
//  (1) src/c/parser-loader.ts's `import('./parser-wasm-node')` (createRequire from node:module)
//      is pulled into the browser bundle ("createRequire is not exported by __vite-browser-external");
//  (2) the worker needs code splitting, which Vite's default worker format (iife) refuses:
//      astro.config.mjs needs `vite: { worker: { format: 'es' } }`.
// Both fixes were verified in a scratch copy (all runner e2e tests pass on the real runtime).
// When they land, replace the next block by `import { runC } from '../c/run';`.
const runC: RunC = async () => {
  throw new Error('the C runtime is not bundled into this site yet (src/runner/worker.ts: BLOCKED)');
};

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
