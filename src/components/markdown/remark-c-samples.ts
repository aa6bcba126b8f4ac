// remark plugin: wraps every ```c fence in the container the runner mounts onto.
// Main export: remarkCSamples. Output, per sample:
//   <div class="c-sample" id="sample-ID" data-sample-id="ID" data-sample-meta="RAW META">
//     <pre>…highlighted by Expressive Code (Shiki) later, in rehype…</pre>
//     <template class="c-sample-source">exact fence text</template>
//   </div>
// ID is `id=` from the fence meta if given, else `<page>-<n>` (n counts C fences on the page).
// Leaves out: highlighting (Expressive Code does it) and any meaning of the other meta words.
import type { Code, Root } from 'mdast';
import type { FileLike } from './page-of-file.ts';
import { visit } from 'unist-util-visit';
import { pageKey } from './page-of-file.ts';

export const C_LANGS = new Set(['c', 'C', 'h']);

/** `id=foo`, `id="foo"` or `id='foo'` anywhere in the fence meta. */
export function sampleIdFromMeta(meta: string | null | undefined): string | null {
  if (!meta) return null;
  const m = /(?:^|\s)id=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(meta);
  const id = m ? (m[1] ?? m[2] ?? m[3] ?? '') : null;
  if (id === null) return null;
  if (!/^[A-Za-z0-9][\w.-]*$/.test(id)) {
    throw new Error(`C sample id=${JSON.stringify(id)}: use letters, digits, '.', '_' or '-'`);
  }
  return id;
}

export interface CSampleData {
  sampleId: string;
  meta: string;
}

/**
 * The wrapper node. Not registered in mdast's content map on purpose: that augmentation would
 * leak into every other plugin's types. mdast-util-to-hast turns it into a <div> via `data`.
 */
export interface CSampleNode {
  type: 'cSample';
  data: CSampleData & { hName: 'div'; hProperties: Record<string, string | string[]> };
  children: [Code, { type: 'cSampleSource'; data: Record<string, unknown> }];
}

export function remarkCSamples(options: { contentDir: string }) {
  return function transform(tree: Root, file: FileLike) {
    const key = pageKey(file, options.contentDir);
    const used = new Set<string>();
    let position = 0;
    visit(tree, 'code', (node: Code, index, parent) => {
      if (!parent || index === undefined || !C_LANGS.has(node.lang ?? '')) return;
      if ((parent as { type: string }).type === 'cSample') return;
      position += 1;
      const meta = node.meta ?? '';
      const sampleId = sampleIdFromMeta(meta) ?? `${key}-${position}`;
      if (used.has(sampleId)) {
        throw new Error(`${file.path}: two C samples have the id "${sampleId}"`);
      }
      used.add(sampleId);
      const wrapper: CSampleNode = {
        type: 'cSample',
        data: {
          sampleId,
          meta,
          hName: 'div',
          hProperties: {
            className: ['c-sample'],
            id: `sample-${sampleId}`,
            dataSampleId: sampleId,
            dataSampleMeta: meta,
          },
        },
        children: [
          node,
          {
            type: 'cSampleSource',
            data: {
              hName: 'template',
              hProperties: { className: ['c-sample-source'], dataPagefindIgnore: '' },
              hChildren: [{ type: 'text', value: node.value }],
            },
          },
        ],
      };
      parent.children[index] = wrapper as unknown as (typeof parent.children)[number];
      return 'skip';
    });
  };
}
