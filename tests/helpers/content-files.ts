/**
 * Every content file the project has, for tests that hold two readers of the same text equal:
 * the manual's, the valid fixture's, each broken fixture's and 300 generated documents'.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateContent } from '../../bench/generate.ts';
import { repoRoot, validFixture } from './fixture.ts';

/** The text of every `.mdx` and `.yaml` file, with its path. */
export function allContentFiles(): { file: string; text: string }[] {
  const bad = join(repoRoot, 'tests', 'fixtures', 'bad');
  const folders = [join(repoRoot, 'content'), validFixture, ...readdirSync(bad).map((name) => join(bad, name))];
  const generated = mkdtempSync(join(tmpdir(), 'llr-content-files-'));
  generateContent(join(generated, 'content'), 300, join(repoRoot, 'content'));
  folders.push(join(generated, 'content'));
  const files: { file: string; text: string }[] = [];
  for (const folder of folders) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && /\.(mdx|yaml)$/.test(entry.name)) {
        const file = join(entry.parentPath, entry.name);
        files.push({ file, text: readFileSync(file, 'utf8') });
      }
    }
  }
  rmSync(generated, { recursive: true, force: true });
  return files;
}
