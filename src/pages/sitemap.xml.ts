/**
 * The sitemap: every page a reader can reach, drafts excluded (allDocuments() applies the draft
 * rule). Also what the accessibility tests walk, so a page missing here is a page untested.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { allDocuments, url, urlOf } from '../data.ts';
import { sitemapXml, STATIC_PAGES } from '../lib/site/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  const documents = await allDocuments();
  const subgroups = await getCollection('subgroups');
  const paths = [
    ...STATIC_PAGES.map((path) => ({ path: url(path) })),
    ...subgroups.map((s) => ({ path: url(`/subgroups/${s.id}/`) })),
    ...documents.map((doc) => ({ path: urlOf(doc), lastmod: doc.data.amendments[0]?.date ?? doc.data.lastReviewed })),
  ];
  return new Response(sitemapXml(paths, site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
