// The Index lists every C name, and each definition link lands on the definition.
import { expect, test } from '@playwright/test';
import { SITE_PAGES } from './site-pages';

const DEFINED = [...new Set(SITE_PAGES.flatMap((p) => p.definitions ?? []))];
const MENTIONED_ONLY = [
  'malloc', 'calloc', 'realloc', 'free', 'PyErr_NoMemory', 'PyObject_New', 'PyObject_NewVar',
  'PyObject_Del', 'PyObject_Malloc', 'PyObject_Realloc', 'PyObject_Free', 'PyMem_MALLOC',
  'PyMem_REALLOC', 'PyMem_FREE', 'PyString_FromString',
];

test('the Index lists every C name, sorted', async ({ page }) => {
  await page.goto('/genindex/');
  const listed = await page.locator('dl.genindex > dt').evaluateAll((dts) => dts.map((d) => d.getAttribute('data-c-name')));
  expect(new Set(listed)).toEqual(new Set([...DEFINED, ...MENTIONED_ONLY]));
  const key = (s: string | null) => s!.replace(/^_+/, '').toLowerCase();
  expect(listed.map(key)).toEqual([...listed.map(key)].sort());
  for (const name of MENTIONED_ONLY) {
    await expect(page.locator(`dt[data-c-name="${name}"]`)).toContainText('not defined in this chapter');
  }
});

test('every definition link in the Index lands on that definition', async ({ page }) => {
  await page.goto('/genindex/');
  const all = await page.locator('a.index-def').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const hrefs = [...new Set(all)];
  // Each defined name has at least one definition link; PyMem_Malloc has two (2.5 and 1.5.2).
  for (const name of DEFINED) expect(hrefs.some((h) => h.endsWith(`#c.${name}`))).toBe(true);
  expect(hrefs.filter((h) => h.endsWith('#c.PyMem_Malloc'))).toEqual(['/memory-interface/#c.PyMem_Malloc', '/python-1.5.2/memory-interface/#c.PyMem_Malloc']);
  for (const href of hrefs) {
    const name = href.split('#c.')[1]!;
    await page.goto(href);
    const target = page.locator(':target');
    await expect(target).toHaveCount(1);
    await expect(target).toHaveAttribute('id', `c.${name}`);
    expect(await target.evaluate((el) => el.tagName + '.' + el.className)).toBe('DT.sig sig-object c');
    await expect(target.locator('.sig-name')).toHaveText(name);
    await expect(target).toBeInViewport();
  }
});

test('mention links in the Index land on an element that shows the name', async ({ page }) => {
  await page.goto('/genindex/');
  const hrefs = await page.locator('dt[data-c-name="PyErr_NoMemory"] + dd a.index-mention').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs).toContain('/overview/#sample-overview-1');
  expect(hrefs).toContain('/python-1.5.2/memory-interface/#x-PyErr_NoMemory-1');
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.locator(':target')).toContainText('PyErr_NoMemory');
  }
});
