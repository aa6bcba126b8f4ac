/*
 * The Heap panel on the built site (dist/ under `astro preview`, the root playwright.config.ts):
 * on the Playground, a Run mounts <pymem-step-controls> + <pymem-heap-map> under the sample
 * (src/components/runner/heap-panel.ts), and every step is a replay in the real worker with
 * stopAtEvent. Build first: ASTRO_TELEMETRY_DISABLED=1 npx astro build
 */

import { expect, test, type Page } from '@playwright/test';

const DOUBLE_PYMEM_FREE = `#include <Python.h>

int main(void)
{
    Py_Initialize();
    char *a = PyMem_Malloc(10);
    char *b = PyMem_Malloc(10);
    PyMem_Free(a);
    PyMem_Free(a);
    Py_Finalize();
    return 0;
}
`;

const sample = (page: Page) => page.locator('pymem-sample');
const panel = (page: Page) => sample(page).locator('.pymem-heap-panel');
const map = (page: Page) => panel(page).locator('pymem-heap-map');
const controls = (page: Page) => panel(page).locator('pymem-step-controls');
const status = (page: Page) => controls(page).locator('output');

async function openPlayground(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto('/playground/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  // Record the lines the controls announce (the editor highlights them).
  await page.evaluate(() => {
    const w = window as unknown as { stepLines: (number | null)[] };
    w.stepLines = [];
    document.addEventListener('pymem-step', (ev) => w.stepLines.push((ev as CustomEvent<{ line: number | null }>).detail.line));
  });
  await expect(sample(page).locator('.cm-editor')).toBeVisible({ timeout: 20_000 });
}

async function run(page: Page, mode: string): Promise<void> {
  await sample(page).locator('select.pymem-mode').selectOption(mode);
  await sample(page).getByRole('button', { name: 'Run playground.c' }).click();
}

/** The drawn picture: the map's SVG and its screen-reader summary. */
const picture = (page: Page) =>
  map(page).evaluate((el) => el.shadowRoot!.querySelector('.hm-scroll')!.innerHTML + '|' + el.shadowRoot!.querySelector('.hm-sr')!.textContent);

test('three errors under debug: the panel opens at the end; free(buf1) outlines the 8 bytes at buf1-8 (6d fd ...); Back then Step gives the same picture', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await openPlayground(page);
  // Nothing of the heap map is loaded before the first panel mounts.
  expect(await page.evaluate(() => !!customElements.get('pymem-heap-map'))).toBe(false);
  await run(page, 'debug');
  await expect(status(page)).toContainText('Call 6 of 6 · line 21 · free(0x', { timeout: 30_000 });
  await expect(panel(page)).toHaveJSProperty('open', true);
  await expect(panel(page).locator('summary')).toHaveText('Heap');
  // The panel sits in the sample's heap slot, after the output.
  expect(await panel(page).evaluate((el) => el.parentElement!.className)).toContain('pymem-heap-slot');

  // Step back to the state before free(buf1), then step onto it.
  await controls(page).getByRole('button', { name: 'Back one allocator call' }).click();
  await expect(status(page)).toContainText('Call 5 of 6 · line 20 · free(0x');
  const at5 = await picture(page);
  await expect(map(page).locator('.hm-highlight-primary')).toHaveCount(0);
  await controls(page).getByRole('button', { name: 'Step one allocator call' }).click();
  await expect(status(page)).toContainText('Call 6 of 6 · line 21');

  const buf1 = await map(page).evaluate((el) => {
    const layout = (el as unknown as { currentLayout: { live: { block: { address: number; api: string }; drawn: boolean }[]; items: { labels: string[]; id: string }[] } }).currentLayout;
    const item = layout.items.find((i) => i.labels.includes('buf1'))!;
    return { id: item.id, address: layout.live.find((l) => l.block.api === 'PyMem_Malloc' && l.drawn)!.block.address };
  });
  const hl = map(page).locator('.hm-highlight-primary');
  await expect(hl).toHaveAttribute('data-address', '0x' + (buf1.address - 8).toString(16));
  await expect(hl).toHaveAttribute('data-length', '8');
  const hlBox = (await hl.locator('rect').boundingBox())!;
  const itemBox = (await map(page).locator(`g[data-id="${buf1.id}"] > rect.hm-box`).boundingBox())!;
  expect(hlBox.x).toBeGreaterThanOrEqual(itemBox.x - 3);
  expect(hlBox.x + hlBox.width).toBeLessThanOrEqual(itemBox.x + itemBox.width + 3);
  const readBytes = map(page).locator('.hm-hex .hm-b.hm-read');
  await expect(readBytes).toHaveCount(8);
  expect(await readBytes.allTextContents()).toEqual(['6d', 'fd', 'fd', 'fd', 'fd', 'fd', 'fd', 'fd']);
  await expect(map(page).locator('.hm-sr')).toContainText('read 8 bytes at buf1-8');
  const at6 = await picture(page);

  // Back then forward again: the same pictures, whether cached or replayed.
  await controls(page).getByRole('button', { name: 'Back one allocator call' }).click();
  await expect(status(page)).toContainText('Call 5 of 6');
  expect(await picture(page)).toEqual(at5);
  await controls(page).getByRole('button', { name: 'Step one allocator call' }).click();
  await expect(status(page)).toContainText('Call 6 of 6');
  expect(await picture(page)).toEqual(at6);

  // A far jump is a fresh replay in the worker: step 2 has buf1 and buf2 and not buf3.
  await controls(page).locator('input[type=range]').fill('2');
  await expect(status(page)).toContainText('Call 2 of 6 · line 13 · malloc(8192)');
  const labels = await map(page).evaluate((el) =>
    (el as unknown as { currentLayout: { items: { labels: string[] }[] } }).currentLayout.items.flatMap((i) => i.labels).sort());
  expect(labels).toEqual(['buf1', 'buf2']);
  expect(await page.evaluate(() => (window as unknown as { stepLines: (number | null)[] }).stepLines)).toEqual([21, 20, 21, 20, 21, 13]);

  await controls(page).getByRole('button', { name: /Run to end/ }).click();
  await expect(status(page)).toContainText('Call 6 of 6');
  expect(await picture(page)).toEqual(at6);
  for (const theme of ['dark', 'light'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const path = testInfo.outputPath(`playground-heap-three-errors-${theme}.png`);
    await panel(page).screenshot({ path });
    await testInfo.attach(`playground-heap-three-errors-${theme}.png`, { path, contentType: 'image/png' });
  }
});

test('a double PyMem_Free typed into the Playground: the pool free list points at the block itself', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await openPlayground(page);
  const editor = sample(page).locator('.cm-content');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(DOUBLE_PYMEM_FREE);
  await expect(editor).toContainText('PyMem_Free(a);');
  await run(page, 'default');
  await expect(status(page)).toContainText('Call 4 of 4 · line 9 · PyMem_Free(0x', { timeout: 30_000 });
  const a = await map(page).evaluate((el) =>
    (el as unknown as { currentLayout: { items: { labels: string[]; id: string; kind: string; state: string }[] } }).currentLayout.items.find((i) => i.labels.includes('a')));
  expect(a).toMatchObject({ kind: 'block', state: 'free' });
  const loop = map(page).locator('path.hm-arrow-freelist-loop');
  await expect(loop).toHaveCount(1);
  await expect(loop).toHaveAttribute('data-from', a!.id);
  await expect(loop).toHaveAttribute('data-to', a!.id);
  await map(page).locator(`g[data-id="${a!.id}"]`).focus();
  await expect(map(page).locator('.hm-hex')).toContainText('points at the block itself');
  await expect(map(page).locator('.hm-sr')).toContainText('points at itself');

  // One call earlier (after the first PyMem_Free) the block is free and its link is not a loop.
  await controls(page).getByRole('button', { name: 'Back one allocator call' }).click();
  await expect(status(page)).toContainText('Call 3 of 4 · line 8');
  await expect(map(page).locator('path.hm-arrow-freelist-loop')).toHaveCount(0);
  await controls(page).getByRole('button', { name: 'Step one allocator call' }).click();
  await expect(map(page).locator('path.hm-arrow-freelist-loop')).toHaveCount(1);
  for (const theme of ['dark', 'light'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const path = testInfo.outputPath(`playground-heap-double-pymem-free-${theme}.png`);
    await panel(page).screenshot({ path });
    await testInfo.attach(`playground-heap-double-pymem-free-${theme}.png`, { path, contentType: 'image/png' });
  }

  // Keyboard: the summary, the controls and the map are all reachable with Tab.
  await panel(page).locator('summary').focus();
  const reached: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => {
      let e: Element | null = document.activeElement;
      while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
      return `${e?.localName}:${e?.getAttribute('aria-label') ?? e?.textContent?.trim().slice(0, 20)}`;
    }));
  }
  expect(reached.some((r) => r.startsWith('button:Back one allocator call'))).toBe(true);
  expect(reached.some((r) => r.startsWith('input:Allocator call'))).toBe(true);
  expect(reached.some((r) => r.startsWith('g:'))).toBe(true);
});

test('axe finds no violations in the heap panel, in both themes, at the failing step', async ({ page }) => {
  test.setTimeout(90_000);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await openPlayground(page);
  await run(page, 'debug');
  await expect(status(page)).toContainText('Call 6 of 6', { timeout: 30_000 });
  for (const theme of ['dark', 'light'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const results = await new AxeBuilder({ page }).include('.pymem-heap-panel').analyze();
    expect(results.violations.map((v) => `${theme} ${v.id}: ${v.help} e.g. ${v.nodes.slice(0, 2).map((n) => n.html.slice(0, 200)).join(' | ')}`)).toEqual([]);
  }
});
