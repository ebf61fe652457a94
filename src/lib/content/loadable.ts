/**
 * Whether Astro's content loader can read the whole tree: every file parses and every document
 * and data entry fits its schema (the same schemas as src/content.config.ts). When it cannot,
 * Astro would stop with its own message naming an entry, so the content gate runs the checker
 * at once and reports first. Apart from the checker (validate.ts) so that the build's
 * configuration loads only this, and the checker's code is loaded by the thread that runs it.
 */
import type { z } from 'zod';
import { entriesOf, type ContentTree, type YamlSource } from './files.ts';
import {
  contactSchema,
  documentSchemas,
  glossarySchema,
  partnershipSchema,
  siteSchema,
  subgroupSchema,
  thresholdIndicatorSchema,
  thresholdLevelSchema,
  timescaleSchema,
} from './schema.ts';

const parses = (source: YamlSource) => source.syntaxErrors.length === 0;

export function astroCanLoad(tree: ContentTree): boolean {
  const fits = (source: YamlSource | undefined, schema: z.ZodType) =>
    !source || (parses(source) && entriesOf(source).every(([, entry]) => schema.safeParse(entry).success));
  return (
    tree.documents.every((doc) => parses(doc.frontmatter) && documentSchemas[doc.collection].safeParse(doc.frontmatter.value).success) &&
    tree.data.partnerships.every((source) => parses(source) && partnershipSchema.safeParse(source.value).success) &&
    tree.data.subgroups.every((source) => parses(source) && subgroupSchema.safeParse(source.value).success) &&
    fits(tree.data.contacts, contactSchema) &&
    fits(tree.data.glossary, glossarySchema) &&
    fits(tree.data.thresholdLevels, thresholdLevelSchema) &&
    fits(tree.data.thresholdIndicators, thresholdIndicatorSchema) &&
    fits(tree.data.timescales, timescaleSchema) &&
    tree.data.site !== undefined &&
    parses(tree.data.site) &&
    siteSchema.safeParse(tree.data.site.value).success
  );
}
