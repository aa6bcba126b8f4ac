/*
 * Page weight and Run timing of a docs page, against an already built dist/ (builds nothing).
 * Starts `astro preview` on 127.0.0.1:4399 itself (stopped at the end), drives Debian's Chromium
 * through Playwright, and prints JSON lines:
 *   {"metric":"js-before-run", ...}  gzip bytes of JavaScript /examples/ loads before any Run,
 *                                    with and without Starlight's idle-loaded Pagefind UI
 *   {"metric":"run-to-output", ...}  the three-error sample: cold (first Run on a fresh page:
 *                                    controller, worker, wasm, runtime) and warm (median of 5)
 * Targets: <= 30 kB gzip before Run; <= 300 ms cold; <= 20 ms warm.
 * Run: npx tsx bench/page-weight.ts [DIST] [--phases]   (DIST defaults to dist)
 * --phases: sets localStorage pymem-debug=timings and prints each run's phases (runC's, the
 * worker's queueing, the page's total) as {"metric":"run-phases", ...} lines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

const PHASES = process.argv.includes('--phases');
const DIST = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
const PORT = 4399;
const BASE = `http://127.0.0.1:${PORT}`;
const PAGE = '/examples/';
const SAMPLE = 'examples-3';
const TARGETS = { jsBeforeRun: 30_000, coldMs: 300, warmMs: 20 };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function startPreview(): Promise<ChildProcess> {
  const p = spawn(process.execPath, ['node_modules/astro/astro.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--outDir', DIST], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return p;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  p.kill();
  throw new Error(`astro preview did not answer on ${BASE}`);
}

/** gzip bytes of every script the page fetched, plus its inline module scripts. */
async function jsBeforeRun(page: Page): Promise<{ total: number; pagefindUi: number; files: Record<string, number> }> {
  const files: Record<string, number> = {};
  page.on('response', async (res) => {
    const url = res.url().replace(BASE, '');
    const type = res.headers()['content-type'] ?? '';
    if (!/javascript/.test(type) && !/\.m?js(\?|$)/.test(url)) return;
    try {
      files[url] = gzipSync(await res.body()).length;
    } catch {
      /* body gone */
    }
  });
  await page.goto(`${BASE}${PAGE}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500); // Starlight imports the search UI on requestIdleCallback
  const inline = await page.$$eval('script:not([src])', (ss) =>
    (ss as HTMLScriptElement[]).filter((s) => !s.type || s.type === 'module').map((s) => s.textContent ?? ''));
  files['(inline scripts)'] = inline.reduce((a, t) => a + gzipSync(t).length, 0);
  const total = Object.values(files).reduce((a, b) => a + b, 0);
  const pagefindUi = Object.entries(files).filter(([u]) => /pagefind|\/ui-core\./.test(u)).reduce((a, [, n]) => a + n, 0);
  return { total, pagefindUi, files };
}

/** Clicks Run and measures, in the page, until the output shows the new run. */
function timeRun(page: Page): Promise<number> {
  return page.evaluate((id) => new Promise<number>((resolve, reject) => {
    const host = document.querySelector(`pymem-sample:has(> .c-sample[data-sample-id="${id}"])`);
    const out = host?.querySelector<HTMLElement>('.pymem-output');
    const run = host?.querySelector<HTMLButtonElement>('.pymem-btn-run');
    if (!out || !run) return reject(new Error(`no sample ${id}`));
    const before = out.dataset.runs ?? '0';
    const t0 = performance.now();
    const obs = new MutationObserver(() => {
      if ((out.dataset.runs ?? '0') !== before && out.dataset.state === 'done') {
        obs.disconnect();
        resolve(performance.now() - t0);
      }
    });
    obs.observe(out, { attributes: true });
    run.click();
  }), SAMPLE);
}

async function main(): Promise<void> {
  if (!existsSync(`${DIST}/examples/index.html`)) throw new Error(`${DIST}/examples/index.html missing: build first (npx astro build)`);
  const preview = await startPreview();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking'] });
  try {
    const page = await (await browser.newContext()).newPage();
    const js = await jsBeforeRun(page);
    console.log(JSON.stringify({
      metric: 'js-before-run', page: PAGE, gzipBytes: js.total, gzipBytesWithoutPagefindUi: js.total - js.pagefindUi,
      target: TARGETS.jsBeforeRun, ok: js.total - js.pagefindUi <= TARGETS.jsBeforeRun, files: js.files,
    }));

    const fresh = await (await browser.newContext()).newPage();
    if (PHASES) await fresh.addInitScript(() => localStorage.setItem('pymem-debug', 'timings'));
    await fresh.goto(`${BASE}${PAGE}`, { waitUntil: 'networkidle' });
    const output = fresh.locator(`pymem-sample:has(> .c-sample[data-sample-id="${SAMPLE}"]) .pymem-output`);
    const phases = async (): Promise<void> => {
      if (PHASES) console.log(JSON.stringify({ metric: 'run-phases', ...JSON.parse((await output.getAttribute('data-phases')) ?? '{}') }));
    };
    const cold = await timeRun(fresh);
    await phases();
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) {
      warm.push(await timeRun(fresh));
      await phases();
    }
    const r = (n: number): number => Math.round(n * 10) / 10;
    console.log(JSON.stringify({
      metric: 'run-to-output', page: PAGE, sample: SAMPLE, coldMs: r(cold), warmMedianMs: r(median(warm)), warmMs: warm.map(r),
      workerReportedMs: Number(await fresh.locator(`pymem-sample:has(> .c-sample[data-sample-id="${SAMPLE}"]) .pymem-output`).getAttribute('data-run-ms')),
      targets: { coldMs: TARGETS.coldMs, warmMs: TARGETS.warmMs }, ok: cold <= TARGETS.coldMs && median(warm) <= TARGETS.warmMs,
    }));
  } finally {
    await browser.close();
    preview.kill();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
