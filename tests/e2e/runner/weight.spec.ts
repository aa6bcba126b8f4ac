// Page weight and Run timing, printed to the test output: the gzip bytes of JavaScript a docs page
// loads before any interaction (target <= 30 kB), what the first interaction adds, and
// Run-to-output time cold (fresh page: controller, worker and runtime load) and warm.
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { sample, useWorkerDouble } from './helpers';

const DOCS_PAGE = '/examples/';

/** Records every JavaScript response (and its gzip size) from now on. */
function recordJs(page: Page, wasm?: Map<string, number>): Map<string, number> {
  const seen = new Map<string, number>();
  page.on('response', async (res) => {
    const url = res.url();
    const type = res.headers()['content-type'] ?? '';
    if (wasm && /\.wasm(\?|$)/.test(url)) {
      wasm.set(url.replace(/^https?:\/\/[^/]+/, ''), gzipSync(await res.body().catch(() => Buffer.alloc(0))).length);
      return;
    }
    if (!/javascript/.test(type) && !/\.m?js(\?|$)/.test(url)) return;
    try {
      seen.set(url.replace(/^https?:\/\/[^/]+/, ''), gzipSync(await res.body()).length);
    } catch {
      /* body gone (navigation) */
    }
  });
  return seen;
}

const kB = (n: number): string => `${(n / 1000).toFixed(2)} kB`;
const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

test('a docs page ships <= 30 kB gzip of JavaScript before any Run, and no runtime or editor', async ({ page }) => {
  await useWorkerDouble(page);
  const wasm = new Map<string, number>();
  const js = recordJs(page, wasm);
  await page.goto(DOCS_PAGE, { waitUntil: 'networkidle' });
  const inline = await page.$$eval('script:not([src])', (ss) =>
    (ss as HTMLScriptElement[]).filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript').map((s) => s.textContent ?? ''));
  const inlineGz = inline.reduce((a, t) => a + gzipSync(t).length, 0);
  let runnerOnPage = (await page.locator('pymem-sample').count()) > 0;
  let addedEntry = 0;
  if (!runnerOnPage) {
    // The site has not put RunnerScript on docs pages yet: count our entry chunk as it would be.
    const entry = readdirSync('dist/_astro').find((f) => f.startsWith('RunnerScript.astro_astro_type_script') && f.endsWith('.js'));
    if (entry) addedEntry = gzipSync(readFileSync(`dist/_astro/${entry}`)).length;
  }
  const before = total(js) + inlineGz + addedEntry;
  console.log(`[page-weight] ${DOCS_PAGE} before interaction: ${kB(before)} gzip JS` +
    ` (${js.size} files ${kB(total(js))} + inline ${kB(inlineGz)}${addedEntry ? ` + runner entry ${kB(addedEntry)}, not yet on docs pages` : ''})`);
  for (const [url, n] of js) console.log(`[page-weight]   ${kB(n).padStart(9)}  ${url}`);
  // Starlight would import the Pagefind search UI (ui-core) on requestIdleCallback on every page;
  // our Search override defers it to the first search, so it must not be among the loaded files.
  const idleSearch = [...js].filter(([u]) => /\/ui-core\.[\w-]+\.js$/.test(u)).reduce((a, [, n]) => a + n, 0);
  expect(idleSearch).toBe(0);
  expect(before).toBeLessThanOrEqual(30_000);
  const runnerShare = addedEntry + [...js].filter(([u]) => u.includes('RunnerScript')).reduce((a, [, n]) => a + n, 0);
  console.log(`[page-weight] without Starlight's idle-loaded search UI: ${kB(before - idleSearch)}; the runner's own share: ${kB(runnerShare)}`);
  expect(before - idleSearch).toBeLessThanOrEqual(30_000);
  expect(runnerShare).toBeLessThanOrEqual(5_000);
  expect([...js.keys()].filter((u) => /editor|sample-controller|worker|codemirror/.test(u))).toEqual([]);

  if (!runnerOnPage) return;
  const s = page.locator('pymem-sample').first();
  const sum = (re: RegExp): number => [...js].filter(([u]) => re.test(u)).reduce((a, [, n]) => a + n, 0);
  await s.hover();
  await expect.poll(() => sum(/sample-controller/)).toBeGreaterThan(0);
  await expect.poll(() => sum(/\/worker[-.]/)).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  expect(sum(/\/editor\./)).toBe(0);
  console.log(`[page-weight] first hover loads the controller ${kB(sum(/sample-controller/))} and starts the worker ${kB(sum(/\/worker[-.]/))} (no editor yet)`);
  await s.locator('.pymem-btn-run').click();
  await expect(s.locator('.pymem-output')).toHaveAttribute('data-state', /done|error/, { timeout: 60_000 });
  console.log(`[page-weight] first Run adds the parser wasm: ${kB([...wasm.values()].reduce((a, b) => a + b, 0))} gzip (${[...wasm.keys()].join(', ')})`);
  await s.locator('pre').first().click();
  await expect(s.locator('.cm-content')).toBeVisible();
  await expect.poll(() => sum(/\/editor\./)).toBeGreaterThan(0);
  console.log(`[page-weight] first edit loads CodeMirror: ${kB(sum(/\/editor\./))}`);
});

test('Run-to-output time, cold and warm', async ({ page }) => {
  test.setTimeout(120_000);
  await useWorkerDouble(page);
  // A docs sample when the site has the runner on its pages, else the playground.
  await page.goto(DOCS_PAGE);
  let s = page.locator('pymem-sample').first();
  let where = DOCS_PAGE;
  if (!(await s.count())) {
    await page.goto('/playground/');
    s = sample(page, 'playground');
    where = '/playground/';
  }
  const timeRun = async (): Promise<number> => {
    const t0 = Date.now();
    await s.locator('.pymem-btn-run').click();
    await expect(s.locator('.pymem-output')).toHaveAttribute('data-state', /done|error/, { timeout: 60_000 });
    const ms = Date.now() - t0;
    await s.evaluate((e) => e.querySelector('.pymem-output')!.setAttribute('data-state', 'seen'));
    return ms;
  };
  const cold = await timeRun();
  const warm: number[] = [];
  for (let i = 0; i < 3; i++) warm.push(await timeRun());
  console.log(`[run-timing] ${where} Run-to-output: cold ${cold} ms, warm ${warm.join(' / ')} ms` +
    `${process.env.RUNNER_DOUBLE === '1' ? ' (TEST DOUBLE runtime)' : ''}; worker-reported data-run-ms=${await s.locator('.pymem-output').getAttribute('data-run-ms')}`);
  expect(cold).toBeLessThan(60_000);
});
