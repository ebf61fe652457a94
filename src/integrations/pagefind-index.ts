/**
 * Builds the Pagefind search index over the finished site, in the same build, so that
 * `astro build` alone produces a searchable site. Pagefind's errors become build errors.
 * Run by src/integrations/finish-build.ts.
 */
import * as pagefind from 'pagefind';

/**
 * Indexes the site in `site` (a folder path ending in "/") into `<site>pagefind/`, and returns
 * how many pages it indexed. Pagefind works in its own process: this one is free meanwhile.
 */
export async function writeSearchIndex(site: string): Promise<number> {
  const { index, errors: createErrors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${site}pagefind` });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
