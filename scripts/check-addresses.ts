/**
 * `npm run check:addresses`: the rename guard. Every address the live site served at the base
 * revision (each published or archived document's page, and each of their `redirectFrom` former
 * addresses) must still lead to a page in the content as it is now, so renaming, deleting or
 * unpublishing a document never breaks a practitioner's bookmark (scripts/lib/address-guard.ts).
 *
 * The base is `--base <ref>` (or the ref alone): on a pull request, the branch it will merge into.
 * Without one it is origin/main, or main where there is no origin/main (a clone with no remote),
 * so on main itself the check covers the changes not yet committed. The comparison is with the
 * commit where the current branch left the base (git merge-base), so documents added to the base
 * since then are not mistaken for deletions; the current side is the content folder on disk,
 * uncommitted changes included. CONTENT_DIR points it at another content folder in a git
 * repository, as for the other commands.
 *
 * Exit codes: 0 every address still resolves; 1 some would break (each is listed); 2 the command
 * was wrong, or git cannot find the base (such as in a shallow clone: fetch with full history).
 */
import { resolve } from 'node:path';
import {
  addressedDocument,
  documentAtPath,
  documentFromText,
  formatLostAddress,
  liveAddresses,
  lostAddresses,
  type AddressedDocument,
} from './lib/address-guard.ts';
import { readContent } from '../src/lib/content/files.ts';
import { contentDir } from '../src/lib/content/dir.ts';
import { git } from '../src/lib/git/run.ts';
import { EXIT_PROBLEMS, EXIT_SUCCESS, readCommandLine, usageError } from './lib/cli.ts';
import { parseCatFileBatch } from './lib/git-objects.ts';
import { contentInRepository, filesAt, findForkPoint } from './lib/git-base.ts';

const USAGE = `Usage: npm run check:addresses [-- --base <git ref>]   (or: npm run check:addresses -- <git ref>)

Lists every address the site served at the base revision that the content now leaves without a
page or a redirect. The base defaults to origin/main, or main where there is no origin/main.
Exit codes: 0 every address still works, 1 some would break, 2 usage error or unknown base.`;

const COMMAND = { name: 'npm run check:addresses', usage: USAGE };
const { values, positionals } = readCommandLine({ ...COMMAND, options: { base: { type: 'string' } }, positionals: 1 });
if (positionals.length === 1 && values.base !== undefined) usageError(COMMAND, 'give one base revision, either with --base or on its own');
const askedBase = values.base ?? positionals[0];

const located = contentInRepository(contentDir(resolve(import.meta.dirname, '..')));
if ('error' in located) usageError(COMMAND, located.error);
const { content, top, prefix } = located;

const found = findForkPoint(top, askedBase);
if ('error' in found) usageError(COMMAND, found.error);
const { base, forkPoint } = found;

// The document files at the fork point, then all their texts from one git process.
const tree = filesAt(top, forkPoint, prefix);
if ('error' in tree) usageError(COMMAND, tree.error);
const files = tree.filter((entry) => documentAtPath(entry.path, prefix));
const blobs = files.length
  ? git(top, ['cat-file', '--batch'], files.map((entry) => entry.object).join('\n') + '\n')
  : { ok: true as const, stdout: Buffer.alloc(0) };
if (!blobs.ok) usageError(COMMAND, `git cat-file failed: ${blobs.stderr}`);
const texts = parseCatFileBatch(blobs.stdout);
const before: AddressedDocument[] = files.flatMap((entry, i) => {
  const doc = documentFromText(entry.path, texts[i] ?? '', prefix);
  return doc ? [doc] : [];
});

// Paths relative to the repository's top folder on both sides, so messages name files the same way.
const now = readContent(top, content).documents.map(addressedDocument);
const live = liveAddresses(before);
const lost = lostAddresses(live, now);
const baseName = `${base} (${forkPoint.slice(0, 12)})`;

if (lost.length === 0) {
  console.log(`Every address the site served at ${baseName} still leads to a page: ${new Set(live.map((a) => a.address)).size} checked.`);
  process.exit(EXIT_SUCCESS);
}
for (const problem of lost) console.error(formatLostAddress(problem));
console.error(
  `\n${lost.length} address${lost.length === 1 ? '' : 'es'} the site served at ${baseName} would lead nowhere after this change. Renaming a document? See "Renaming a document" in CONTRIBUTING.md.`,
);
process.exit(EXIT_PROBLEMS);
