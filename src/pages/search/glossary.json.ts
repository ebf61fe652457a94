/**
 * Glossary names the search page recognises in a query, each mapped to its term
 * (see `glossaryQueryMap` in src/lib/search/glossary-keywords.ts). Fetched with the first search.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { glossaryQueryMap } from '../../lib/search/glossary-keywords.ts';

export const GET: APIRoute = async () => {
  const map = glossaryQueryMap((await getCollection('glossary')).map((entry) => entry.data));
  return new Response(JSON.stringify(map), { headers: { 'content-type': 'application/json' } });
};
