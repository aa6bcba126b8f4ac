// remark plugin: cross-links C names, the way Sphinx's :c:func: role does.
// Main export: remarkCXref. Every inline `code` (or JSX <code>) in prose that names a C name
// defined by a <CFunction name="..."> anywhere under content/ becomes a link to that definition
// (`#c.PyMem_Malloc` on the same page, else on the current text's page), so authors cannot
// forget a link. Every mention of a C name, linked or not, gets an id (`x-PyMem_Malloc-2`), and
// the page's definitions and mentions are exported as frontmatter `cNames` for the Index page.
// Leaves out: names inside headings and existing links; identifiers inside code samples are
// recorded as mentions of the sample, not linked.
import type { InlineCode, Link, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { callNamesIn, cNameOf, resolveDefinition, scanDefinitions } from './c-names.ts';
import { pageSlug, type FileLike } from './page-of-file.ts';
import type { CSampleNode } from './remark-c-samples.ts';

export interface CNameMention {
  name: string;
  /** Element id on the page: `x-NAME-n` for prose, `sample-ID` for a C sample. */
  id: string;
  in: 'text' | 'sample';
}

export interface CNamesFrontmatter {
  definitions: string[];
  mentions: CNameMention[];
}

type AnyNode = Root | RootContent;

function jsxAttr(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | null {
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
  }
  return null;
}

function textOf(node: AnyNode): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as AnyNode[]).map(textOf).join('');
  return '';
}

export function remarkCXref(options: { contentDir: string }) {
  return function transform(tree: Root, file: FileLike) {
    const slug = pageSlug(file, options.contentDir);
    // Re-scanned per page so that `astro dev` sees a new definition without a restart.
    const pages = scanDefinitions(options.contentDir);
    const allDefined = new Set(pages.flatMap((p) => p.names));
    const result: CNamesFrontmatter = { definitions: [], mentions: [] };
    const counts = new Map<string, number>();

    const mentionId = (name: string): string => {
      const n = (counts.get(name) ?? 0) + 1;
      counts.set(name, n);
      return `x-${name}-${n}`;
    };

    /** Returns the node to put in place of `node` (itself, or a link wrapping it). */
    const mention = (node: InlineCode | MdxJsxTextElement, name: string): RootContent => {
      const id = mentionId(name);
      result.mentions.push({ name, id, in: 'text' });
      const target = resolveDefinition(name, slug, pages);
      if (!target) {
        if (node.type === 'inlineCode') {
          node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
        } else {
          node.attributes.push({ type: 'mdxJsxAttribute', name: 'id', value: id });
        }
        return node;
      }
      const link: Link = {
        type: 'link',
        url: target,
        title: null,
        data: { hProperties: { id, className: ['c-xref'] } },
        children: [node],
      };
      return link;
    };

    const walk = (node: AnyNode, inert: boolean): void => {
      if (!('children' in node)) return;
      const children = node.children as RootContent[];
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        if (child.type === 'inlineCode' && !inert) {
          const name = cNameOf(child.value, allDefined);
          if (name) children[i] = mention(child, name);
          continue;
        }
        if (child.type === 'mdxJsxTextElement' && child.name === 'code' && !inert) {
          const name = cNameOf(textOf(child), allDefined);
          if (name) children[i] = mention(child, name);
          continue;
        }
        if ((child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') && child.name === 'CFunction') {
          const name = jsxAttr(child, 'name');
          if (name) result.definitions.push(name);
        }
        if ((child as { type: string }).type === 'cSample') {
          const sample = child as unknown as CSampleNode;
          for (const name of callNamesIn(sample.children[0].value)) {
            result.mentions.push({ name, id: `sample-${sample.data.sampleId}`, in: 'sample' });
          }
          continue;
        }
        walk(child, inert || child.type === 'heading' || child.type === 'link' || child.type === 'linkReference');
      }
    };
    walk(tree, false);

    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.cNames = result;
  };
}
