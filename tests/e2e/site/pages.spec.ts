// Every page shows its title, its text, its definitions and samples, and the attribution.
import { expect, test } from '@playwright/test';
import { SITE_PAGES, fencesOf, samplesOf } from './site-pages';

for (const p of SITE_PAGES) {
  test(`${p.path} shows its sections`, async ({ page }, testInfo) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
    await page.goto(p.path);
    await expect(page.locator('main h1')).toHaveText(p.title);
    const main = page.locator('main');
    for (const t of p.texts) await expect(main).toContainText(t);
    for (const name of p.definitions ?? []) {
      const dt = page.locator(`dt[id="c.${name}"]`);
      await expect(dt).toHaveCount(1);
      await expect(dt.locator('.sig-name')).toHaveText(name);
      await expect(dt.locator('a.headerlink')).toHaveAttribute('href', `#c.${name}`);
    }
    await expect(page.locator('dl.c-definition')).toHaveCount(p.definitions?.length ?? 0);
    await expect(page.locator('.c-sample')).toHaveCount(p.samples?.length ?? 0);
    await expect(page.locator('.attribution')).toContainText('© Python Software Foundation');
    await expect(page.locator('.attribution')).toContainText('PSF License');
    await testInfo.attach(`${p.path}.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
    expect(errors).toEqual([]);
  });
}

test('C samples: wrapper, stable id, highlighted <pre>, copy button and the exact source', async ({ page }) => {
  for (const [path, file, prefix] of [['/overview/', 'overview.mdx', 'overview'], ['/examples/', 'examples.mdx', 'examples']] as const) {
    await page.goto(path);
    const fences = fencesOf(file);
    expect(fences.length).toBeGreaterThan(0);
    for (let i = 0; i < fences.length; i++) {
      const sample = page.locator(`div.c-sample[data-sample-id="${prefix}-${i + 1}"]`);
      await expect(sample).toHaveAttribute('data-sample-meta', samplesOf(file)[i]!.meta);
      await expect(sample.locator('pre[data-language="c"]')).toHaveCount(1);
      // Highlighted at build time: tokens carry colours.
      expect(await sample.locator('pre span[style*="--0:"]').count()).toBeGreaterThan(5);
      await expect(sample.locator('button[data-code]')).toHaveCount(1);
      const source = await sample.evaluate(
        (el) => (el.querySelector('template.c-sample-source') as HTMLTemplateElement).content.textContent,
      );
      expect(source).toBe(fences[i]);
    }
  }
});

test('the copy button copies the sample text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/examples/');
  const sample = page.locator('div.c-sample[data-sample-id="examples-3"]');
  await sample.hover();
  await sample.locator('button[data-code]').click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(fencesOf('examples.mdx')[2]);
});

test('mentions in prose link to their definitions', async ({ page }) => {
  await page.goto('/memory-interface/');
  const links = page.locator('main a.c-xref');
  expect(await links.count()).toBeGreaterThan(10);
  await expect(page.locator('dt[id="c.PyMem_New"] + dd a.c-xref').first()).toHaveAttribute('href', '#c.PyMem_Malloc');
  // PyMem_NEW() in the 2.5 text is defined only in the 1.5.2 text.
  await expect(page.locator('main a.c-xref', { hasText: 'PyMem_NEW()' })).toHaveAttribute('href', '/python-1.5.2/memory-interface/#c.PyMem_NEW');
  await page.goto('/whatsnew23-pymalloc/');
  await page.locator('main a.c-xref', { hasText: 'PyMem_Realloc()' }).click();
  await expect(page).toHaveURL(/\/memory-interface\/#c\.PyMem_Realloc$/);
  await expect(page.locator('dt:target .sig-name')).toHaveText('PyMem_Realloc');
});

test('print stylesheet hides navigation and controls', async ({ page }) => {
  await page.goto('/memory-interface/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.pagination-links')).toBeHidden();
  await expect(page.locator('.old-nav')).toBeHidden();
  await expect(page.locator('.version-switch')).toBeHidden();
  await expect(page.locator('dt[id="c.PyMem_Malloc"]')).toBeVisible();
  await expect(page.locator('.attribution')).toBeVisible();
});
