/*
 * TEST DOUBLE worker (never shipped): the real serve.ts over run-double.ts's runC, plus a busy
 * loop for `for (;;);` that blocks this worker like a runaway interpreter would. The e2e tests
 * swap it in for dist's worker chunk when RUNNER_DOUBLE=1 (to test the page before src/c/run.ts).
 */
import type { RunnerRequest } from '../../src/runner/protocol';
import { serveRequest } from '../../src/runner/serve';
import { runCDouble } from './run-double';

self.onmessage = async (ev: MessageEvent<RunnerRequest>) => {
  if (ev.data.source.includes('for (;;);')) {
    const end = Date.now() + 20_000;
    while (Date.now() < end) { /* spin: the page must stay responsive */ }
  }
  const src = ev.data.source;
  const res = await serveRequest(ev.data, async (s, o) => {
    const r = await runCDouble(s, o);
    // Echo printf'd string literals so the XSS test has something to print.
    for (const m of src.matchAll(/printf\("((?:[^"\\]|\\.)*)\\n"\)/g)) r.output.push({ fd: 1, text: m[1]!.replace(/\\"/g, '"') + '\n' });
    return r;
  });
  (self as unknown as Worker).postMessage(res);
};
