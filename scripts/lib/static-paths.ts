/**
 * How a static host maps a request path onto the built files: the rules GitHub Pages and
 * Netlify follow, so tests see what readers will see.
 */
import { posix } from 'node:path';

export type Resolution = { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'not-found' };

/**
 * `exists(file)` says whether a built file exists (path relative to the site root, no leading slash).
 * `/guide` redirects to `/guide/` when `guide/index.html` exists; `/guide/` serves it.
 */
export function resolveRequest(pathname: string, base: string, exists: (file: string) => boolean): Resolution {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'not-found' };
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!(decoded + '/').startsWith(prefix)) return { kind: 'not-found' };
  const relative = posix.normalize(decoded.slice(prefix.length));
  if (relative.startsWith('..')) return { kind: 'not-found' };
  const clean = relative === '.' ? '' : relative;
  if (clean === '' || clean.endsWith('/')) {
    const index = `${clean}index.html`;
    return exists(index) ? { kind: 'file', file: index } : { kind: 'not-found' };
  }
  if (exists(clean)) return { kind: 'file', file: clean };
  if (exists(`${clean}/index.html`)) return { kind: 'redirect', location: `${prefix}${clean}/` };
  return { kind: 'not-found' };
}

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[posix.extname(file)] ?? 'application/octet-stream';
}
