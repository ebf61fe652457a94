/**
 * The content gate's reading and checking, on its own thread (see content-gate.ts): reads the
 * content, says first whether Astro's loader can read it, then checks it, works out every
 * document's search keywords (src/lib/search/precomputed-keywords.ts) and posts back both.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { entriesOf, readContent } from '../lib/content/files.ts';
import { astroCanLoad } from '../lib/content/loadable.ts';
import type { Problem } from '../lib/content/problems.ts';
import { dataSchemas } from '../lib/content/schema.ts';
import type { SearchKeywords } from '../lib/search/glossary-keywords.ts';

export interface GateRequest {
  root: string;
  today: string;
}

/** The worker's two messages, in this order. */
export type GateMessage = { loadable: boolean } | { verdict: GateVerdict };

export interface GateVerdict {
  problems: Problem[];
  keywords: [string, SearchKeywords][];
}

const post = (message: GateMessage) => parentPort!.postMessage(message);
const { root, today } = workerData as GateRequest;
const tree = readContent(root);
// Astro's loaders wait for this, so it goes before the checker's code is even loaded.
post({ loadable: astroCanLoad(tree) });

const [{ validateContent }, { keywordsFor }] = await Promise.all([
  import('../lib/content/validate.ts'),
  import('../lib/search/precomputed-keywords.ts'),
]);
const { problems, documents } = validateContent(tree, { today });
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
post({ verdict: { problems, keywords } });
