// Build-time index of C names: which page defines each name and where each is mentioned.
// Main export: collectCNames(). Reads what remark-c-xref exported as frontmatter `cNames` for
// every page, so the Index cannot drift from the text.
import { getCollection, render } from 'astro:content';
import type { CNamesFrontmatter } from '../markdown/remark-c-xref';
import { hrefForSlug } from './nav-links';

export interface PageRef {
  slug: string;
  title: string;
  href: string;
}

export interface CNameEntry {
  name: string;
  kind: 'function' | 'macro' | 'type' | null;
  definitions: (PageRef & { anchor: string })[];
  mentions: (PageRef & { anchor: string; in: 'text' | 'sample'; label: string })[];
}

/** Pages that only list names (and would otherwise index themselves). */
const LISTING_PAGES = new Set(['genindex', 'contents']);

/** Kinds come from the CFunction blocks' `kind` attribute, read from the page source. */
function kindsIn(body: string): Map<string, CNameEntry['kind']> {
  const kinds = new Map<string, CNameEntry['kind']>();
  for (const m of body.matchAll(/<CFunction\b([^>]*)>/g)) {
    const attrs = m[1]!;
    const name = /\bname="([^"]+)"/.exec(attrs)?.[1];
    const kind = (/\bkind="([^"]+)"/.exec(attrs)?.[1] ?? 'function') as CNameEntry['kind'];
    if (name) kinds.set(name, kind);
  }
  return kinds;
}

export async function collectCNames(): Promise<{
  pages: PageRef[];
  names: CNameEntry[];
  /** Names each page defines, in the page's order, by page href. */
  definedOn: Map<string, string[]>;
}> {
  const definedOn = new Map<string, string[]>();
  const entries = (await getCollection('docs')).filter((e) => !LISTING_PAGES.has(e.id));
  const byName = new Map<string, CNameEntry>();
  const pages: PageRef[] = [];
  const get = (name: string) => {
    let e = byName.get(name);
    if (!e) byName.set(name, (e = { name, kind: null, definitions: [], mentions: [] }));
    return e;
  };
  for (const entry of entries) {
    const slug = entry.id === 'index' ? '' : entry.id;
    const page: PageRef = { slug, title: entry.data.title, href: hrefForSlug(slug) };
    pages.push(page);
    const { remarkPluginFrontmatter } = await render(entry);
    const cNames = remarkPluginFrontmatter.cNames as CNamesFrontmatter | undefined;
    if (!cNames) continue;
    const kinds = kindsIn(entry.body ?? '');
    definedOn.set(page.href, [...cNames.definitions]);
    for (const name of cNames.definitions) {
      const e = get(name);
      e.kind ??= kinds.get(name) ?? 'function';
      e.definitions.push({ ...page, anchor: `c.${name}` });
    }
    for (const m of cNames.mentions) {
      const label = m.in === 'sample' ? `sample ${m.id.replace(/^sample-/, '')}` : page.title;
      get(m.name).mentions.push({ ...page, anchor: m.id, in: m.in, label });
    }
  }
  // Current texts first, then older ones; within each, pages in sidebar-like (id) order.
  const legacy = new Set(entries.filter((e) => e.data.legacy).map((e) => (e.id === 'index' ? '' : e.id)));
  for (const e of byName.values()) {
    e.definitions.sort((a, b) => Number(legacy.has(a.slug)) - Number(legacy.has(b.slug)));
  }
  const names = [...byName.values()].sort((a, b) => {
    const ka = a.name.replace(/^_+/, '').toLowerCase();
    const kb = b.name.replace(/^_+/, '').toLowerCase();
    return ka < kb ? -1 : ka > kb ? 1 : a.name < b.name ? -1 : 1;
  });
  return { pages, names, definedOn };
}
