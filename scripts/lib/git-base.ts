/**
 * Finding the revision a pull-request check compares with. The base is the branch a pull request
 * will merge into (or, without one, origin/main, else main); the comparison is with the commit
 * where the current branch left it (git merge-base), so what was added to the base since then is
 * not taken for this change. Used by `npm run check -- --base` and `npm run check:addresses`;
 * git itself is run through src/lib/git/run.ts, as the build's history dates are.
 */
import { existsSync, realpathSync } from 'node:fs';
import { git, gitText } from '../../src/lib/git/run.ts';
import { parseLsTree, type TreeEntry } from './git-objects.ts';
import { relativePosix } from '../../src/lib/paths.ts';

/** The bases tried, in order, when none is named. */
export const DEFAULT_BASES = ['origin/main', 'main'];

/**
 * The base to compare with and the fork point, or a message for the editor when there is none:
 * an unknown revision, or a shallow clone that lacks the history.
 */
export function findForkPoint(top: string, askedBase: string | undefined): { base: string; forkPoint: string } | { error: string } {
  if (askedBase !== undefined && (askedBase === '' || askedBase.startsWith('-'))) return { error: `"${askedBase}" is not a git revision` };
  // `^{commit}` refuses a ref that names something other than a commit (a tree, a blob).
  const candidates = askedBase !== undefined ? [askedBase] : DEFAULT_BASES;
  const base = candidates.find((ref) => gitText(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) !== null);
  if (base === undefined) {
    return {
      error:
        askedBase !== undefined
          ? `git does not know the revision "${askedBase}": fetch it first (for example git fetch origin main), or name another branch or commit`
          : `git knows neither ${DEFAULT_BASES.join(' nor ')}: fetch the main branch (git fetch origin main), or name the base with --base`,
    };
  }
  const forkPoint = gitText(top, ['merge-base', base, 'HEAD']);
  if (!forkPoint) {
    return {
      error: `git cannot find where this branch left ${base}: with a shallow clone, fetch the full history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)`,
    };
  }
  return { base, forkPoint };
}

/**
 * Where a content folder sits in its git repository: the repository's top folder, and the
 * content folder's path from there ("content", or "" when it is the top), real paths both.
 */
export function contentInRepository(dir: string): { content: string; top: string; prefix: string } | { error: string } {
  if (!existsSync(dir)) return { error: `the content folder ${dir} does not exist` };
  const content = realpathSync(dir);
  const topText = gitText(content, ['rev-parse', '--show-toplevel']);
  if (!topText) return { error: `${content} is not in a git repository, so there is no earlier revision to compare with` };
  const top = realpathSync(topText);
  return { content, top, prefix: relativePosix(top, content) };
}

/** The files under `prefix` ("" for the whole tree) at a revision, with paths from the top folder. */
export function filesAt(top: string, revision: string, prefix: string): TreeEntry[] | { error: string } {
  const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', revision, ...(prefix ? ['--', `:(literal)${prefix}`] : [])]);
  if (!listing.ok) return { error: `git ls-tree failed: ${listing.stderr}` };
  return parseLsTree(listing.stdout.toString('utf8')).filter((entry) => entry.type === 'blob');
}
