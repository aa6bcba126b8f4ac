// Unit tests for remark-c-xref: mentions of defined C names become links, every mention gets
// an id, and the page's definitions and mentions are exported for the Index.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { remarkCSamples } from '../../src/components/markdown/remark-c-samples.ts';
import { remarkCXref, type CNamesFrontmatter } from '../../src/components/markdown/remark-c-xref.ts';

let dir = '';
const pages: Record<string, string> = {
  'api.mdx': '---\ntitle: API\n---\n<CFunction type="void*" name="PyMem_Malloc" args="size_t n">\nSee `PyMem_Malloc(1)` and `PyMem_Free()`.\n</CFunction>\n',
  'old/api.mdx': '---\ntitle: Old\nslug: old-api\nlegacy: true\n---\n<CFunction name="PyMem_Malloc" args="size_t n">x</CFunction>\n<CFunction name="ANY" suffix="*" kind="type">y</CFunction>\n<CFunction name="PyMem_NEW" args="TYPE, size_t n">z</CFunction>\n',
  'prose.mdx': '---\ntitle: Prose\n---\nUse `PyMem_Malloc()`, <code>PyMem_Malloc(<var>n</var>)</code>, `PyMem_NEW()`, `malloc()` and `NULL`.\n\n## About `PyMem_Malloc()`\n\n[`PyMem_Malloc()` here](/x/)\n\n```c\nchar *b = PyMem_Malloc(8);\nfree(b);\n```\n',
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xref-'));
  mkdirSync(join(dir, 'old'));
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(dir, name), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(name: string): Promise<{ tree: Root; cNames: CNamesFrontmatter }> {
  const file = new VFile({ path: join(dir, name), value: pages[name]!.replace(/^---[\s\S]*?---\n/, '') });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCSamples, { contentDir: dir }).use(remarkCXref, { contentDir: dir });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  const data = file.data as { astro: { frontmatter: { cNames: CNamesFrontmatter } } };
  return { tree, cNames: data.astro.frontmatter.cNames };
}

function links(tree: Root): { url: string; id: unknown }[] {
  const out: { url: string; id: unknown }[] = [];
  const walk = (n: any) => {
    if (n.type === 'link' && n.data?.hProperties?.className?.includes('c-xref')) out.push({ url: n.url, id: n.data.hProperties.id });
    for (const c of n.children ?? []) walk(c);
  };
  walk(tree);
  return out;
}

describe('remarkCXref', () => {
  it('links prose mentions to the current definition, and to the legacy page when only it defines the name', async () => {
    const { tree } = await run('prose.mdx');
    expect(links(tree)).toEqual([
      { url: '/api/#c.PyMem_Malloc', id: 'x-PyMem_Malloc-1' },
      { url: '/api/#c.PyMem_Malloc', id: 'x-PyMem_Malloc-2' },
      { url: '/old-api/#c.PyMem_NEW', id: 'x-PyMem_NEW-1' },
    ]);
  });

  it('does not link inside headings or links, nor undefined names, but gives those mentions ids', async () => {
    const { tree, cNames } = await run('prose.mdx');
    expect(links(tree).some((l) => l.url === '/x/')).toBe(false);
    expect(cNames.mentions.filter((m) => m.in === 'text')).toEqual([
      { name: 'PyMem_Malloc', id: 'x-PyMem_Malloc-1', in: 'text' },
      { name: 'PyMem_Malloc', id: 'x-PyMem_Malloc-2', in: 'text' },
      { name: 'PyMem_NEW', id: 'x-PyMem_NEW-1', in: 'text' },
      { name: 'malloc', id: 'x-malloc-1', in: 'text' },
    ]);
  });

  it('records the calls in C samples as mentions of the sample', async () => {
    const { cNames } = await run('prose.mdx');
    expect(cNames.mentions.filter((m) => m.in === 'sample')).toEqual([
      { name: 'PyMem_Malloc', id: 'sample-prose-1', in: 'sample' },
      { name: 'free', id: 'sample-prose-1', in: 'sample' },
    ]);
  });

  it('exports definitions and links mentions inside a definition to the same page', async () => {
    const { tree, cNames } = await run('api.mdx');
    expect(cNames.definitions).toEqual(['PyMem_Malloc']);
    expect(links(tree)[0]).toEqual({ url: '#c.PyMem_Malloc', id: 'x-PyMem_Malloc-1' });
    // PyMem_Free is not defined anywhere in this fixture: no link.
    expect(links(tree)).toHaveLength(1);
  });

  it('on a legacy page, its own definitions win', async () => {
    const { cNames } = await run('old/api.mdx');
    expect(cNames.definitions).toEqual(['PyMem_Malloc', 'ANY', 'PyMem_NEW']);
  });
});
