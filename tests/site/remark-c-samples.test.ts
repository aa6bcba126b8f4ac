// Unit tests for the C-sample wrapper (remark-c-samples) through a real unified pipeline,
// including Expressive Code, which must accept any fence meta.
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { VFile } from 'vfile';
import { remarkCSamples, sampleIdFromMeta } from '../../src/components/markdown/remark-c-samples.ts';

const contentDir = '/virtual/content';
const SOURCE = 'char *p = (char *) malloc(1 < 2 ? 8 : 4); /* "q" & <r> */\n\tfree(p);\n';

async function render(markdown: string, path = `${contentDir}/examples.mdx`): Promise<string> {
  const processor = unified().use(remarkParse).use(remarkCSamples, { contentDir }).use(remarkRehype).use(rehypeStringify);
  return String(await processor.process(new VFile({ path, value: markdown })));
}

/**
 * The text of the sample's <template>, read from the hast tree (MDX compiles hast children to
 * JSX; rehype-stringify would print a template's `content` instead, so we do not go through it).
 */
async function sourceOf(markdown: string, id: string): Promise<string> {
  const processor = unified().use(remarkParse).use(remarkCSamples, { contentDir }).use(remarkRehype);
  const file = new VFile({ path: `${contentDir}/examples.mdx`, value: markdown });
  const hast = (await processor.run(processor.parse(file), file)) as any;
  let found: string | null = null;
  const walk = (n: any, inSample: boolean) => {
    const here = inSample || n.properties?.dataSampleId === id;
    if (here && n.tagName === 'template') found = n.children.map((c: any) => c.value).join('');
    for (const c of n.children ?? []) walk(c, here);
  };
  walk(hast, false);
  if (found === null) throw new Error(`no sample ${id}`);
  return found;
}

describe('sampleIdFromMeta', () => {
  it('reads id= in any quoting and ignores the rest of the meta', () => {
    expect(sampleIdFromMeta('title="x" id=fatal-free run')).toBe('fatal-free');
    expect(sampleIdFromMeta('id="a.b_c-1"')).toBe('a.b_c-1');
    expect(sampleIdFromMeta("id='z'")).toBe('z');
    expect(sampleIdFromMeta('title="no id here" {1-3}')).toBeNull();
    expect(sampleIdFromMeta(undefined)).toBeNull();
  });
  it('rejects an id that cannot be an HTML id fragment', () => {
    expect(() => sampleIdFromMeta('id="two words"')).toThrow(/C sample id/);
  });
});

describe('remarkCSamples', () => {
  it('wraps each C fence with page-and-position ids and the raw meta', async () => {
    const html = await render('```c\nint a;\n```\n\ntext\n\n```python\nx = 1\n```\n\n```c run mode=debug\nint b;\n```\n');
    expect(html).toContain('<div class="c-sample" id="sample-examples-1" data-sample-id="examples-1" data-sample-meta="">');
    expect(html).toContain('data-sample-id="examples-2" data-sample-meta="run mode=debug"');
    // The python fence is not a C sample and does not take a number.
    expect(html.match(/class="c-sample"/g)).toHaveLength(2);
    expect(html).toContain('<code class="language-python">');
  });

  it('uses id= from the meta and keeps the exact source in a <template>', async () => {
    const markdown = '```c id=fatal title="The fatal one"\n' + SOURCE + '```\n';
    const html = await render(markdown);
    expect(html).toContain('data-sample-id="fatal"');
    expect(html).toContain('data-sample-meta="id=fatal title=&#x22;The fatal one&#x22;"');
    expect(html).toContain('<template class="c-sample-source" data-pagefind-ignore="">');
    expect(await sourceOf(markdown, 'fatal')).toBe(SOURCE.replace(/\n$/, ''));
  });

  it('derives the page part of the id from the file path', async () => {
    const html = await render('```c\nint a;\n```\n', `${contentDir}/index.mdx`);
    expect(html).toContain('data-sample-id="index-1"');
  });

  it('refuses two samples with the same id on a page', async () => {
    await expect(render('```c id=x\nint a;\n```\n\n```c id=x\nint b;\n```\n')).rejects.toThrow(/two C samples have the id "x"/);
  });

  it('survives Expressive Code with unknown meta, highlighted inside the wrapper', () => {
    // Expressive Code (Shiki) runs in a child Node process: under vitest's worker threads its
    // loading stalls, and the build runs it in plain Node anyway.
    const script = `
      import { unified } from 'unified';
      import remarkParse from 'remark-parse';
      import remarkRehype from 'remark-rehype';
      import rehypeStringify from 'rehype-stringify';
      import rehypeExpressiveCode from 'rehype-expressive-code';
      import { VFile } from 'vfile';
      import { remarkCSamples } from './src/components/markdown/remark-c-samples.ts';
      const md = ${JSON.stringify('```c id=k frobnicate=3 {weird} outcome=fatal "quoted"\n' + SOURCE + '```\n')};
      const file = new VFile({ path: '/virtual/content/examples.md', value: md });
      const out = await unified().use(remarkParse).use(remarkCSamples, { contentDir: '/virtual/content' })
        .use(remarkRehype).use(rehypeExpressiveCode, { themes: ['github-light'] }).use(rehypeStringify).process(file);
      process.stdout.write(String(out));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      encoding: 'utf8',
      timeout: 50_000,
    });
    expect(run.stderr).toBe('');
    const html = run.stdout;
    const wrapper = html.indexOf('data-sample-id="k"');
    const ec = html.indexOf('class="expressive-code"');
    expect(wrapper).toBeGreaterThan(-1);
    expect(ec).toBeGreaterThan(wrapper);
    expect(html).toContain('data-language="c"');
    expect(html).toContain('data-sample-meta="id=k frobnicate=3 {weird} outcome=fatal &#x22;quoted&#x22;"');
  });
});
