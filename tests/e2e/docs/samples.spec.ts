// Doc tests: every C sample of every built page, in every mode its `expect` declares, is run in
// the page (select the mode, Run, read the terminal) and compared with the declaration AND with
// `node bin/pymem.mjs run - --pythonmalloc MODE --json` on the same code and elisions: the end
// (status / signal, in the shell's words) and stderr must agree. Also: the outcome the build put
// into the page, the every-mode matrix, and the matrix recomputed for a small BUFSIZ.
// One browser page per doc page; runs in it are sequential; the CLI runs beforehand, in parallel.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseExpect, checkOutcome, type OutcomeFacts } from '../../../src/components/markdown/expect';
import { applyVary, parseMeta, varyNames } from '../../../src/components/runner/sample-source';
import { endWords } from '../../../src/components/runner/render-output';
import type { RunResult } from '../../../src/runner/protocol';

const DIST = process.env.SITE_DIST ?? 'dist';

interface CliResult extends OutcomeFacts { stdout: string; result: string | null }

function cli(source: string, mode: string, elisions: Record<string, string>): Promise<CliResult> {
  const args = ['bin/pymem.mjs', 'run', '-', '--pythonmalloc', mode, '--json', ...Object.entries(elisions).flatMap(([k, v]) => ['--elision', `${k}=${v}`])];
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as CliResult) : reject(new Error(`pymem exited ${code}`))));
    p.stdin.end(source);
  });
}

/** Runs jobs at most `n` at a time. */
async function pool<T>(jobs: (() => Promise<T>)[], n: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]!();
    }
  }));
  return out;
}

/** The built pages that hold a C sample, as URL paths. */
function samplePages(dir = DIST, base = '/'): string[] {
  // The Playground's sample is the reader's; only docs samples declare `expect`.
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return e.name === '_astro' || e.name === 'pagefind' ? [] : samplePages(join(dir, e.name), `${base}${e.name}/`);
    return e.name === 'index.html' && /class="c-sample"[^>]*data-sample-meta="[^"]*expect=/.test(readFileSync(join(dir, e.name), 'utf8')) ? [base] : [];
  });
}

interface PageSample {
  id: string;
  meta: string;
  source: string;
  elisions: Record<string, string>;
}

async function readSamples(page: Page): Promise<PageSample[]> {
  return page.$$eval('.c-sample', (els) => els.map((el) => {
    const e = el as HTMLElement;
    const tpl = e.querySelector<HTMLTemplateElement>(':scope > template.c-sample-source')!;
    const elisions: Record<string, string> = {};
    for (const t of Array.from(e.querySelectorAll<HTMLTemplateElement>(':scope > template[data-elision]'))) elisions[t.dataset.elision!] = t.content.textContent ?? '';
    return { id: e.dataset.sampleId!, meta: e.dataset.sampleMeta ?? '', source: tpl.content.textContent ?? '', elisions };
  }));
}

/** What the sample's terminal shows: the end in words and the stderr lines. */
async function shown(box: Locator): Promise<{ end: string; stderr: string[] }> {
  return box.evaluate((o) => ({
    end: o.querySelector('.pymem-end-words')?.textContent ?? '',
    stderr: Array.from(o.querySelectorAll('.pymem-line-stderr, .pymem-line-mixed'), (l) =>
      Array.from(l.querySelectorAll('.pymem-err'), (s) => s.textContent).join('')),
  }));
}

const stderrLines = (s: string): string[] => s.split('\n').filter((l, i, a) => l !== '' || i < a.length - 1);
const words = (r: CliResult): string => endWords({ ...r, output: [], diagnostics: [] } as unknown as RunResult);

const pages = samplePages();

test('the built site has runnable samples', () => {
  expect(pages.length).toBeGreaterThan(0);
});

for (const url of pages) {
  test(`every sample on ${url} runs in the page as declared and as the CLI runs it`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.goto(url);
    const samples = await readSamples(page);
    const plan = samples.filter((s) => parseMeta(s.meta).expect !== undefined).flatMap((s) => {
      const declared = parseExpect(String(parseMeta(s.meta).expect));
      return Object.entries(declared).map(([mode, exp]) => ({ s, mode, exp: exp! }));
    });
    const viaCli = await pool(plan.map((p) => () => cli(p.s.source, p.mode, p.s.elisions)), 4);

    for (const [i, { s, mode, exp }] of plan.entries()) {
      const want = viaCli[i]!;
      const where = `${url} ${s.id} PYTHONMALLOC=${mode}`;
      expect(checkOutcome(exp, want), `${where}: CLI vs expect`).toBeNull();
      const host = page.locator(`pymem-sample:has(> .c-sample[data-sample-id="${s.id}"])`);
      const out = host.locator('.pymem-output');
      if (mode === 'default') {
        // What the build put into the page, before any Run.
        if ((await out.getAttribute('data-state')) === 'prerendered') {
          const pre = await shown(out);
          expect(pre.end, `${where}: pre-rendered end`).toBe(words(want));
          expect(pre.stderr, `${where}: pre-rendered stderr`).toEqual(stderrLines(want.stderr));
        }
      }
      const runs = Number((await out.getAttribute('data-runs')) ?? 0);
      await host.locator('select.pymem-mode').selectOption(mode);
      await host.locator('.pymem-btn-run').click();
      await expect(out).toHaveAttribute('data-runs', String(runs + 1), { timeout: 60_000 });
      await expect(out).toHaveAttribute('data-mode', mode);
      const got = await shown(out);
      console.log(`[docs] ${where}: ${got.end} (${await out.getAttribute('data-run-ms')} ms in the page)`);
      expect(got.end, `${where}: end`).toBe(words(want));
      expect(got.stderr, `${where}: stderr`).toEqual(stderrLines(want.stderr));
      if (want.result !== null) await expect(out.locator('.pymem-value')).toHaveText(want.result);
    }

    // The every-mode matrix of `matrix` samples, and (with `vary`) recomputed for a small size.
    for (const s of samples.filter((x) => parseMeta(x.meta).matrix !== undefined)) {
      const host = page.locator(`pymem-sample:has(> .c-sample[data-sample-id="${s.id}"])`);
      const box = host.locator('.pymem-matrix-box');
      await expect(box).toBeVisible();
      const check = async (source: string, label: string): Promise<void> => {
        const rows = await box.locator('tbody tr').all();
        const modes = await Promise.all(rows.map(async (r) => (await r.getAttribute('data-mode'))!));
        expect(modes).toEqual(['default', 'debug', 'malloc', 'pymalloc', 'malloc_debug', 'pymalloc_debug']);
        const wants = await pool(modes.map((m) => () => cli(source, m, s.elisions)), 4);
        for (const [i, row] of rows.entries()) {
          const mode = modes[i]!;
          const want = wants[i]!;
          await expect(row.locator('td').first(), `${s.id} ${label} ${mode}`).toContainText(words(want));
          const first = want.stderr.split('\n').find((l) => l.trim()) ?? '—';
          await expect(row.locator('td.pymem-first-err'), `${s.id} ${label} ${mode} stderr`).toHaveText(first);
        }
      };
      await check(s.source, 'as built');
      for (const name of varyNames(parseMeta(s.meta))) {
        await host.locator(`input[data-macro="${name}"]`).fill('100');
        await expect(box.locator('caption')).toContainText(`${name}=100`, { timeout: 60_000 });
        await expect(box).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
        await check(applyVary(s.source, { [name]: '100' }), `${name}=100`);
        await host.locator(`input[data-macro="${name}"]`).fill('');
      }
    }
  });
}
