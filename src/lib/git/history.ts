/**
 * Loads "last changed in the repository" dates for the content folder, once per build.
 *
 * Why one process: a document page is rendered for every file, and `git log -1 -- <file>` per page
 * would start a process per document (thousands on a large site, each walking the history again).
 * One `git log --name-only` over the whole content folder walks the history once and names every
 * file each commit touched; parseGitLog() turns that into a map that every page then reads.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { GIT_LOG_ARGS, parseGitLog, type LastCommit } from './dates.ts';
import { git } from './run.ts';
import { toPosix } from '../paths.ts';

export interface GitHistory {
  /** The newest commit that changed `file` (an absolute path); undefined when it has none. */
  lastCommit(file: string): LastCommit | undefined;
  /** `file` relative to the repository's top folder, with forward slashes; null outside a repository. */
  repositoryPath(file: string): string | null;
  /** Why no dates are known at all (no repository, no git), for logs; undefined when git answered. */
  unavailable?: string;
}

/** The nearest folder at or above `dir` that holds `.git` (a folder, or a file in a worktree). */
export function repositoryRoot(dir: string): string | null {
  for (let current = resolve(dir); ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) return current;
    if (dirname(current) === current) return null;
  }
}

export function loadGitHistory(contentDir: string): GitHistory {
  const top = repositoryRoot(contentDir);
  const none = (unavailable: string): GitHistory => ({ lastCommit: () => undefined, repositoryPath: () => null, unavailable });
  // Looked for on disk first, so a copy of the content outside any repository starts no process.
  if (!top) return none(`${contentDir} is not in a git repository`);
  const log = git(top, [...GIT_LOG_ARGS, '--', resolve(contentDir)]);
  if (!log.ok) return none(`git log failed: ${log.stderr}`);
  const commits = parseGitLog(log.stdout.toString('utf8'));
  const repositoryPath = (file: string) => {
    const path = relative(top, resolve(file));
    return path.startsWith('..') ? null : toPosix(path);
  };
  return {
    lastCommit: (file) => {
      const path = repositoryPath(file);
      return path === null ? undefined : commits.get(path);
    },
    repositoryPath,
  };
}

const loaded = new Map<string, GitHistory>();

/** The history of `contentDir`, loaded on first use and kept for the rest of the build. */
export function gitHistory(contentDir: string): GitHistory {
  let history = loaded.get(contentDir);
  if (!history) {
    history = loadGitHistory(contentDir);
    loaded.set(contentDir, history);
  }
  return history;
}

/** The repository's web address (REPOSITORY_URL, e.g. https://github.com/org/repo), if configured. */
export function repositoryUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.REPOSITORY_URL?.trim() || undefined;
}

/** The branch the site is built from (REPOSITORY_BRANCH), for history links; main by default. */
export function repositoryBranch(env: Record<string, string | undefined> = process.env): string {
  return env.REPOSITORY_BRANCH?.trim() || 'main';
}
