/**
 * The glossary as a search-keyword matcher, built once per build from the glossary collection.
 * Kept apart from `data.ts` so only search code depends on it.
 */
import { getCollection } from 'astro:content';
import { glossaryMatcher, type GlossaryMatcher } from './lib/search/glossary-keywords.ts';

let matcher: Promise<GlossaryMatcher> | undefined;
export function searchGlossary(): Promise<GlossaryMatcher> {
  matcher ??= getCollection('glossary').then((entries) => glossaryMatcher(entries.map((e) => e.data)));
  return matcher;
}
