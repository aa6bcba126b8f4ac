// The version switch on the Memory Interface page: swaps the text, remembers the choice, and
// works without JavaScript as plain links.
import { expect, test } from '@playwright/test';

const NEW_TEXT = 'but specifying behavior when requesting zero bytes';
const OLD_TEXT = 'Used to represent arbitrary blocks of memory.';

test('choosing Python 1.5.2 swaps the text in place, and the choice is remembered', async ({ page }) => {
  await page.goto('/memory-interface/');
  const main = page.locator('main');
  await expect(main).toContainText(NEW_TEXT);
  await page.evaluate(() => ((window as any).__samePage = true));
  await page.locator('.version-switch a', { hasText: 'Python 1.5.2' }).click();
  await expect(main).toContainText(OLD_TEXT);
  await expect(main).not.toContainText(NEW_TEXT);
  await expect(page).toHaveURL('/python-1.5.2/memory-interface/');
  await expect(page.locator('dt[id="c.Py_Malloc"]')).toHaveCount(1);
  await expect(page.locator('.version-switch a[aria-current="page"]')).toHaveText('Python 1.5.2');
  // Swapped without a page load.
  expect(await page.evaluate(() => (window as any).__samePage)).toBe(true);

  // Coming back to the Memory Interface later shows the remembered version.
  await page.goto('/overview/');
  await page.locator('.pagination-links a[rel="next"]').click();
  await expect(main).toContainText(OLD_TEXT);
  await expect(page).toHaveURL('/python-1.5.2/memory-interface/');

  // ... unless a link asks for a definition in the 2.5 text.
  await page.goto('/memory-interface/#c.PyMem_Resize');
  await expect(page.locator(':target .sig-name')).toHaveText('PyMem_Resize');

  await page.goto('/memory-interface/');
  await expect(main).toContainText(OLD_TEXT);
  await page.locator('.version-switch a', { hasText: 'Python 2.5' }).click();
  await expect(main).toContainText(NEW_TEXT);
  await expect(page).toHaveURL('/memory-interface/');
  await page.reload();
  await expect(main).toContainText(NEW_TEXT);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the switch is a pair of links to the two pages', async ({ page }) => {
    await page.goto('/memory-interface/');
    await page.locator('.version-switch a', { hasText: 'Python 1.5.2' }).click();
    await expect(page).toHaveURL('/python-1.5.2/memory-interface/');
    await expect(page.locator('main')).toContainText(OLD_TEXT);
    await page.locator('.version-switch a', { hasText: 'Python 2.5' }).click();
    await expect(page).toHaveURL('/memory-interface/');
    await expect(page.locator('main')).toContainText(NEW_TEXT);
  });
});
