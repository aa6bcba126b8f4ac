// Previous / Up / Next, at the bottom (cards) and at the top (the old text panel).
import { expect, test } from '@playwright/test';
import { SITE_PAGES } from './site-pages';

for (const p of SITE_PAGES) {
  test(`${p.path}: previous, up and next lead where they should`, async ({ page }) => {
    await page.goto(p.path);
    for (const [rel, want] of [['prev', p.prev], ['up', p.up], ['next', p.next]] as const) {
      for (const where of ['.pagination-links', '.old-nav']) {
        const link = page.locator(`${where} a[rel="${rel}"]`);
        if (want === null) {
          await expect(link).toHaveCount(0);
        } else {
          await expect(link).toHaveAttribute('href', want);
        }
      }
    }
  });
}

test('following Next from the first page visits every page in order', async ({ page }) => {
  await page.goto('/');
  for (let i = 1; i < SITE_PAGES.length; i++) {
    await page.locator('.pagination-links a[rel="next"]').click();
    await expect(page).toHaveURL(SITE_PAGES[i]!.path);
    await expect(page.locator('main h1')).toHaveText(SITE_PAGES[i]!.title);
  }
  await page.locator('.pagination-links a[rel="up"]').click();
  await expect(page).toHaveURL('/');
});

test('Contents lists every page', async ({ page }) => {
  await page.goto('/contents/');
  for (const p of SITE_PAGES) {
    await expect(page.locator(`main .contents-tree a[href="${p.path}"]`).first()).toBeVisible();
  }
});
