/*
 * Every C sample in content/, as the site's remark plugin sees it: page file, fence line, id,
 * meta, source and elision code. Shared by the doc tests (vitest) and scripts that fill in
 * `expect`. Main export: contentSamples.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { remarkCSamples, type CSampleNode } from '../../src/components/markdown/remark-c-samples.ts';

export const CONTENT_DIR = fileURLToPath(new URL('../../content/', import.meta.url));

export interface ContentSample {
  file: string;
  line: number;
  sampleId: string;
  meta: string;
  source: string;
  elisions: Record<string, string>;
}

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pages(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : []);
}

export async function contentSamples(): Promise<ContentSample[]> {
  const out: ContentSample[] = [];
  for (const path of pages(CONTENT_DIR).sort()) {
    const processor = unified().use(remarkParse).use(remarkCSamples, { contentDir: CONTENT_DIR });
    const file = new VFile({ path, value: readFileSync(path, 'utf8') });
    const tree = await processor.run(processor.parse(file), file);
    visit(tree, (n) => {
      if ((n as { type: string }).type !== 'cSample') return;
      const s = n as unknown as CSampleNode;
      const elisions: Record<string, string> = {};
      for (const part of s.children.slice(1)) {
        const props = (part as { data: { hProperties?: Record<string, string>; hChildren?: { value: string }[] } }).data;
        const k = props.hProperties?.dataElision;
        if (k) elisions[k] = props.hChildren?.map((c) => c.value).join('') ?? '';
      }
      const code = s.children[0];
      out.push({ file: path.slice(CONTENT_DIR.length), line: code.position?.start.line ?? 0, sampleId: s.data.sampleId, meta: s.data.meta, source: code.value, elisions });
    });
  }
  return out;
}
