#!/usr/bin/env node
// Checks every internal link of a built site: the target file exists and, for `#fragment`
// links, an element with that id (or name) exists on the target page.
// Usage: node scripts/link-check.mjs [dist]. Exit 1 and a list of broken links if any.
// Main export: checkLinks(distDir) -> { pages, links, broken: [{ from, href, reason }] }.
// Leaves out: external links (http:, https:, mailto:, ...), which are not fetched.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ATTR = /\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const ID = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

function htmlFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...htmlFiles(full));
    else if (entry.endsWith('.html')) out.push(full);
  }
  return out;
}

function decodeEntities(s) {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** Tags whose href/src we follow; <template> content and <script> bodies are skipped. */
function stripInert(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (m) => m.slice(0, m.indexOf('>') + 1))
    .replace(/<template\b[^>]*>[\s\S]*?<\/template>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
}

/** The URL path of a page file: dist/a/b/index.html -> /a/b/ */
function routeOf(distDir, file) {
  const rel = '/' + relative(distDir, file).split(sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** The file that serves `path`, as `astro preview` would, or null. */
function fileFor(distDir, path) {
  const clean = decodeURIComponent(path);
  const candidates = clean.endsWith('/')
    ? [join(distDir, clean, 'index.html')]
    : [join(distDir, clean), join(distDir, clean, 'index.html'), join(distDir, clean + '.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

export function checkLinks(distDir) {
  const files = htmlFiles(distDir);
  const ids = new Map();
  const idsOf = (file) => {
    if (!ids.has(file)) {
      const set = new Set();
      const html = file.endsWith('.html') ? stripInert(readFileSync(file, 'utf8')) : '';
      for (const m of html.matchAll(ID)) set.add(decodeEntities(m[1] ?? m[2] ?? ''));
      ids.set(file, set);
    }
    return ids.get(file);
  };
  const broken = [];
  let links = 0;
  for (const file of files) {
    const from = routeOf(distDir, file);
    const html = stripInert(readFileSync(file, 'utf8'));
    for (const m of html.matchAll(ATTR)) {
      const raw = decodeEntities(m[2] ?? m[3] ?? '').trim();
      if (raw === '' || /^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('//')) continue;
      links += 1;
      const url = new URL(raw, `http://site${from}`);
      const target = url.pathname === from && raw.startsWith('#') ? file : fileFor(distDir, url.pathname);
      if (!target) {
        broken.push({ from, href: raw, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsOf(target).has(fragment)) {
        broken.push({ from, href: raw, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return { pages: files.length, links, broken };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dist = process.argv[2] ?? 'dist';
  if (!existsSync(dist)) {
    console.error(`link-check: ${dist}/ does not exist; run the build first`);
    process.exit(2);
  }
  const { pages, links, broken } = checkLinks(dist);
  if (broken.length > 0) {
    console.error(`link-check: ${broken.length} broken internal link(s) in ${pages} pages:`);
    for (const b of broken) console.error(`  ${b.from}  ->  ${b.href}  (${b.reason})`);
    process.exit(1);
  }
  console.log(`link-check: ${links} internal links and anchors in ${pages} pages, all resolve`);
}
