// The runner in the browser: run, edit, persistence, reset, share, text-only output, a
// responsive page during a runaway loop, Stop, keyboard-only Run, axe. Against the built site.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { END_WORDS, editorOf, editorText, injectSample, sample, setCode, useWorkerDouble, waitDone } from './helpers';

test.beforeEach(async ({ page }) => {
  await useWorkerDouble(page);
});

test('runs the playground program and shows the end in words', async ({ page }) => {
  await page.goto('/playground/');
  const s = sample(page, 'playground');
  await expect(editorOf(s)).toBeVisible();
  await s.locator('.pymem-btn-run').click();
  const text = await waitDone(s);
  expect(text).toMatch(END_WORDS);
  await expect(s.locator('.pymem-output')).toHaveAttribute('data-state', 'done');
  // The announcement is in the polite live region.
  await expect(s.locator('[role="status"][aria-live="polite"]')).toContainText('Run finished');
});

test('an edit survives a reload; Reset restores the original', async ({ page }) => {
  await page.goto('/playground/');
  const s = sample(page, 'playground');
  await expect(editorOf(s)).toBeVisible();
  const original = await editorText(s);
  await setCode(page, s, 'int main(void) { return 7; } /* edited */');
  await s.locator('.pymem-mode').selectOption('malloc_debug');
  await page.waitForTimeout(400); // the save is debounced
  await page.reload();
  const s2 = sample(page, 'playground');
  await expect.poll(() => editorText(s2)).toBe('int main(void) { return 7; } /* edited */');
  await expect(s2.locator('.pymem-mode')).toHaveValue('malloc_debug');
  await expect(s2.locator('.pymem-btn-reset')).toBeEnabled();
  await s2.locator('.pymem-btn-reset').click();
  await expect.poll(() => editorText(s2)).toBe(original);
  await expect(s2.locator('.pymem-mode')).toHaveValue('default');
  await page.reload();
  await expect.poll(() => editorText(sample(page, 'playground'))).toBe(original);
});

test('a Share link reopens exactly that code and mode, in a fresh browser', async ({ page, browser }) => {
  await page.goto('/playground/');
  const s = sample(page, 'playground');
  const code = 'int main(void) {\n  /* shared: héllo ☃ */\n  return 3;\n}';
  await setCode(page, s, code);
  await s.locator('.pymem-mode').selectOption('pymalloc_debug');
  await s.locator('.pymem-vary-input').fill('512');
  await s.locator('.pymem-btn-share').click();
  const url = await s.locator('.pymem-share-url').inputValue();
  expect(url).toMatch(/\/playground\/#run=playground:z[\w-]+$/);

  const fresh = await browser.newContext();
  const p2 = await fresh.newPage();
  await useWorkerDouble(p2);
  await p2.goto(url);
  const s2 = sample(p2, 'playground');
  await expect.poll(() => editorText(s2)).toBe(code);
  await expect(s2.locator('.pymem-mode')).toHaveValue('pymalloc_debug');
  await expect(s2.locator('.pymem-vary-input')).toHaveValue('512');

  // A hostile or broken hash opens the page normally.
  await p2.goto('/playground/#run=playground:zAAAA%%%<img src=x onerror=alert(1)>');
  await p2.reload();
  await expect(editorOf(sample(p2, 'playground'))).toBeVisible();
  await fresh.close();
});

test('program output is shown as text, never as HTML', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await page.goto('/playground/');
  const s = sample(page, 'playground');
  const xss = '<img src=x onerror=alert(1)>';
  await setCode(page, s, `#include <stdio.h>\nint main(void) {\n    printf("${xss}\\n");\n    return 0;\n}\n`);
  await s.locator('.pymem-btn-run').click();
  await waitDone(s);
  await expect(s.locator('.pymem-output .pymem-out').getByText(xss, { exact: true })).toBeVisible();
  expect(await s.locator('.pymem-output img').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('the page answers input while an endless loop runs, and Stop ends it', async ({ page }) => {
  await page.goto('/playground/');
  const s = sample(page, 'playground');
  // Each iteration is one step of the budget but fills 64 KiB: the run lasts until Stop (a bare
  // `for (;;);` reaches the page's 20M-step budget in a fraction of a second).
  await setCode(page, s, '#include <string.h>\nchar buf[65536];\nint main(void) {\n    for (;;) memset(buf, 1, sizeof buf);\n    return 0;\n}\n');
  await s.locator('.pymem-btn-run').click();
  await expect(s.locator('.pymem-btn-stop')).toBeVisible();
  // The main thread is free: a details element opens, and the Reset-free editor takes typing.
  const details = page.locator('details.pymem-help');
  const t0 = Date.now();
  await details.locator('summary').click();
  await expect(details).toHaveAttribute('open', '');
  const latency = await page.evaluate(() => new Promise<number>((r) => {
    const t = performance.now();
    setTimeout(() => r(performance.now() - t), 0);
  }));
  expect(latency).toBeLessThan(200);
  // Another sample on the page opens its editor and takes typing.
  const other = await injectSample(page, 'other', 'int x;\n');
  await other.locator('pre').click();
  await expect(editorOf(other)).toBeVisible();
  await page.keyboard.type(' /* typed */');
  await expect.poll(() => editorText(other)).toContain('/* typed */');
  expect(Date.now() - t0).toBeLessThan(8000);
  const still = await s.locator('.pymem-output').getAttribute('data-state');
  if (still === 'running') {
    await s.locator('.pymem-btn-stop').click();
    await expect(s.locator('.pymem-output')).toHaveAttribute('data-state', 'stopped');
    await expect(s.locator('.pymem-output')).toHaveText('Stopped.');
    await expect(s.locator('.pymem-btn-stop')).toBeHidden();
    // A fresh worker runs the next program.
    await setCode(page, s, 'int main(void) { return 0; }');
    await s.locator('.pymem-btn-run').click();
    expect(await waitDone(s)).toMatch(END_WORDS);
  } else {
    // The runtime's step budget got there first.
    expect(await s.locator('.pymem-output').textContent()).toMatch(/step limit/);
  }
});

test('keyboard only: Tab into the editor and run with Ctrl+Enter', async ({ page }) => {
  await page.goto('/playground/');
  const s = sample(page, 'playground');
  await expect(editorOf(s)).toBeVisible();
  let found = false;
  for (let i = 0; i < 80 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.classList.contains('cm-content') ?? false);
  }
  expect(found).toBe(true);
  await page.keyboard.press('Control+Enter');
  expect(await waitDone(s)).toMatch(END_WORDS);
  // Tab leaves the editor (no focus trap) and reaches the toolbar's next control.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('pymem-sample') !== null)).toBe(true);
  await page.keyboard.press('Shift+Tab');
  expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
});

test('axe finds no violations on a page with an opened runner, output and matrix', async ({ page }) => {
  await page.goto('/playground/');
  const s = sample(page, 'playground');
  await s.locator('.pymem-btn-run').click();
  await waitDone(s);
  await s.locator('.pymem-btn-matrix').click();
  await expect(s.locator('.pymem-matrix-box')).toHaveAttribute('data-state', /done|error|stopped/, { timeout: 60_000 });
  await s.locator('.pymem-btn-share').click();
  for (const theme of ['dark', 'light']) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    // Scoped to the page content: Starlight's own header (search button) is the site's to fix.
    const results = await new AxeBuilder({ page }).include('main').analyze();
    expect(results.violations.map((v) => `${theme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test.describe('hidden (elided) code', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('is hidden by default, shown by the toggle, copied as shown, and run either way', async ({ page }) => {
    await page.goto('/playground/');
    const line = '...Do some I/O operation involving buf...';
    const src = `PyObject *res;\nchar *buf = (char *) malloc(BUFSIZ);\nif (buf == NULL)\n    return PyErr_NoMemory();\n${line}\nres = PyBytes_FromString(buf);\nfree(buf);\nreturn res;\n`;
    const s = await injectSample(page, 'elided', src, `<template data-elision="${line}">strcpy(buf, "hi");</template>`);
    const toggle = s.locator('.pymem-btn-hidden');
    await s.hover();
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await s.locator('.pymem-btn-copy').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(src);
    // Run with the line hidden: the elision's code is passed to the runtime.
    await s.locator('.pymem-btn-run').click();
    const hiddenRun = await waitDone(s);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => editorText(s)).toContain('strcpy(buf, "hi");');
    expect(await editorText(s)).not.toContain(line);
    await s.locator('.pymem-btn-copy').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('strcpy(buf, "hi");');
    await s.evaluate((e) => e.querySelector('.pymem-output')!.setAttribute('data-state', 'seen'));
    await s.locator('.pymem-btn-run').click();
    const shownRun = await waitDone(s);
    if (process.env.RUNNER_DOUBLE !== '1') {
      expect(hiddenRun).toContain("b'hi'");
      expect(shownRun).toContain("b'hi'");
    }
    await toggle.click();
    await expect.poll(() => editorText(s)).toContain(line);
  });
});
