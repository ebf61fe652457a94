import { addressOf } from './address.ts';

/** Pages that exist once, whatever the content. Keep in step with src/pages/. */
export const STATIC_PAGES = [
  '/', '/procedures/', '/briefings/', '/thresholds/', '/arrangements/', '/reports/', '/subgroups/',
  '/glossary/', '/contacts/', '/accessibility/', '/a-z/', '/search/', '/reviews/', '/changes/',
];

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(pages: { path: string; lastmod?: string }[], site: URL | undefined): string {
  const urls = pages
    .map(({ path, lastmod }) => `  <url><loc>${escapeXml(addressOf(path, site))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}
