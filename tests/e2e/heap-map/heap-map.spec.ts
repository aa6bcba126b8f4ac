/*
 * <pymem-heap-map> and <pymem-step-controls> in Chromium, on a static fixture page whose
 * loadStep replays a scripted program on the real Machine in the page (tests/heap-map/support/
 * scripted-run.ts). The page and its esbuild bundle are served through page.route, so these tests
 * need neither the site build nor a page in src/pages.
 */

import { expect, test, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../../..');
const ORIGIN = 'http://heap-map.fixture';
let bundle = '';

test.beforeAll(async () => {
  const r = await build({
    entryPoints: [join(here, 'fixtures/fixture-main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  bundle = r.outputFiles[0]!.text;
});

async function open(page: Page, script: string, theme: 'dark' | 'light' = 'dark'): Promise<void> {
  const html = readFileSync(join(here, 'fixtures/page.html'), 'utf8').replace('data-theme="dark"', `data-theme="${theme}"`);
  const props = readFileSync(join(repo, 'node_modules/@astrojs/starlight/style/props.css'), 'utf8');
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/fixture.js') return route.fulfill({ body: bundle, contentType: 'text/javascript' });
    if (path === '/starlight-props.css') return route.fulfill({ body: props, contentType: 'text/css' });
    return route.fulfill({ body: html, contentType: 'text/html' });
  });
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(`${ORIGIN}/?script=${script}`);
  await page.waitForFunction(() => (window as unknown as { heapMapReady?: Promise<boolean> }).heapMapReady !== undefined);
  await page.evaluate(() => (window as unknown as { heapMapReady: Promise<boolean> }).heapMapReady);
}

const map = (page: Page) => page.locator('pymem-heap-map');

test('three errors under PYTHONMALLOC=debug: the read at buf1-8 is outlined and the hex view shows 0x6d and 0xfd', async ({ page }, testInfo) => {
  await open(page, 'three-errors');
  const facts = await page.evaluate(() => {
    const f = (window as any).heapMapFixture;
    const layout = f.map.currentLayout;
    const buf1 = layout.items.find((i: any) => i.labels.includes('buf1'));
    const h = layout.highlights[0];
    const seg = buf1.segments.find((s: any) => s.address === h.address);
    return { buf1Aria: buf1.ariaLabel, buf1Id: buf1.id, hAddress: h.address, hLength: h.length, hItem: h.itemId, rect: h.rect, seg, labels: f.controls.map && (window as any).heapMapFixture.map && null };
  });
  const buf1 = await page.evaluate(() => {
    const f = (window as any).heapMapFixture;
    return f.map.currentLayout.live.find((l: any) => l.block.api === 'PyMem_Malloc' && l.drawn)?.block.address as number;
  });
  // The decisive read: 8 bytes at buf1 - 8, inside buf1's own box, exactly over the 'm' pad's id word.
  expect(facts.hAddress).toBe(buf1 - 8);
  expect(facts.hLength).toBe(8);
  expect(facts.hItem).toBe(facts.buf1Id);
  expect(facts.seg.kind).toBe('pad-id');
  expect(facts.seg.apiId).toBe(0x6d);
  expect(facts.rect.x).toBeCloseTo(facts.seg.x, 5);
  expect(facts.rect.w).toBeCloseTo(facts.seg.w, 5);
  expect(facts.buf1Aria).toMatch(/^buf1, 8192 bytes, PyMem_Malloc, glibc chunk at 0x[0-9a-f]+/);

  const hl = map(page).locator('.hm-highlight-primary');
  await expect(hl).toHaveAttribute('data-address', '0x' + (buf1 - 8).toString(16));
  await expect(hl).toHaveAttribute('data-length', '8');
  // On screen, the outline sits on the buf1 box.
  const hlBox = (await hl.locator('rect').boundingBox())!;
  const itemBox = (await map(page).locator(`g[data-labels="buf1"] > rect.hm-box`).boundingBox())!;
  expect(hlBox.x).toBeGreaterThanOrEqual(itemBox.x - 3);
  expect(hlBox.x + hlBox.width).toBeLessThanOrEqual(itemBox.x + itemBox.width + 3);

  // The hex view of the highlighted box: the 8 bytes read are 6d fd fd fd fd fd fd fd.
  const readBytes = map(page).locator('.hm-hex .hm-b.hm-read');
  await expect(readBytes).toHaveCount(8);
  expect(await readBytes.allTextContents()).toEqual(['6d', 'fd', 'fd', 'fd', 'fd', 'fd', 'fd', 'fd']);
  await expect(map(page).locator('.hm-hex .hm-reads')).toContainText('6d fd fd fd fd fd fd fd');
  await expect(map(page).locator('.hm-hex .hm-reads')).toContainText('A=1 M=0 P=1');
  await expect(map(page).locator('.hm-hex .hm-b.hm-pat-forbidden').first()).toBeVisible();
  // The screen-reader summary says the same in words.
  await expect(map(page).locator('.hm-sr')).toContainText('read 8 bytes at buf1-8');

  for (const theme of ['dark', 'light'] as const) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    const shot = await map(page).screenshot();
    await testInfo.attach(`heap-map-three-errors-${theme}.png`, { body: shot, contentType: 'image/png' });
  }
});

test('double PyMem_Free: the pool free list points at the block itself', async ({ page }, testInfo) => {
  await open(page, 'double-pymem-free');
  const a = await page.evaluate(() => (window as any).heapMapFixture.map.currentLayout.items.find((i: any) => i.labels.includes('a')));
  expect(a.kind).toBe('block');
  expect(a.state).toBe('free');
  const loop = map(page).locator('path.hm-arrow-freelist-loop');
  await expect(loop).toHaveCount(1);
  await expect(loop).toHaveAttribute('data-from', a.id);
  await expect(loop).toHaveAttribute('data-to', a.id);
  // Head of the list: the pool_header's freeblock also points at a.
  await expect(map(page).locator(`path.hm-arrow-freelist[data-to="${a.id}"]`)).toHaveCount(1);
  await map(page).locator(`g[data-labels="a"]`).focus();
  await expect(map(page).locator('.hm-hex')).toContainText('points at the block itself');
  await expect(map(page).locator('.hm-sr')).toContainText('points at itself');
  const shot = await map(page).screenshot();
  await testInfo.attach('heap-map-double-pymem-free.png', { body: shot, contentType: 'image/png' });
});

test('Back then Step gives the same picture, and a fresh replay gives it too', async ({ page }) => {
  await open(page, 'three-errors');
  const picture = () =>
    page.evaluate(() => {
      const root = (document.querySelector('pymem-heap-map') as any).shadowRoot;
      return root.querySelector('.hm-scroll').innerHTML + '|' + root.querySelector('.hm-sr').textContent;
    });
  const controls = page.locator('pymem-step-controls');
  const at6 = await picture();
  await controls.getByRole('button', { name: 'Back one allocator call' }).click();
  await expect(controls.locator('output')).toContainText('Call 5 of 6 · line 25');
  const at5 = await picture();
  expect(at5).not.toEqual(at6);
  await controls.getByRole('button', { name: 'Step one allocator call' }).click();
  await expect(controls.locator('output')).toContainText('Call 6 of 6 · line 27');
  expect(await picture()).toEqual(at6);
  // Drop every cached step: step 5 comes back from a replay, byte for byte the same picture.
  await page.evaluate(() => (window as any).heapMapFixture.controls.stepHistory.clear());
  const before = await page.evaluate(() => (window as any).heapMapFixture.replays());
  await page.evaluate(() => (window as any).heapMapFixture.controls.goTo(5));
  expect(await page.evaluate(() => (window as any).heapMapFixture.replays())).toBeGreaterThan(before);
  expect(await picture()).toEqual(at5);
  // The editor is told which line each step is on.
  expect(await page.evaluate(() => (window as any).heapMapFixture.lines)).toEqual([27, 25, 27, 25]);
});

test('keyboard: one tab stop, arrows move, Enter opens a collapsed summary', async ({ page }) => {
  await open(page, 'three-errors');
  const firstCollapsed = await page.evaluate(() => (window as any).heapMapFixture.map.currentLayout.items.find((i: any) => i.expandable && !i.expanded).id);
  await map(page).locator(`g[data-id="${firstCollapsed}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(map(page).locator(`g[data-id="${firstCollapsed}"]`)).toHaveAttribute('aria-expanded', 'true');
  await expect(map(page).locator('g.hm-item[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  const active = await map(page).locator('g.hm-item[tabindex="0"]').getAttribute('data-id');
  expect(active).not.toBe(firstCollapsed);
  await page.keyboard.press('Enter');
});

test('stats toggle shows the sys._debugmallocstats() text', async ({ page }) => {
  await open(page, 'double-pymem-free');
  const button = map(page).getByRole('button', { name: 'sys._debugmallocstats()' });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(map(page).locator('.hm-stats')).toContainText('Small block threshold = 512, in 32 size classes.');
});

test('axe finds no accessibility violations in the map and the controls', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await open(page, 'double-pymem-free');
  const results = await new AxeBuilder({ page }).include('pymem-heap-map').include('pymem-step-controls').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} (${v.help}) e.g. ${v.nodes.slice(0, 3).map((n) => n.html.slice(0, 300)).join(" | ")}`)).toEqual([]);
});
