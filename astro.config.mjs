// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { contentDir } from './src/lib/content/dir.ts';
import contentGate from './src/integrations/content-gate.ts';
import finishBuild from './src/integrations/finish-build.ts';
import noToolbarPrebundling from './src/integrations/no-toolbar-prebundling.ts';

/**
 * SITE_URL: the public origin, used for canonical links and the Atom feed.
 * BASE_PATH: where the site lives on that origin, e.g. "/llr-procedures/" for a project page.
 * Both are set by the deploy workflow; locally the site lives at the root.
 */
const base = process.env.BASE_PATH ?? '/';

// Astro caches loaded content between builds. A build of other content (a test fixture, the
// benchmark's documents) gets its own cache, or entries from two content folders would mix.
const content = contentDir(process.cwd());
const cacheDir = process.env.CONTENT_DIR
  ? `./node_modules/.astro-cache/${createHash('sha1').update(content).digest('hex').slice(0, 12)}`
  : './node_modules/.astro';

export default defineConfig({
  // No stand-in origin: without SITE_URL the build writes site paths and warns (src/lib/site/address.ts).
  site: process.env.SITE_URL || undefined,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir,
  trailingSlash: 'always',
  // Astro renders a page, then waits for its file to be written before rendering the next: on a
  // slow disk the renderer sat idle. Sixteen pages in flight keep it busy (docs/performance.md).
  build: { format: 'directory', concurrency: 16 },
  // Keep the build on Astro's native Markdown processor: adding remark plugins here switches
  // every page to the unified pipeline, several times slower (docs/performance.md).
  // No syntax highlighting: Shiki colours code with inline styles, which the site's
  // Content-Security-Policy blocks (a code block would lose its colours, or the policy its
  // strength). The manual has no code; a code block an editor writes is shown plain, in the
  // site's own code style.
  markdown: { syntaxHighlight: false },
  // The content gate reads and checks the content and adds documents' former addresses
  // (`redirectFrom`) as redirects, so a renamed document never breaks a bookmark. finishBuild
  // checks every page's policy, then writes the search index and the offline copy. A build skips
  // pre-bundling the dev toolbar's browser dependencies, which only the dev server serves.
  integrations: [contentGate(), mdx(), finishBuild(), noToolbarPrebundling()],
  // Content lives outside src/ so editors see one folder; Vite must still be allowed to read it.
  // Scripts and styles always ship as files, never inlined into pages: the hosts' headers CSP
  // (public/_headers) cannot carry per-page hashes, so an inlined script would be blocked there.
  vite: {
    server: { fs: { allow: ['.', content] } },
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro 7.3 marks every MDX module with a "use astro:head-inject" directive that the
        // bundler then warns about, once per document, with a code frame (withastro/astro#18087,
        // harmless). A thousand such warnings in an editor's build log would bury a real one.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // The Content-Security-Policy is the site's own (src/lib/site/csp.ts), in every page's head
  // (BaseLayout), not Astro's security.csp: every script and style ships as a file, so the policy
  // needs no per-page hashes, and computing them slowed every build (docs/performance.md).
});
