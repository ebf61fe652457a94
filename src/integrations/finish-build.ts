/**
 * The search index, the policy check and the offline copy. While Astro renders, Pagefind already
 * indexes the document pages written so far (src/integrations/pagefind-index.ts). Once every
 * page is written:
 * 1. the rest of the Pagefind search index, in Pagefind's own process, and meanwhile in this
 *    one, so that the two share the machine's cores instead of taking turns:
 *    a. the Content-Security-Policy check (src/integrations/csp-every-page.ts), which adds the
 *       policy to the redirect pages (Pagefind is never handed those), then
 *    b. the reading of the pages for the offline copy;
 * 2. the offline copy (src/integrations/offline-copy.ts), last, so the search index and every
 *    page's final text are in it.
 * Any step's failure fails the build.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkPagePolicies } from './csp-every-page.ts';
import { SearchIndexer } from './pagefind-index.ts';
import { offlineCopyReport, readSite, writeOfflineCopy } from './offline-copy.ts';
import { redirectPageFiles } from '../lib/search/early-index.ts';
import { parseByteLimit } from '../lib/offline/plan.ts';
import { MISSING_SITE_URL_WARNING } from '../lib/site/address.ts';

export default function finishBuild(): AstroIntegration {
  let base = '/';
  let maxBytes = 0;
  let outDir = '';
  let redirectPages = new Set<string>();
  let indexer: SearchIndexer | undefined;
  let site: URL | undefined;
  return {
    name: 'llr:finish-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        // Read now, so a mistyped limit fails the build before any work rather than at the end.
        maxBytes = parseByteLimit(process.env.OFFLINE_MAX_BYTES);
        outDir = fileURLToPath(config.outDir);
        site = config.site ? new URL(config.site) : undefined;
        redirectPages = redirectPageFiles(Object.keys(config.redirects));
      },
      'astro:build:start': ({ logger }) => {
        if (!site) logger.fork('llr:site-url').warn(`\n${'!'.repeat(72)}\n${MISSING_SITE_URL_WARNING}\n${'!'.repeat(72)}`);
        indexer = new SearchIndexer(outDir, redirectPages);
        indexer.watch();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);

        // build:start always runs first and started the indexer watching config.outDir, which is `dir`.
        // Pagefind finishes the index in its own process while this process checks the pages'
        // policies and then reads the site for the offline copy, so the policy is in every page read.
        const [{ pages, early }, { added, site }] = await Promise.all([
          indexer!.finish(),
          (async () => {
            const added = await checkPagePolicies(root);
            return { added, site: await readSite(root) };
          })(),
        ]);
        if (added)
          logger.fork('llr:csp-every-page').info(`Content-Security-Policy added to ${added} page(s) Astro wrote without one (redirects).`);
        logger.fork('llr:pagefind').info(`Search index: ${pages} pages (${early} indexed while the others were rendered).`);

        const log = logger.fork('llr:offline-copy');
        const report = offlineCopyReport(writeOfflineCopy(root, site, { base, maxBytes }), maxBytes);
        log.info(report.info);
        if (report.warning) log.warn(report.warning);
      },
    },
  };
}
