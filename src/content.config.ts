// Content collections: Starlight's `docs` collection, loaded from the top-level content/ folder
// (not src/content/docs). Extra frontmatter: `up` (the "Up" link), `version` (pages that are
// versions of one text, for the version switch) and `legacy` (definitions on an older text are
// linked only from that page).
import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({
      extend: z.object({
        /** Slug of the parent page ('' for the chapter page), as in the old "Up" link. */
        up: z.string().optional(),
        /** This page is one version of a text that exists in several versions. */
        version: z
          .object({
            /** Pages with the same group are versions of the same text. */
            group: z.string(),
            /** What the switch shows, e.g. "Python 2.5". */
            label: z.string(),
            /** Order in the switch, newest first. */
            order: z.number().int(),
          })
          .optional(),
        legacy: z.boolean().default(false),
      }),
    }),
  }),
};
