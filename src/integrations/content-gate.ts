/**
 * Runs the content checker on every build, so that the build refuses content the checker
 * refuses, with the same `file:line: field: message` lines. Astro's own schema errors name an
 * entry rather than its file, and its reference() only logs an unknown id, so relying on Astro
 * alone would let a broken owner publish silently.
 *
 * The gate is the build's one reader of the content before Astro's: it reads it once, hands
 * Astro the documents' former addresses as redirects, and checks it. In a build whose content
 * Astro can load (every file parses and fits its schema), the full check runs in a worker
 * thread on the other core while Astro syncs the content, and the build waits for its verdict
 * before bundling or writing anything; the worker also works out each document's search
 * keywords for the pages (src/lib/search/precomputed-keywords.ts). Otherwise Astro's loader would
 * fail first with its own message, so the check runs at once and its problems are what the
 * editor sees.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readContent } from '../lib/content/files.ts';
import { previewMode } from '../lib/content/documents.ts';
import { formatProblem, type Problem } from '../lib/content/problems.ts';
import { redirectingDocuments, redirectsFor } from '../lib/content/redirects.ts';
import { astroCanLoad } from '../lib/content/loadable.ts';
import { today } from '../lib/dates.ts';
import { storeKeywords } from '../lib/search/precomputed-keywords.ts';
import type { GateRequest, GateVerdict } from './content-gate-worker.ts';

function checkInWorker(request: GateRequest): Promise<GateVerdict> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./content-gate-worker.ts', import.meta.url), { workerData: request });
    worker.once('message', (verdict: GateVerdict) => resolve(verdict));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the content check stopped (exit code ${code}) before giving its verdict`)));
  });
}

function report(problems: readonly Problem[], command: 'build' | 'dev', logger: AstroIntegrationLogger): void {
  const errors = problems.filter((p) => p.severity === 'error');
  for (const p of problems) (p.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(p));
  // The dev server keeps running so an editor can see the page while fixing it.
  if (errors.length && command === 'build') {
    throw new AstroError(
      `The content has ${errors.length} error(s), listed above as file:line: field: message. Nothing was built.`,
      'Fix each one, then build again. `npm run check` lists the same errors without building.',
    );
  }
}

export default function contentGate(): AstroIntegration {
  let verdict: Promise<GateVerdict> | undefined;
  return {
    name: 'llr:content-gate',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = fileURLToPath(config.root);
        const tree = readContent(root);
        // Drafts' old addresses only redirect in preview builds (SITE_PREVIEW=1), where their pages exist.
        updateConfig({
          redirects: {
            ...redirectsFor(redirectingDocuments(tree), config.base, { preview: previewMode(process.env, false) }),
            ...config.redirects,
          },
        });
        if (command === 'build' && astroCanLoad(tree)) {
          verdict = checkInWorker({ root, today: today() });
          // Until the build awaits it, a failure is held by the promise, not thrown unhandled.
          verdict.catch(() => undefined);
          return;
        }
        // Loaded only here: the full checker's code is the worker's to load in a build that passes.
        const { validateContent } = await import('../lib/content/validate.ts');
        report(validateContent(tree, { today: today() }).problems, command, logger);
      },
      'astro:build:start': async ({ logger }) => {
        if (!verdict) return;
        const { problems, keywords } = await verdict;
        report(problems, 'build', logger);
        storeKeywords(keywords);
      },
    },
  };
}
