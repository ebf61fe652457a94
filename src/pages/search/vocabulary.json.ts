/**
 * The words the site uses, with how many documents use each, for the search page's "did you
 * mean" (see src/lib/search/spelling.ts). Fetched only when a searched word matches nothing.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { allDocuments } from '../../data.ts';
import { vocabularyWords } from '../../lib/search/spelling.ts';

export const GET: APIRoute = async () => {
  const uses = new Map<string, number>();
  const count = (text: string) => {
    for (const word of vocabularyWords(text)) uses.set(word, (uses.get(word) ?? 0) + 1);
  };
  for (const doc of await allDocuments()) {
    if (doc.data.status !== 'published') continue;
    count([doc.data.title, doc.data.summary, ...doc.data.tags, doc.body ?? ''].join('\n'));
  }
  for (const entry of await getCollection('glossary')) {
    count([entry.data.term, entry.data.expansion ?? '', ...entry.data.alsoKnownAs].join('\n'));
  }
  const sorted = Object.fromEntries([...uses].sort(([a], [b]) => (a < b ? -1 : 1)));
  return new Response(JSON.stringify(sorted), { headers: { 'content-type': 'application/json' } });
};
