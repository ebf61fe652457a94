/** Runs a real `astro build` of some content into a temporary folder, for build-level tests. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './fixture.ts';

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

export function buildSite(contentDir: string, env: Record<string, string> = {}): BuildResult {
  const outDir = mkdtempSync(join(tmpdir(), 'llr-dist-'));
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
