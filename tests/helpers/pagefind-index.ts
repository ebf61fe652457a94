/**
 * The pages in a built Pagefind index, read from its fragment files: one gzipped
 * `pagefind_dcd`-prefixed JSON record per indexed page, with the page's address, its indexed text
 * and its metadata. Reading the fragments shows what search can return, whatever the HTML says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexedPage {
  url: string;
  content: string;
  meta: Record<string, string>;
}

const SIGNATURE = 'pagefind_dcd';

export function indexedPages(outDir: string): IndexedPage[] {
  const folder = join(outDir, 'pagefind/fragment');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => {
      const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
      if (!text.startsWith(SIGNATURE)) throw new Error(`${name} is not a Pagefind fragment this helper can read`);
      return JSON.parse(text.slice(SIGNATURE.length)) as IndexedPage;
    });
}
