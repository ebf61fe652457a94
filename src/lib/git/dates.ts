/**
 * When each content file last changed in the repository, from the output of ONE `git log` for the
 * whole content folder (see history.ts, which runs it). This module is only the parsing and
 * the addresses, so it can be tested without git.
 */

/** The separators in GIT_LOG_FORMAT: ASCII record and unit separators, which never occur in dates or ref names. */
const RECORD = '\x1e';
const UNIT = '\x1f';

/**
 * Arguments for `git log` (run with -z, so file names come NUL-terminated and unquoted). Each
 * commit prints RS, its committer date (strict ISO 8601), US, its decorations (%D), NUL, then the
 * files it changed. The decorations tell a shallow clone's cut-off commit ("grafted") apart.
 */
export const GIT_LOG_ARGS = ['log', '-z', '--name-only', '--no-show-signature', `--format=${RECORD}%cI${UNIT}%D`];

export interface LastCommit {
  /** The committer's calendar date, YYYY-MM-DD, as they would write it. */
  date: string;
  /** The full committer timestamp (ISO 8601 with offset). */
  timestamp: string;
}

/**
 * Parses GIT_LOG_ARGS output into a map from file path (as git prints it: relative to the
 * repository's top folder) to the newest commit that changed it.
 *
 * In a shallow clone (CI often fetches one commit) the oldest commit fetched is "grafted": it
 * appears to add every file, so its date says nothing about when a file last changed. Files
 * whose newest commit is a grafted one are left out rather than given a wrong date.
 */
export function parseGitLog(output: string): Map<string, LastCommit> {
  const files = new Map<string, LastCommit & { at: number }>();
  const uncertain = new Set<string>();
  for (const record of output.split(RECORD)) {
    if (!record.trim()) continue;
    const headerEnd = record.indexOf('\0');
    const header = headerEnd === -1 ? record : record.slice(0, headerEnd);
    const [timestamp = '', decorations = ''] = header.split(UNIT);
    const at = Date.parse(timestamp);
    if (Number.isNaN(at)) continue;
    const grafted = decorations.split(',').some((d) => d.trim() === 'grafted');
    const names = headerEnd === -1 ? [] : record.slice(headerEnd + 1).split('\0');
    for (const raw of names) {
      const name = raw.replace(/^\n+/, '');
      if (!name) continue;
      const known = files.get(name);
      // git prints newest first, but commit dates can disagree with that order (rebases, clock
      // skew), so keep the latest date rather than the first seen.
      if (known && known.at >= at) continue;
      if (grafted) uncertain.add(name);
      else uncertain.delete(name);
      files.set(name, { date: timestamp.slice(0, 10), timestamp, at });
    }
  }
  const result = new Map<string, LastCommit>();
  for (const [name, { date, timestamp }] of files) {
    if (!uncertain.has(name)) result.set(name, { date, timestamp });
  }
  return result;
}

/**
 * The address of a file's history on the repository host, e.g.
 * https://github.com/org/repo/commits/main/content/procedures/neglect.mdx (GitHub's form).
 * Null when no repository address is configured.
 */
export function historyUrl(repositoryUrl: string | undefined, path: string, branch = 'main'): string | null {
  const base = repositoryUrl
    ?.trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  if (!base) return null;
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  return `${base}/commits/${branch.split('/').map(encodeURIComponent).join('/')}/${encoded}`;
}
