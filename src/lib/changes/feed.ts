/**
 * The amendments of every document as Atom feed entries, for /changes.xml.
 */
import { createHash } from 'node:crypto';
import { atomDate, type AtomEntry } from './atom.ts';
import type { Change } from './changes.ts';
import { documentPath } from '../content/documents.ts';
import { COLLECTION_LABELS, type DocumentCollection } from '../content/vocabulary.ts';

/**
 * A tag: URI on the site's host; without one (no SITE_URL) a name-based UUID (RFC 9562, version
 * 5 layout) of the same parts, so the id is still stable and names no host that is not the site's.
 */
function entryId(host: string | undefined, specific: string): string {
  if (host) return `tag:${host},${specific}`;
  const hex = createHash('sha1').update(specific).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Entry ids are tag: URIs (RFC 4151) made only of what never changes once an amendment is
 * recorded: the site's host name, the amendment's date, the document's collection and id, and
 * the amendment's place among that document's amendments of the same day, counted from the
 * oldest (so recording a new amendment never renumbers an old one). Correcting a title or a
 * summary therefore does not make a feed reader show the change twice.
 *
 * `changes` must be in allChanges() order, which keeps one document's amendments of one day in
 * the newest-first order the editor wrote them.
 */
export function changeEntries(
  changes: readonly Change[],
  options: { host: string | undefined; absoluteUrl: (path: string) => string },
): AtomEntry[] {
  const seen = new Map<string, number>();
  const ordinals = new Array<number>(changes.length);
  for (let i = changes.length - 1; i >= 0; i--) {
    const change = changes[i]!;
    const key = `${change.collection}/${change.id}@${change.date}`;
    const ordinal = (seen.get(key) ?? 0) + 1;
    seen.set(key, ordinal);
    ordinals[i] = ordinal;
  }
  return changes.map((change, i) => {
    const collection = change.collection as DocumentCollection;
    return {
      id: entryId(options.host, `${change.date}:${change.collection}/${change.id}/${ordinals[i]}`),
      title: change.version ? `${change.title}, version ${change.version}` : change.title,
      link: options.absoluteUrl(documentPath(collection, change.id)),
      updated: atomDate(change.date),
      summary: change.summary,
      category: { term: collection, label: COLLECTION_LABELS[collection].singular },
    };
  });
}
