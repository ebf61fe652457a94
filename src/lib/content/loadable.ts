/**
 * Whether Astro's content loader can read the whole tree: every file parses and every document
 * and data entry fits its schema (the same schemas as src/content.config.ts). When it cannot,
 * Astro would stop with its own message naming an entry, so the content gate runs the checker
 * at once and reports first. Apart from the checker (validate.ts) so that the build's
 * configuration loads only this, and the checker's code is loaded by the thread that runs it.
 */
import type { z } from 'zod';
import { listItemId, type ContentTree, type YamlSource } from './files.ts';
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
  const fitEach = (sources: readonly YamlSource[], schema: z.ZodType) => sources.every((source) => parses(source) && schema.safeParse(source.value).success);
  // Astro reads a list file's items and needs each to have an id.
  const fitsList = (source: YamlSource | undefined, schema: z.ZodType) =>
    !source || (parses(source) && Array.isArray(source.value) && source.value.every((item) => listItemId(item) !== undefined && schema.safeParse(item).success));
  return (
    tree.documents.every((doc) => parses(doc.frontmatter) && documentSchemas[doc.collection].safeParse(doc.frontmatter.value).success) &&
    tree.data.partnerships.every((source) => parses(source) && partnershipSchema.safeParse(source.value).success) &&
    tree.data.subgroups.every((source) => parses(source) && subgroupSchema.safeParse(source.value).success) &&
    fitEach(tree.data.contacts, contactSchema) &&
    fitEach(tree.data.glossary, glossarySchema) &&
    fitEach(tree.data.timescales, timescaleSchema) &&
    fitsList(tree.data.thresholdLevels, thresholdLevelSchema) &&
    fitsList(tree.data.thresholdIndicators, thresholdIndicatorSchema) &&
    tree.data.site !== undefined &&
    parses(tree.data.site) &&
    siteSchema.safeParse(tree.data.site.value).success
  );
}
