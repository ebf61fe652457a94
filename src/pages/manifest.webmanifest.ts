/** The web app manifest, with the base path in its addresses (see src/lib/site/web-manifest.ts). */
import type { APIRoute } from 'astro';
import { webManifest } from '../lib/site/web-manifest.ts';
import { siteIdentity } from '../data.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(webManifest(import.meta.env.BASE_URL, await siteIdentity()), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
