/**
 * The base path in browser code: every address a script fetches or registers (Pagefind, the search
 * data, the service worker) goes through here, so a site built for a project page
 * (BASE_PATH=/llr-procedures/) asks for /llr-procedures/pagefind/…, never /pagefind/…. The same
 * join as the build's (withBase), with the base Astro writes into the bundle; Astro may give it
 * with or without its final slash, and withBase accepts both.
 */
import { withBase } from '../lib/content/documents.ts';

/** A site path with the base path in front: withBasePath('/sw.js') -> '/llr-procedures/sw.js'. */
export function withBasePath(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
