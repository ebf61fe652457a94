/**
 * The one way the project runs git: the build's "last changed" dates (history.ts) and the
 * pull-request checks (scripts/lib/git-base.ts) both start git through here, so both get the
 * same buffer size and report a failure the same way, as git's own words rather than a throw.
 */
import { spawnSync } from 'node:child_process';

export type GitResult = { ok: true; stdout: Buffer } | { ok: false; stderr: string };

/**
 * Node's default output limit (1 MB) is far smaller than one `git log --name-only` over a large
 * content folder, or one `git cat-file --batch` of every document: past it git is killed and the
 * output lost. A gigabyte is more than any repository here will print.
 */
const MAX_OUTPUT = 1024 * 1024 * 1024;

/** Runs git in `cwd`, with `input` on its standard input: its output as a Buffer, or git's complaint when it fails. */
export function git(cwd: string, args: readonly string[], input?: string): GitResult {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: MAX_OUTPUT });
  if (result.error) return { ok: false, stderr: result.error.message };
  if (result.status !== 0) return { ok: false, stderr: result.stderr.toString('utf8').trim() };
  return { ok: true, stdout: result.stdout };
}

/** git's output as trimmed text, or null when it fails. */
export function gitText(cwd: string, args: readonly string[]): string | null {
  const result = git(cwd, args);
  return result.ok ? result.stdout.toString('utf8').trim() : null;
}
