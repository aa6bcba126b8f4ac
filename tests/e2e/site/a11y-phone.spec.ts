// axe-core on every page in both themes; phone widths without horizontal scrolling.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SITE_PAGES } from './site-pages';

for (const theme of ['light', 'dark'] as const) {
  test(`axe reports no violations in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const found: string[] = [];
    for (const p of SITE_PAGES) {
      await page.goto(p.path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const { violations } = await new AxeBuilder({ page }).analyze();
      for (const v of violations) {
        found.push(`${p.path} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      }
    }
    expect(found).toEqual([]);
  });
}

test.describe('phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  test('no page scrolls sideways', async ({ page }) => {
    for (const p of SITE_PAGES) {
      await page.goto(p.path);
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, `${p.path} is ${scroll}px wide on a ${client}px screen`).toBeLessThanOrEqual(client);
    }
  });
  test('the menu opens and leads to the Index', async ({ page }) => {
    await page.goto('/overview/');
    await page.locator('starlight-menu-button button').click();
    await page.locator('#starlight__sidebar a[href="/genindex/"]').click();
    await expect(page.locator('main h1')).toHaveText('Index');
  });
});
