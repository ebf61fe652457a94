/**
 * Runs the content checker before Astro reads any content, so that the build refuses content
 * the checker refuses, with the same `file:line: field: message` lines. Astro's own schema errors
 * name an entry rather than its file, and its reference() only logs an unknown id, so relying on
 * Astro alone would let a broken owner publish silently.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { forgetSharedParses, readContent } from '../lib/content/files.ts';
import { formatProblem, validateContent } from '../lib/content/validate.ts';
import { today } from '../lib/dates.ts';

export default function contentGate(): AstroIntegration {
  return {
    name: 'llr:content-gate',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems } = validateContent(readContent(fileURLToPath(config.root)), { today: today() });
        // The gate is the last reader of the content in a build: let the parses go.
        forgetSharedParses();
        const errors = problems.filter((p) => p.severity === 'error');
        for (const p of problems) (p.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(p));
        // The dev server keeps running so an editor can see the page while fixing it.
        if (errors.length && command === 'build') {
          throw new AstroError(
            `The content has ${errors.length} error(s), listed above as file:line: field: message. Nothing was built.`,
            'Fix each one, then build again. `npm run check` lists the same errors without building.',
          );
        }
      },
    },
  };
}
