/**
 * Whether Astro's content loader can read the whole tree: every file parses and every document
 * and data entry fits its schema (the same schemas as src/content.config.ts). When it cannot,
 * Astro would stop with its own message naming an entry, so Astro's loaders wait for this answer
 * (src/lib/content/loading-hold.ts) and the content gate reports the checker's problems first.
 * Apart from the checker (validate.ts) so that the gate's worker can give this answer before it
 * loads the checker's code.
 */
import type { z } from 'zod';
import { listItemId, type ContentTree, type YamlSource } from './files.ts';
import { dataSchemas, documentSchemas } from './schema.ts';

const parses = (source: YamlSource) => source.syntaxErrors.length === 0;

export function astroCanLoad(tree: ContentTree): boolean {
  const fitEach = (sources: readonly YamlSource[], schema: z.ZodType) => sources.every((source) => parses(source) && schema.safeParse(source.value).success);
  // Astro reads a list file's items and needs each to have an id.
  const fitsList = (source: YamlSource | undefined, schema: z.ZodType) =>
    !source || (parses(source) && Array.isArray(source.value) && source.value.every((item) => listItemId(item) !== undefined && schema.safeParse(item).success));
  return (
    tree.documents.every((doc) => parses(doc.frontmatter) && documentSchemas[doc.collection].safeParse(doc.frontmatter.value).success) &&
    fitEach(tree.data.partnerships, dataSchemas.partnerships) &&
    fitEach(tree.data.subgroups, dataSchemas.subgroups) &&
    fitEach(tree.data.contacts, dataSchemas.contacts) &&
    fitEach(tree.data.glossary, dataSchemas.glossary) &&
    fitEach(tree.data.timescales, dataSchemas.timescales) &&
    fitsList(tree.data.thresholdLevels, dataSchemas.thresholdLevels) &&
    fitsList(tree.data.thresholdIndicators, dataSchemas.thresholdIndicators) &&
    tree.data.site !== undefined &&
    parses(tree.data.site) &&
    dataSchemas.site.safeParse(tree.data.site.value).success
  );
}
