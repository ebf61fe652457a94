/**
 * The content gate's full check, on its own thread (see content-gate.ts): reads the content,
 * checks it, works out every document's search keywords (src/lib/search/precomputed-keywords.ts)
 * and posts back both.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { entriesOf, readContent } from '../lib/content/files.ts';
import type { Problem } from '../lib/content/problems.ts';
import { dataSchemas } from '../lib/content/schema.ts';
import { validateContent } from '../lib/content/validate.ts';
import type { SearchKeywords } from '../lib/search/glossary-keywords.ts';
import { keywordsFor } from '../lib/search/precomputed-keywords.ts';

export interface GateRequest {
  root: string;
  today: string;
}

export interface GateVerdict {
  problems: Problem[];
  keywords: [string, SearchKeywords][];
}

const { root, today } = workerData as GateRequest;
const tree = readContent(root);
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
parentPort!.postMessage({ problems, keywords } satisfies GateVerdict);
