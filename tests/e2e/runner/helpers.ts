/*
 * Shared steps for the runner's browser tests: getting at a sample's editor, and (only when
 * RUNNER_DOUBLE=1) swapping dist's worker chunk for tests/runner/double-worker.ts, so the page
 * side can be tested without the C runtime.
 */
import { buildSync } from 'esbuild';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

let doubleJs: string | null = null;

export async function useWorkerDouble(page: Page): Promise<void> {
  if (process.env.RUNNER_DOUBLE !== '1') return;
  doubleJs ??= buildSync({
    entryPoints: ['tests/runner/double-worker.ts'], bundle: true, format: 'esm', write: false, platform: 'browser',
  }).outputFiles[0]!.text;
  await page.route(/\/_astro\/worker[-.][\w-]+\.js$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: doubleJs! }));
}

export const sample = (page: Page, id: string): Locator => page.locator(`pymem-sample:has(.c-sample[data-sample-id="${id}"])`);

export const editorOf = (s: Locator): Locator => s.locator('.cm-content');

/** Replaces the editor's whole text, as a reader would (select all, type). */
export async function setCode(page: Page, s: Locator, code: string): Promise<void> {
  const ed = editorOf(s);
  if (!(await ed.isVisible())) await s.locator('.pymem-btn-edit').click({ timeout: 2000 }).catch(() => {});
  await expect(ed).toBeVisible();
  await ed.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  // insertText avoids the editor's auto-indent and bracket closing changing what we typed.
  await page.keyboard.insertText(code);
  await expect.poll(() => editorText(s)).toContain(code.split('\n')[0]!);
}

export async function editorText(s: Locator): Promise<string> {
  return editorOf(s).evaluate((e) => {
    const lines = Array.from(e.querySelectorAll('.cm-line'), (l) => l.textContent ?? '');
    return lines.join('\n');
  });
}

export async function waitDone(s: Locator, timeout = 20_000): Promise<string> {
  const out = s.locator('.pymem-output');
  await expect(out).toHaveAttribute('data-state', /done|stopped|error/, { timeout });
  return (await out.textContent()) ?? '';
}

export const END_WORDS = /exited with status \d+|Aborted \(core dumped\)|Segmentation fault \(core dumped\)|Floating point exception \(core dumped\)|stopped: step limit reached|compilation failed/;

/** Adds a second runnable sample to the current page, as the site's markup would give it. */
export async function injectSample(page: Page, id: string, source: string, extra = ''): Promise<Locator> {
  await page.evaluate(({ id, source, extra }) => {
    const host = document.createElement('pymem-sample');
    const div = document.createElement('div');
    div.className = 'c-sample';
    div.dataset.sampleId = id;
    div.dataset.sampleMeta = '';
    const pre = document.createElement('pre');
    pre.tabIndex = 0;
    pre.textContent = source;
    const tpl = document.createElement('template');
    tpl.className = 'c-sample-source';
    tpl.content.append(source);
    div.append(pre, tpl);
    div.insertAdjacentHTML('beforeend', extra);
    host.append(div);
    document.querySelector('main .sl-markdown-content, main')!.append(host);
  }, { id, source, extra });
  return sample(page, id);
}
