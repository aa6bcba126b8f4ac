// Search (Pagefind, Ctrl/Cmd+K) and the theme choice.
import { expect, test } from '@playwright/test';

test('Ctrl+K opens search, and "PyMem_Realloc" finds the Memory Interface page', async ({ page }) => {
  await page.goto('/overview/');
  const dialog = page.locator('dialog[aria-label="Search"]');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await dialog.locator('input[type="text"], input[type="search"]').first().fill('PyMem_Realloc');
  const results = dialog.locator('a.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible({ timeout: 10_000 });
  const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs).toContain('/memory-interface/');
});

test('the theme follows the system until chosen, and the choice survives a reload and other pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/overview/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/examples/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Code colours follow the theme: a keyword is not drawn in the light theme's colour.
  const colour = await page.locator('.c-sample pre span[style*="--0:"]').nth(1).evaluate((el) => getComputedStyle(el).color);
  await page.locator('starlight-theme-select select').first().selectOption('light');
  const colourLight = await page.locator('.c-sample pre span[style*="--0:"]').nth(1).evaluate((el) => getComputedStyle(el).color);
  expect(colour).not.toBe(colourLight);
});
