/**
 * Test helpers: a fresh copy of the valid fixture content in a temporary folder, with one
 * change applied, so each test shows exactly one mistake.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const validFixture = join(repoRoot, 'tests/fixtures/content-valid');

/** Copies the valid fixture to a new temporary folder and returns its path. */
export function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'llr-content-'));
  cpSync(validFixture, dir, { recursive: true });
  return dir;
}

/** Replaces `from` with `to` in one file of a fixture copy; fails loudly if `from` is absent. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`fixture edit did nothing: ${String(from)} not found in ${file}`);
  writeFileSync(path, changed);
}
