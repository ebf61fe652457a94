/**
 * The content gate's reading and checking, on its own thread (see content-gate.ts): reads the
 * content, says first whether Astro's loader can read it, then checks it and posts the problems,
 * then works out every document's search keywords (src/lib/search/precomputed-keywords.ts) and
 * posts those.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { entriesOf, readContent } from '../lib/content/files.ts';
import { astroCanLoad } from '../lib/content/loadable.ts';
import type { Problem } from '../lib/content/problems.ts';
import { dataSchemas } from '../lib/content/schema.ts';
import { LOWEST_PRIORITY } from './process-priority.ts';
import type { SearchKeywords } from '../lib/search/glossary-keywords.ts';

export interface GateRequest {
  root: string;
  today: string;
}

/** The worker's three messages, in this order. */
export type GateMessage = { loadable: boolean } | { problems: Problem[] } | { keywords: [string, SearchKeywords][] };

const post = (message: GateMessage) => parentPort!.postMessage(message);
const { root, today } = workerData as GateRequest;
const tree = readContent(root);
// Astro's loaders wait for this, so it goes before the checker's code is even loaded.
post({ loadable: astroCanLoad(tree) });

const { validateContent } = await import('../lib/content/validate.ts');
const { problems, documents } = validateContent(tree, { today });
post({ problems });

// The build waits for the problems before it bundles, but the pages need the keywords only when
// they are rendered: until then they take only the CPU the bundler leaves. On Linux a priority
// belongs to a thread, so this is the worker's alone; elsewhere it would be the whole build's, so
// it is left as it is. Content with errors is never rendered.
if (process.platform === 'linux') setPriority(LOWEST_PRIORITY);
const { keywordsFor } = await import('../lib/search/precomputed-keywords.ts');
const glossary = entriesOf(tree.data.glossary).flatMap(({ id, value }) => {
  const parsed = dataSchemas.glossary.safeParse(value);
  return parsed.success ? [{ id, ...parsed.data }] : [];
});
const keywords = problems.some((problem) => problem.severity === 'error')
  ? []
  : keywordsFor(
      [...documents].map(([key, { file, data }]) => ({ key, title: data.title, summary: data.summary, tags: data.tags, body: file.body })),
      glossary,
    );
post({ keywords });
