/** Reads the built site's sitemap, so browser tests cover every page rather than a sample. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './fixture.ts';

export function sitemapPaths(dist = process.env.OUT_DIR ?? join(repoRoot, 'dist')): string[] {
  const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
