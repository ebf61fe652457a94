/**
 * Runs the content checker on every build, so that the build refuses content the checker
 * refuses, with the same `file:line: field: message` lines. Astro's own schema errors name an
 * entry rather than its file, and its reference() only logs an unknown id, so relying on Astro
 * alone would let a broken owner publish silently.
 *
 * In a build, the gate hands Astro the documents' former addresses as redirects (reading only
 * the files that have any) and leaves the rest to a worker thread on the other core, while Astro
 * starts: the worker reads the content, says whether Astro's loader can read it (every file
 * parses and fits its schema), then checks it, then works out each document's search keywords
 * for the pages (src/lib/search/precomputed-keywords.ts). Astro's loaders wait for the first
 * answer (src/lib/content/loading-hold.ts): when they could not load the content they would fail
 * first with their own message, so then the checker's problems are reported and the build stops
 * there. The build waits for the checker's problems before bundling or writing anything; the
 * pages wait for the keywords.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readContent } from '../lib/content/files.ts';
import { previewMode } from '../lib/content/documents.ts';
import { holdContentLoading } from '../lib/content/loading-hold.ts';
import { formatProblem, type Problem } from '../lib/content/problems.ts';
import { redirectingDocumentsIn, redirectsFor } from '../lib/content/redirects.ts';
import { today } from '../lib/dates.ts';
import { storeKeywords } from '../lib/search/precomputed-keywords.ts';
import type { SearchKeywords } from '../lib/search/glossary-keywords.ts';
import type { GateMessage, GateRequest } from './content-gate-worker.ts';

/** The worker's three answers: whether Astro can load the content, the checker's problems, then the keywords. */
function checkInWorker(request: GateRequest): {
  loadable: Promise<boolean>;
  problems: Promise<Problem[]>;
  keywords: Promise<[string, SearchKeywords][]>;
} {
  const worker = new Worker(new URL('./content-gate-worker.ts', import.meta.url), { workerData: request });
  const loadable = Promise.withResolvers<boolean>();
  const problems = Promise.withResolvers<Problem[]>();
  const keywords = Promise.withResolvers<[string, SearchKeywords][]>();
  worker.on('message', (message: GateMessage) => {
    if ('loadable' in message) loadable.resolve(message.loadable);
    else if ('problems' in message) problems.resolve(message.problems);
    else keywords.resolve(message.keywords);
  });
  const fail = (error: Error) => {
    // A promise already settled ignores it.
    for (const answer of [loadable, problems, keywords]) answer.reject(error);
  };
  worker.once('error', fail);
  worker.once('exit', (code) => fail(new Error(`the content check stopped (exit code ${code}) before giving its verdict`)));
  // Until something awaits them, a failure is held by the promises, not thrown unhandled.
  for (const answer of [loadable, problems, keywords]) answer.promise.catch(() => undefined);
  return { loadable: loadable.promise, problems: problems.promise, keywords: keywords.promise };
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
  let problems: Promise<Problem[]> | undefined;
  return {
    name: 'llr:content-gate',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        const root = fileURLToPath(config.root);
        // Drafts' old addresses only redirect in preview builds (SITE_PREVIEW=1), where their pages exist.
        updateConfig({
          redirects: {
            ...redirectsFor(redirectingDocumentsIn(root), config.base, { preview: previewMode(process.env, false) }),
            ...config.redirects,
          },
        });
        if (command === 'build') {
          const check = checkInWorker({ root, today: today() });
          problems = check.problems;
          storeKeywords(check.keywords);
          holdContentLoading(
            check.loadable.then(async (loadable) => {
              if (!loadable) report(await check.problems, 'build', logger);
            }),
          );
          return;
        }
        // The dev server checks at once, on this thread: it has no build to overlap the check with.
        const { validateContent } = await import('../lib/content/validate.ts');
        report(validateContent(readContent(root), { today: today() }).problems, command, logger);
      },
      'astro:build:start': async ({ logger }) => {
        if (problems) report(await problems, 'build', logger);
      },
    },
  };
}
