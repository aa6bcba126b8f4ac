/*
 * Node only: runC on a worker thread with a large JavaScript stack, so that C recursion is
 * bounded by the simulated 8 MiB stack (SIGSEGV at the guard) rather than by V8's default ~1 MB
 * stack, which ends a run after a few thousand nested C calls. Used by the CLI and by tests
 * that recurse deeply. Main export: runCWithBigStack.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RunCOptions, RunResult } from '../c/run';

const require = createRequire(import.meta.url);

/** tsx's ESM loader API (its "import" export; the CJS one cannot register hooks from a worker). */
function tsxEsmApi(): string {
  const pkgPath = require.resolve('tsx/package.json');
  const pkg = require(pkgPath) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(pkgPath), pkg.exports['./esm/api']!.import.default)).href;
}

/** The worker's program: load run.ts through tsx, run once, post the result. */
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
import(workerData.tsxApi).then(async ({ tsImport }) => {
  const { runC } = await tsImport(workerData.runModule, workerData.from);
  const result = await runC(workerData.source, workerData.options);
  // The CLI prints no events: deleting the (lazy) field keeps the clone from making them.
  delete result.events;
  parentPort.postMessage(result);
}).catch((e) => parentPort.postMessage({ workerError: String(e && e.stack || e) }));
`;

export function runCWithBigStack(source: Uint8Array, options: Omit<RunCOptions, 'onStep'> = {}, stackMb = 512): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      resourceLimits: { stackSizeMb: stackMb },
      workerData: {
        tsxApi: tsxEsmApi(),
        runModule: '../c/run.ts',
        from: import.meta.url,
        source,
        options,
      },
    });
    worker.once('message', (m: RunResult | { workerError: string }) => {
      void worker.terminate();
      if ('workerError' in m) reject(new Error(m.workerError));
      else resolve(m);
    });
    worker.once('error', reject);
  });
}
