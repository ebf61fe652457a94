/**
 * The files of the build output, for the steps after the build (src/integrations/finish-build.ts):
 * one walk, so the policy check, the search index and the offline copy see the output alike.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltFile } from '../lib/offline/plan.ts';

/** Files under `folder` of `root` ("/"-separated paths relative to root, with sizes), except the folders in `skip`. */
export function outputFiles(root: string, options: { folder?: string; skip?: readonly string[] } = {}): BuiltFile[] {
  const { folder = '', skip = [] } = options;
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return skip.includes(path) ? [] : outputFiles(root, { folder: path, skip });
    return entry.isFile() ? [{ path, bytes: statSync(join(root, path)).size }] : [];
  });
}

/** The HTML pages of the output, as "/"-separated paths, outside the folders in `skip`. */
export const outputPages = (root: string, skip: readonly string[] = []) =>
  outputFiles(root, { skip })
    .map((file) => file.path)
    .filter((path) => path.endsWith('.html'));
