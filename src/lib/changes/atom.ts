/**
 * A minimal Atom 1.0 (RFC 4287) writer: enough for the changes feed, with the escaping and the
 * required elements (id, title, updated, author) done once and tested.
 */

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

export interface AtomEntry {
  /** A permanent, unique IRI: feed readers use it to tell new entries from ones already seen. */
  id: string;
  title: string;
  /** Absolute address of the page the entry is about. */
  link: string;
  /** RFC 3339 date-time. */
  updated: string;
  summary: string;
  category?: { term: string; label: string };
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute address of the feed itself. */
  self: string;
  /** Absolute address of the web page with the same content. */
  alternate: string;
  updated: string;
  author: string;
  entries: readonly AtomEntry[];
}

/**
 * Text safe in XML content and attribute values. Also drops the control characters XML 1.0
 * forbids outright, which would otherwise make the whole feed unreadable to a strict parser.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A calendar date (YYYY-MM-DD) as the RFC 3339 date-time Atom requires: midnight UTC. */
export const atomDate = (date: string) => `${date}T00:00:00Z`;

function entryXml(entry: AtomEntry): string {
  const category = entry.category
    ? `\n    <category term="${escapeXml(entry.category.term)}" label="${escapeXml(entry.category.label)}"/>`
    : '';
  return `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>
    <updated>${escapeXml(entry.updated)}</updated>
    <summary>${escapeXml(entry.summary)}</summary>${category}
  </entry>`;
}

export function atomXml(feed: AtomFeed): string {
  const subtitle = feed.subtitle ? `\n  <subtitle>${escapeXml(feed.subtitle)}</subtitle>` : '';
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="${ATOM_NS}" xml:lang="en-GB">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>${subtitle}
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>
  <updated>${escapeXml(feed.updated)}</updated>
  <author><name>${escapeXml(feed.author)}</name></author>
${feed.entries.map(entryXml).join('\n')}
</feed>
`;
}
