/**
 * The git plumbing that the pull-request checks share: running git, and finding the revision a
 * change is compared with. The base is the branch a pull request will merge into (or, without
 * one, origin/main, else main); the comparison is with the commit where the current branch left
 * it (git merge-base), so what was added to the base since then is not taken for this change.
 * Used by `npm run check -- --base` and `npm run check:addresses`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { parseLsTree, type TreeEntry } from '../src/lib/git/objects.ts';

/** The bases tried, in order, when none is named. */
export const DEFAULT_BASES = ['origin/main', 'main'];

/** Runs git in `cwd`: its output as a Buffer, or git's complaint when it fails. */
export function git(cwd: string, args: string[], input?: string): { ok: true; stdout: Buffer } | { ok: false; stderr: string } {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: 1024 * 1024 * 1024 });
  if (result.error) return { ok: false, stderr: result.error.message };
  if (result.status !== 0) return { ok: false, stderr: result.stderr.toString('utf8').trim() };
  return { ok: true, stdout: result.stdout };
}

/** git's output as trimmed text, or null when it fails. */
export function gitText(cwd: string, args: string[]): string | null {
  const result = git(cwd, args);
  return result.ok ? result.stdout.toString('utf8').trim() : null;
}

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
      error: askedBase !== undefined
        ? `git does not know the revision "${askedBase}": fetch it first (for example git fetch origin main), or name another branch or commit`
        : `git knows neither ${DEFAULT_BASES.join(' nor ')}: fetch the main branch (git fetch origin main), or name the base with --base`,
    };
  }
  const forkPoint = gitText(top, ['merge-base', base, 'HEAD']);
  if (!forkPoint) {
    return { error: `git cannot find where this branch left ${base}: with a shallow clone, fetch the full history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout)` };
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
  return { content, top, prefix: relative(top, content).split(sep).join('/') };
}

/** The files under `prefix` ("" for the whole tree) at a revision, with paths from the top folder. */
export function filesAt(top: string, revision: string, prefix: string): TreeEntry[] | { error: string } {
  const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', revision, ...(prefix ? ['--', `:(literal)${prefix}`] : [])]);
  if (!listing.ok) return { error: `git ls-tree failed: ${listing.stderr}` };
  return parseLsTree(listing.stdout.toString('utf8')).filter((entry) => entry.type === 'blob');
}
