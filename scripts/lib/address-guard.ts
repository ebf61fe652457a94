/**
 * The rename guard: every address the live site served at a base revision (a document's own page,
 * or one of its former addresses in `redirectFrom`) must still lead to a page, so renaming,
 * deleting or unpublishing a document never breaks a practitioner's bookmark.
 *
 * The checker (`npm run check`) sees only the content as it is now, so it cannot know what used to
 * be published; scripts/check-addresses.ts reads the base revision from git and hands both sides
 * here. Both sides are read leniently, as the build reads redirects, through the same reader
 * (src/lib/content/facts.ts): a field the checker would refuse is not this module's to report.
 */
import { splitFrontmatter, parseYaml, type DocumentFile } from '../../src/lib/content/files.ts';
import { documentPath, isVisible } from '../../src/lib/content/documents.ts';
import { type Status, DOCUMENT_COLLECTIONS, type DocumentCollection } from '../../src/lib/content/vocabulary.ts';
import { factsOf } from '../../src/lib/content/facts.ts';
import { redirectsFor } from '../../src/lib/content/redirects.ts';

/** What the guard needs to know of one document, on either side of the comparison. */
export interface AddressedDocument {
  collection: DocumentCollection;
  id: string;
  /** The file's path in the repository, for messages. */
  file: string;
  status: Status;
  title?: string | undefined;
  redirectFrom: readonly string[];
}

/** An address a production build serves, and the file that makes it. */
export interface LiveAddress {
  address: string;
  file: string;
  /** `page`: the document's own address; `redirect`: one of its former addresses. */
  via: 'page' | 'redirect';
  title?: string | undefined;
}

/** An address that was live at the base revision and would now lead nowhere. */
export interface LostAddress {
  address: string;
  /** The file that served the address at the base revision. */
  file: string;
  message: string;
}

const PRODUCTION = { preview: false };

/**
 * The status, title and former addresses of a document file. A status that cannot be read counts
 * as `published` (the schema's default): on the base side that protects the address, and on the
 * current side the checker already refuses the value, so reporting it twice would only confuse.
 */
export function addressedDocument(doc: Pick<DocumentFile, 'collection' | 'id' | 'file' | 'frontmatter'>): AddressedDocument {
  const { collection, id, file, status, title, redirectFrom } = factsOf(doc);
  return { collection, id, file, status: status ?? 'published', title, redirectFrom };
}

/**
 * Which document a repository path is, when the content folder is at `contentPrefix` ('' when it
 * is the repository's top folder). Only `<collection>/<name>.mdx` counts, as in readContent().
 */
export function documentAtPath(path: string, contentPrefix: string): { collection: DocumentCollection; id: string } | null {
  const prefix = contentPrefix.replace(/\/+$/, '');
  if (prefix && !path.startsWith(`${prefix}/`)) return null;
  const parts = (prefix ? path.slice(prefix.length + 1) : path).split('/');
  if (parts.length !== 2) return null;
  const [collection, name] = parts as [string, string];
  if (!(DOCUMENT_COLLECTIONS as readonly string[]).includes(collection) || !name.endsWith('.mdx')) return null;
  return { collection: collection as DocumentCollection, id: name.slice(0, -'.mdx'.length) };
}

/**
 * A document file's text as it was at another revision (read from git), for addressedDocument().
 * A binary file saved under a document's name (a picture, a Word file) was never a page, as the
 * checker refuses it, so it has no address to lose.
 */
export function documentFromText(path: string, text: string, contentPrefix: string): AddressedDocument | null {
  const at = documentAtPath(path, contentPrefix);
  if (!at || text.includes('\0')) return null;
  const { yaml } = splitFrontmatter(text);
  const frontmatter = yaml === null ? { file: path, value: undefined, syntaxErrors: [], lineOf: () => 1 } : parseYaml(yaml, path, 2);
  return addressedDocument({ ...at, file: path, frontmatter });
}

/** Every address a production build of `documents` serves: drafts have neither pages nor redirects. */
export function liveAddresses(documents: readonly AddressedDocument[]): LiveAddress[] {
  return documents
    .filter((doc) => isVisible(doc.status, PRODUCTION))
    .flatMap((doc) => [
      { address: documentPath(doc.collection, doc.id), file: doc.file, via: 'page' as const, title: doc.title },
      ...doc.redirectFrom.map((address) => ({ address, file: doc.file, via: 'redirect' as const, title: doc.title })),
    ]);
}

const redirectLine = (address: string) => `\`redirectFrom: [${address}]\``;

/**
 * Every address in `before` that a production build of `now` would not serve, once each, with a
 * message for the editor naming the file that used to serve it and how to keep the address.
 */
export function lostAddresses(before: readonly LiveAddress[], now: readonly AddressedDocument[]): LostAddress[] {
  // What resolves is decided by the build's own rules: pages of visible documents, and the
  // redirects redirectsFor() writes (which leaves out drafts').
  const pages = new Set(
    liveAddresses(now)
      .filter((a) => a.via === 'page')
      .map((a) => a.address),
  );
  const redirects = redirectsFor(now, '/', PRODUCTION);
  const drafts = now.filter((doc) => !isVisible(doc.status, PRODUCTION));
  const draftAt = new Map(drafts.map((doc) => [documentPath(doc.collection, doc.id), doc]));
  const draftRedirecting = new Map(drafts.flatMap((doc) => doc.redirectFrom.map((address) => [address, doc] as const)));
  const visibleByTitle = new Map(
    now.filter((doc) => isVisible(doc.status, PRODUCTION) && doc.title).map((doc) => [doc.title!.trim().toLowerCase(), doc]),
  );

  const lost: LostAddress[] = [];
  const seen = new Set<string>();
  for (const live of before) {
    if (seen.has(live.address)) continue;
    seen.add(live.address);
    if (pages.has(live.address) || Object.hasOwn(redirects, live.address)) continue;
    lost.push({ address: live.address, file: live.file, message: lostMessage(live) });
  }
  return lost;

  function lostMessage({ address, file, via, title }: LiveAddress): string {
    const draft = draftAt.get(address);
    if (draft) {
      return `the document was published at ${address} and is now a draft, which is not on the live site, so that address would lead nowhere: set \`status: published\` again, or \`status: archived\` to withdraw it and keep it for the record`;
    }
    const redirectingDraft = draftRedirecting.get(address);
    if (redirectingDraft) {
      return `this file's address ${address} is in the redirectFrom of ${redirectingDraft.file}, but that document is a draft, and a draft's redirects are built only in previews, so the address would lead nowhere: publish ${redirectingDraft.file} in the same change, or keep this document published until it is`;
    }
    if (via === 'redirect') {
      return `${address} was a former address of this document, and no document lists it in redirectFrom now, so old bookmarks to it would break: keep it in the redirectFrom of this document, or of the document that replaces it`;
    }
    const renamed = title ? visibleByTitle.get(title.trim().toLowerCase()) : undefined;
    const gone = `this file was published at ${address} and is no longer in the content, so bookmarks and links to that address would break`;
    if (renamed && renamed.file !== file) {
      // Spell out the whole line, old entries kept, so the editor replaces theirs rather than adding a second field.
      const line = redirectLine([...renamed.redirectFrom, address].join(', '));
      return `${gone}. It looks like it was renamed to ${renamed.file} (same title): ${renamed.redirectFrom.length ? `add the address to its redirectFrom, making it ${line}` : `add ${line} to that file's frontmatter`}`;
    }
    return `${gone}: add ${redirectLine(address)} to the document that replaces it (or add the address to its redirectFrom list), or, to withdraw the document, keep the file with \`status: archived\``;
  }
}

/** One line per lost address, in the checker's `file: field: message` form. */
export function formatLostAddress(lost: LostAddress): string {
  return `${lost.file}: address: ${lost.message}`;
}
