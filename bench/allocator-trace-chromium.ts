/*
 * The allocation trace (bench/allocation-trace.ts) through the model where the page runs it: in a
 * dedicated worker of Debian's Chromium, whose V8 is not Node's. esbuild bundles the trace and the
 * allocator into one worker script; Playwright opens about:blank, starts the worker from a Blob
 * URL and waits for its figures. Prints one JSON line:
 *   {"bench":"trace-model-chromium","allocator":"pymalloc","ns_per_step":...,"runs":[...],"browser":...}
 * Wall time only (a worker has no CPU clock). Skips with a message when Chromium is missing.
 * Usage: tsx bench/allocator-trace-chromium.ts [steps] [pymalloc|pymalloc-js]   (default 10,000,000,
 * pymalloc; pymalloc-js: with pymalloc's WebAssembly fast paths off)
 */
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import type { TraceKind, TraceResult } from './allocation-trace';

const STEPS = Number(process.argv[2] ?? 10_000_000);
/** pymalloc (default) or pymalloc-js (its WebAssembly fast paths off). */
const KIND: TraceKind = process.argv[3] === 'pymalloc-js' ? 'pymalloc-js' : 'pymalloc';
const CHROMIUM = '/usr/bin/chromium';
const here = dirname(fileURLToPath(import.meta.url));

/** The worker script: the trace and the allocator under it, answering one message with a run's figures. */
async function workerScript(): Promise<string> {
  const out = await build({
    stdin: {
      contents: "import { runTrace } from './allocation-trace';\nonmessage = (e) => postMessage(runTrace(e.data.kind, e.data.steps, undefined));\n",
      resolveDir: here,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`bench/allocator-trace-chromium.ts: ${CHROMIUM} not found; skipping (npm test installs it)`);
    return;
  }
  const code = await workerScript();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    const r = await page.evaluate(
      ({ code, steps, kind }) =>
        new Promise<TraceResult>((resolve, reject) => {
          const w = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
          w.onmessage = (e: MessageEvent<TraceResult>) => {
            w.terminate();
            resolve(e.data);
          };
          w.onerror = (e) => reject(new Error(e.message));
          w.postMessage({ steps, kind });
        }),
      { code, steps: STEPS, kind: KIND },
    );
    console.log(JSON.stringify({ bench: 'trace-model-chromium', allocator: KIND, steps: STEPS, ns_per_step: Number(r.nsPerStep.toFixed(1)), runs: r.runs, checksum: r.checksum, browser: `Chromium ${browser.version()}` }));
  } finally {
    await browser.close();
  }
}

await main();
