/**
 * The "Edit this page (editors)" link on a document page: the CMS's own address for the entry,
 * `<CMS_URL>#/collections/<collection>/entries/<id>`. No CMS_URL, no link, so a site without a
 * CMS shows nothing.
 */
import type { DocumentCollection } from '../content/vocabulary.ts';

export function cmsEditLink(cmsUrl: string | undefined, collection: DocumentCollection, id: string): string | null {
  const base = cmsUrl?.trim();
  if (!base) return null;
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new Error(`CMS_URL "${base}" is not a web address: set it to where the CMS is served, such as https://cms.example.org/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`CMS_URL "${base}" must start https://`);
  url.hash = `/collections/${encodeURIComponent(collection)}/entries/${encodeURIComponent(id)}`;
  return url.href;
}
