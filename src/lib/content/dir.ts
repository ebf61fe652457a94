/**
 * Where the content lives. Normally `content/`; CONTENT_DIR points the build, the checker and
 * the scaffolder at another folder (the benchmark's generated documents, test fixtures).
 */
import { isAbsolute, resolve } from 'node:path';

export function contentDir(root: string, env: Record<string, string | undefined> = process.env): string {
  const dir = env.CONTENT_DIR?.trim() || 'content';
  return isAbsolute(dir) ? dir : resolve(root, dir);
}
