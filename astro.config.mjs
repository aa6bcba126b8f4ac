// Site configuration: Starlight (search, themes, sidebar, prev/next, a11y) over MDX pages in
// content/. Our remark plugins wrap C samples for the runner and cross-link C names.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';
import { remarkCSamples } from './src/components/markdown/remark-c-samples.ts';
import { remarkCXref } from './src/components/markdown/remark-c-xref.ts';

const contentDir = fileURLToPath(new URL('./content/', import.meta.url));

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  // The runner's Web Worker imports the C runtime with code splitting, which needs ES-module workers.
  vite: { worker: { format: 'es' } },
  markdown: {
    // Order matters: samples are wrapped first so the cross-linker can record their names.
    remarkPlugins: [
      [remarkCSamples, { contentDir, prerender: true }],
      [remarkCXref, { contentDir }],
    ],
  },
  integrations: [
    starlight({
      title: 'Python/C API: Memory Management',
      description:
        'The Memory Management chapter of the Python/C API Reference Manual (Python 2.5), with its C samples.',
      favicon: '/favicon.svg',
      tableOfContents: false,
      // Apply Starlight's Markdown features (asides, heading anchors) to content/ as well.
      markdown: { processedDirs: ['./content'] },
      lastUpdated: false,
      pagination: true,
      credits: false,
      customCss: ['./src/styles/site.css', './src/styles/print.css'],
      expressiveCode: {
        // Shiki themes; Expressive Code raises token contrast to at least 5.5:1 (WCAG AA is 4.5:1).
        themes: ['github-dark', 'github-light'],
        minSyntaxHighlightingColorContrast: 5.5,
        useStarlightDarkModeSwitch: true,
        styleOverrides: { codeFontSize: '0.875rem' },
      },
      components: {
        PageTitle: './src/components/site/PageTitle.astro',
        Pagination: './src/components/site/Pagination.astro',
        Footer: './src/components/site/Footer.astro',
        Search: './src/components/site/Search.astro',
      },
      sidebar: [
        { label: '9. Memory Management', link: '/' },
        {
          label: 'Sections',
          items: [
            { label: '9.1 Overview', slug: 'overview' },
            { label: '9.2 Memory Interface', slug: 'memory-interface' },
            { label: '9.3 Examples', slug: 'examples' },
          ],
        },
        {
          label: 'Older texts',
          items: [
            { label: 'Memory Interface (Python 1.5.2)', slug: 'python-1.5.2/memory-interface' },
            { label: 'Pymalloc (What’s New in 2.3)', slug: 'whatsnew23-pymalloc' },
          ],
        },
        {
          label: 'Reference',
          items: [
            { label: 'Contents', slug: 'contents' },
            { label: 'Index', slug: 'genindex' },
            { label: 'About this text', slug: 'about' },
          ],
        },
      ],
    }),
  ],
});
