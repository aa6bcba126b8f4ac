// Which content page a remark plugin is looking at: its slug (route) and a short key for ids.
// Main exports: pageSlug(), pageKey(). Reads the file's frontmatter from disk because Astro
// hands the MDX compiler the body without it.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { slugOf } from './c-names.ts';

export interface FileLike {
  path?: string;
  history?: string[];
  data: Record<string, unknown>;
}

/** Content slug of the file being compiled (`memory-interface`, `python-1.5.2/memory-interface`, `` for index). */
export function pageSlug(file: FileLike, contentDir: string): string {
  const path = file.path ?? file.history?.[0];
  if (!path) return 'page';
  let source = '';
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    // A virtual file (tests, or a page Astro builds in memory): fall back to the path.
  }
  return slugOf(relative(resolve(contentDir), resolve(path)), source);
}

/** The slug as an id fragment: `examples`, `python-1.5.2-memory-interface`, `index`. */
export function pageKey(file: FileLike, contentDir: string): string {
  const slug = pageSlug(file, contentDir);
  return slug === '' ? 'index' : slug.replace(/\//g, '-');
}
