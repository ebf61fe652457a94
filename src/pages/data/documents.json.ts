/**
 * /data/documents.json: every published document's metadata as open data (src/lib/open-data/),
 * drafts never included, with its JSON Schema at /data/documents.schema.json.
 */
import type { APIRoute } from 'astro';
import { allDocuments, lookups, url, urlOf } from '../../data.ts';
import { documentsFile, OPEN_DATA } from '../../lib/open-data/records.ts';
import { addressOf } from '../../lib/site/address.ts';

export const GET: APIRoute = async ({ site }) => {
  const [documents, { subgroups, partnerships }] = await Promise.all([allDocuments(), lookups()]);
  const file = documentsFile(documents, {
    subgroups: new Map([...subgroups].map(([id, entry]) => [id, entry.data])),
    partnerships: new Map([...partnerships].map(([id, entry]) => [id, entry.data])),
    pathOf: urlOf,
    site,
    schemaAddress: addressOf(url(OPEN_DATA.documents.schemaPath), site),
  });
  return new Response(`${JSON.stringify(file, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
