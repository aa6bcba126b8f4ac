// Screenshots of every page, light and dark, desktop and phone, into $SHOTS_DIR (/tmp/shots),
// for a person to look at; each one also checks the theme applied and nothing overflows.
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SITE_PAGES } from './site-pages';

const DIR = process.env.SHOTS_DIR ?? '/tmp/shots';

for (const [label, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`screenshots: ${label}, ${theme}`, async ({ browser }) => {
      test.setTimeout(60_000);
      mkdirSync(DIR, { recursive: true });
      const context = await browser.newContext({ viewport, colorScheme: theme });
      const page = await context.newPage();
      for (const p of SITE_PAGES) {
        await page.goto(p.path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const name = p.path === '/' ? 'index' : p.path.replace(/^\/|\/$/g, '').replace(/\//g, '_');
        await page.screenshot({ path: `${DIR}/${name}-${theme}-${label}.png`, fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, p.path).toBeLessThanOrEqual(0);
      }
      await context.close();
    });
  }
}
