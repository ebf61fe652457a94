import { addressOf } from './address.ts';

/** Pages that exist once, whatever the content. Keep in step with src/pages/ (tests/unit/sitemap-pages.test.ts checks). */
export const STATIC_PAGES = [
  '/',
  '/procedures/',
  '/briefings/',
  '/thresholds/',
  '/arrangements/',
  '/reports/',
  '/subgroups/',
  '/glossary/',
  '/contacts/',
  '/accessibility/',
  '/a-z/',
  '/search/',
  '/reviews/',
  '/changes/',
];

/**
 * Pages in src/pages/ left out of the sitemap on purpose: the not-found page, and the offline
 * page, which the service worker shows in place of a page that is not saved.
 */
export const UNLISTED_PAGES = ['/404/', '/offline/'];

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(pages: { path: string; lastmod?: string }[], site: URL | undefined): string {
  const urls = pages
    .map(
      ({ path, lastmod }) => `  <url><loc>${escapeXml(addressOf(path, site))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}
