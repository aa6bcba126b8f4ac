// Links of the old navigation panel that Starlight does not compute: "Up", and hrefs of pages
// by slug. Main exports: upLinkFor(), hrefForSlug(), titleForSlug().
import { getCollection } from 'astro:content';

export interface NavLink {
  href: string;
  label: string;
}

export function hrefForSlug(slug: string): string {
  return slug === '' || slug === 'index' ? '/' : `/${slug}/`;
}

const normalise = (id: string) => (id === 'index' ? '' : id);

/** The title of the page with this slug. Throws on a slug that names no page. */
export async function titleForSlug(slug: string): Promise<string> {
  const entries = await getCollection('docs');
  const entry = entries.find((e) => normalise(e.id) === slug);
  if (!entry) throw new Error(`No page with slug "${slug}" (used as "up" or in a link)`);
  return entry.data.title;
}

/**
 * The "Up" link of a page: frontmatter `up` if set, else the chapter page (the chapter page's
 * own parent is the Contents page, as the old chapter page's was the manual's contents).
 */
export async function upLinkFor(slug: string, up: string | undefined): Promise<NavLink | undefined> {
  const target = up ?? (slug === '' ? 'contents' : '');
  if (target === slug) return undefined;
  return { href: hrefForSlug(target), label: await titleForSlug(target) };
}
