// C names in the chapter: which strings count as a C API name, where each one is defined.
// Main exports: cNameOf() (the C name an inline-code text starts with), callNamesIn() (names
// called in a C sample), scanDefinitions() (every <CFunction name="..."> under content/).
// Leaves out: types and constants (PyObject, NULL, BUFSIZ) unless a page defines them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Names of the C API and the C library that the chapter talks about. */
const C_API_NAME = /^(?:_?Py[A-Z_]\w*|malloc|calloc|realloc|free)$/;

/** The anchor id of a definition, as Sphinx spells it: `c.PyMem_Malloc`. */
export function definitionId(name: string): string {
  return `c.${name}`;
}

/**
 * The C name an inline-code text refers to, or null. `PyMem_Malloc()`, `PyMem_Free(p)` and
 * `PyObject_Malloc` all name a function; `TYPE*`, `NULL` and `(n * sizeof(TYPE))` do not.
 * `defined` lets a page-defined name that does not look like an API name (`ANY*`) count.
 */
export function cNameOf(text: string, defined: ReadonlySet<string> = new Set()): string | null {
  const m = /^([A-Za-z_]\w*)\s*(\*|\(.*\))?\s*$/s.exec(text.trim());
  if (!m) return null;
  const name = m[1]!;
  if (defined.has(name)) return name;
  // A bare type-like word with `*` (e.g. `void*`) is not a function name.
  if (m[2] === '*') return null;
  return C_API_NAME.test(name) ? name : null;
}

/** The C API names called (followed by `(`) in a C sample, in order of first use. */
export function callNamesIn(code: string): string[] {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/.*$/gm, ' ');
  const seen = new Set<string>();
  for (const m of withoutComments.matchAll(/\b([A-Za-z_]\w*)\s*\(/g)) {
    const name = m[1]!;
    if (C_API_NAME.test(name)) seen.add(name);
  }
  return [...seen];
}

export interface PageDefinitions {
  /** Route of the page, with slashes: `/memory-interface/`, `/` for the index page. */
  href: string;
  /** Content id (slug) of the page. */
  slug: string;
  /** True for older texts: their definitions are linked only from their own page. */
  legacy: boolean;
  names: string[];
}

/** The slug Starlight gives a file under content/: frontmatter `slug`, else its path. */
export function slugOf(fileRelPath: string, source: string): string {
  const fm = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const explicit = /^slug:\s*['"]?([^'"\n]+?)['"]?\s*$/m.exec(fm)?.[1];
  if (explicit) return explicit;
  const noExt = fileRelPath.split(sep).join('/').replace(/\.mdx?$/, '');
  return noExt === 'index' ? '' : noExt.replace(/\/index$/, '').toLowerCase();
}

export function hrefOf(slug: string): string {
  return slug === '' || slug === 'index' ? '/' : `/${slug}/`;
}

/** The `name` of every `<CFunction ...>` in an MDX source, in order. */
export function definitionsIn(source: string): string[] {
  const names: string[] = [];
  for (const m of source.matchAll(/<CFunction\b[^>]*?\bname="([^"]+)"/g)) names.push(m[1]!);
  return names;
}

function mdxFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...mdxFiles(full));
    else if (/\.mdx?$/.test(entry) && !entry.startsWith('_')) out.push(full);
  }
  return out.sort();
}

/** Every definition under `contentDir`, page by page. Cheap: a regex over a dozen files. */
export function scanDefinitions(contentDir: string): PageDefinitions[] {
  return mdxFiles(contentDir).map((file) => {
    const source = readFileSync(file, 'utf8');
    const slug = slugOf(relative(contentDir, file), source);
    const fm = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
    return {
      href: hrefOf(slug),
      slug,
      legacy: /^legacy:\s*true\s*$/m.test(fm),
      names: definitionsIn(source),
    };
  });
}

/**
 * Where a mention of `name` on the page `slug` should link: the page's own definition first,
 * else the definition on a current (non-legacy) page, else any definition. Null if undefined.
 */
export function resolveDefinition(
  name: string,
  slug: string,
  pages: readonly PageDefinitions[],
): string | null {
  const here = pages.find((p) => p.slug === slug && p.names.includes(name));
  if (here) return `#${definitionId(name)}`;
  const current = pages.find((p) => !p.legacy && p.names.includes(name));
  const any = current ?? pages.find((p) => p.names.includes(name));
  return any ? `${any.href}#${definitionId(name)}` : null;
}
