/**
 * Astro's view of the content in `content/`. The schemas themselves live in `src/lib/content/schema.ts`
 * so that the checker and the scaffolder use exactly the same rules; this file only says where
 * each collection's files are. Every loader is gated: in a build it waits for the content gate's
 * word, so a broken file is reported by the checker, with its file and line, before Astro reads it
 * (src/lib/content/loading-hold.ts).
 */
import { defineCollection } from 'astro:content';
import { contentDir } from './lib/content/dir.ts';
import { file, glob } from 'astro/loaders';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { dataSchemas, documentSchemas } from './lib/content/schema.ts';
import { gated } from './lib/content/loading-hold.ts';
import { withQuickYaml } from './lib/content/quick-yaml-loading.ts';

const content = contentDir(process.cwd());
// Plain YAML is read with js-yaml, as the content gate reads it, rather than with Astro's slower
// parser (src/lib/content/quick-yaml-loading.ts).
const documents = (folder: string) => gated(withQuickYaml(glob({ pattern: '*.mdx', base: `${content}/${folder}` })));
// One YAML file an entry, named by its id, so the CMS edits each entry on its own.
const entries = (folder: string) => gated(withQuickYaml(glob({ pattern: '*.yaml', base: `${content}/${folder}` })));

export const collections = {
  procedures: defineCollection({ loader: documents('procedures'), schema: documentSchemas.procedures }),
  briefings: defineCollection({ loader: documents('briefings'), schema: documentSchemas.briefings }),
  thresholds: defineCollection({ loader: documents('thresholds'), schema: documentSchemas.thresholds }),
  arrangements: defineCollection({ loader: documents('arrangements'), schema: documentSchemas.arrangements }),
  reports: defineCollection({ loader: documents('reports'), schema: documentSchemas.reports }),

  partnerships: defineCollection({ loader: entries('partnerships'), schema: dataSchemas.partnerships }),
  subgroups: defineCollection({ loader: entries('subgroups'), schema: dataSchemas.subgroups }),
  glossary: defineCollection({ loader: entries('glossary'), schema: dataSchemas.glossary }),
  contacts: defineCollection({ loader: entries('contacts'), schema: dataSchemas.contacts }),
  timescales: defineCollection({ loader: entries('timescales'), schema: dataSchemas.timescales }),
  // The threshold data are ordered lists (the threshold document's order), each entry with an id.
  thresholdLevels: defineCollection({ loader: gated(file(`${content}/threshold-data/levels.yaml`)), schema: dataSchemas.thresholdLevels }),
  thresholdIndicators: defineCollection({
    loader: gated(file(`${content}/threshold-data/indicators.yaml`)),
    schema: dataSchemas.thresholdIndicators,
  }),
  // site.yaml is one entry, not a list: its fields are the partnership's identity (read with siteIdentity() in src/data.ts).
  site: defineCollection({
    loader: gated(
      file(`${content}/site.yaml`, {
        parser: (text) => ({ site: loadYaml(text, { schema: CORE_SCHEMA }) as Record<string, unknown> }),
      }),
    ),
    schema: dataSchemas.site,
  }),
};
