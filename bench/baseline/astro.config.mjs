// @ts-check
/**
 * The benchmark's baseline: bare Astro with MDX and Pagefind, nothing else, building the same
 * generated documents as the site (CONTENT_DIR). `npm run bench` builds it; nobody deploys it.
 * It uses the repository's node_modules, so the versions always match the site's.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Pagefind over the output, in the build, as the site does it. */
const pagefindIndex = {
  name: 'baseline:pagefind',
  hooks: {
    /** @param {{ dir: URL }} options */
    'astro:build:done': async ({ dir }) => {
      const site = fileURLToPath(dir);
      const { index } = await pagefind.createIndex({});
      if (!index) throw new Error('Pagefind could not start');
      await index.addDirectory({ path: site });
      await index.writeFiles({ outputPath: `${site}pagefind` });
      await pagefind.close();
    },
  },
};

export default defineConfig({
  site: 'https://baseline.example.org',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.BENCH_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), pagefindIndex],
  vite: { server: { fs: { allow: ['.', process.env.CONTENT_DIR ?? '.'] } } },
  devToolbar: { enabled: false },
});
