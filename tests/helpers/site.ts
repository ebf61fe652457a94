/** Reads the built site's sitemap, so browser tests cover every page rather than a sample. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_COLLECTIONS, type DocumentCollection } from '../../src/lib/content/vocabulary.ts';
import { repoRoot } from './fixture.ts';

export function sitemapPaths(dist = process.env.OUT_DIR ?? join(repoRoot, 'dist')): string[] {
  const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  // Full addresses with SITE_URL, site paths without it.
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!, 'http://site.invalid').pathname);
}

/** The collection of a document's own page (/procedures/neglect/), or undefined for any other page. */
export function documentPageCollection(path: string): DocumentCollection | undefined {
  const collection = /^\/([^/]+)\/[^/]+\/$/.exec(path)?.[1];
  return DOCUMENT_COLLECTIONS.find((name) => name === collection);
}
