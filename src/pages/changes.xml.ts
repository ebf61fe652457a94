/**
 * /changes.xml: every amendment across the site as an Atom feed, so practitioners and partner
 * agencies can subscribe to changes. The same amendments as /changes/ (drafts excluded by
 * allDocuments()). Addresses are absolute, built from SITE_URL and the base path (site paths
 * when SITE_URL is not set: src/lib/site/address.ts).
 */
import type { APIRoute } from 'astro';
import { allDocuments, siteIdentity, url } from '../data.ts';
import { atomDate, atomXml } from '../lib/changes/atom.ts';
import { changeEntries } from '../lib/changes/feed.ts';
import { allChanges } from '../lib/changes/changes.ts';
import { today } from '../lib/dates.ts';
import { addressOf } from '../lib/site/address.ts';

export const GET: APIRoute = async ({ site }) => {
  const absoluteUrl = (path: string) => addressOf(url(path), site);
  const changes = allChanges((await allDocuments()).map((d) => ({ ...d.data, collection: d.collection, id: d.id })));
  const { feed } = await siteIdentity();
  const xml = atomXml({
    id: absoluteUrl('/changes.xml'),
    title: feed.title,
    subtitle: 'Every amendment to the procedures, threshold document, arrangements, 7-minute briefings and reports, newest first.',
    self: absoluteUrl('/changes.xml'),
    alternate: absoluteUrl('/changes/'),
    // The newest amendment, not the build time: an unchanged feed keeps its date between builds.
    updated: atomDate(changes[0]?.date ?? today()),
    author: feed.author,
    entries: changeEntries(changes, { host: site?.hostname, absoluteUrl }),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
