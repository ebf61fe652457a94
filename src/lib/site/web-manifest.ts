/**
 * The web app manifest, which lets a reader add the site to a phone's home screen and open it
 * like an app, offline too. Built per build because start_url, scope and icon addresses must
 * carry the base path (a project page such as /llr-procedures/).
 */
import { withBase } from '../content/documents.ts';
import type { SiteIdentity } from '../content/schema.ts';

/** Icon files in public/icons/ (PNGs made from icon.svg by scripts/make-icons.ts). */
export const ICONS = [
  { file: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  { file: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { file: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { file: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

export interface WebManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: 'ltr';
  start_url: string;
  scope: string;
  display: 'standalone';
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose: string }[];
}

/** The manifest for a site at `base`, named and coloured as content/site.yaml says. */
export function webManifest(base: string, site: Pick<SiteIdentity, 'app' | 'colours'>): WebManifest {
  const root = withBase(base, '/');
  return {
    id: root,
    name: site.app.name,
    short_name: site.app.shortName,
    description: site.app.description,
    lang: 'en-GB',
    dir: 'ltr',
    start_url: root,
    scope: root,
    display: 'standalone',
    theme_color: site.colours.theme,
    background_color: site.colours.background,
    icons: ICONS.map(({ file, sizes, type, purpose }) => ({ src: withBase(base, `/${file}`), sizes, type, purpose })),
  };
}
