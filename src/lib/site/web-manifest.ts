/**
 * The web app manifest, which lets a reader add the site to a phone's home screen and open it
 * like an app, offline too. Built per build because start_url, scope and icon addresses must
 * carry the base path (a project page such as /llr-procedures/).
 */
import { withBase } from '../content/documents.ts';

export const THEME_COLOUR = '#1d3f72';
export const BACKGROUND_COLOUR = '#ffffff';

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

export function webManifest(base: string): WebManifest {
  const root = withBase(base, '/');
  return {
    id: root,
    name: 'LLR Safeguarding Children Procedures',
    short_name: 'LLR Safeguarding',
    description: 'Safeguarding children procedures, threshold document, arrangements and 7-minute briefings for Leicester, Leicestershire and Rutland. Works offline once opened.',
    lang: 'en-GB',
    dir: 'ltr',
    start_url: root,
    scope: root,
    display: 'standalone',
    theme_color: THEME_COLOUR,
    background_color: BACKGROUND_COLOUR,
    icons: ICONS.map(({ file, sizes, type, purpose }) => ({ src: withBase(base, `/${file}`), sizes, type, purpose })),
  };
}
