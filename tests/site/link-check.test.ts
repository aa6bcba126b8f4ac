// Unit tests for scripts/link-check.mjs on a small fake dist/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkLinks } from '../../scripts/link-check.mjs';

let dist = '';
beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'dist-'));
  mkdirSync(join(dist, 'a'));
  mkdirSync(join(dist, '_astro'));
  writeFileSync(join(dist, '_astro', 'x.css'), '');
  writeFileSync(
    join(dist, 'index.html'),
    `<link rel="stylesheet" href="/_astro/x.css"><a href="/a/">ok</a><a href="/a/#c.PyMem_Malloc">ok</a>
     <a href="#top">ok</a><span id="top"></span><a href="https://example.com/#nope">external</a>
     <a href="/missing/">broken</a><a href="/a/#c.PyMem_Nope">broken anchor</a>
     <template><a href="/in-template/">ignored</a></template><script>const s = '<a href="/in-script/">';</script>`,
  );
  writeFileSync(join(dist, 'a', 'index.html'), `<dt id="c.PyMem_Malloc"></dt><a href="../#top">ok</a><a href="#x-1">broken</a>`);
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('checkLinks', () => {
  it('reports exactly the missing pages and anchors', () => {
    const { pages, broken } = checkLinks(dist);
    expect(pages).toBe(2);
    const key = (b: { from: string; href: string }) => b.from + ' ' + b.href;
    expect([...broken].sort((a, b) => (key(a) < key(b) ? -1 : 1))).toEqual([
      { from: '/', href: '/a/#c.PyMem_Nope', reason: 'no element with id "c.PyMem_Nope"' },
      { from: '/', href: '/missing/', reason: 'no such file' },
      { from: '/a/', href: '#x-1', reason: 'no element with id "x-1"' },
    ]);
  });
});
