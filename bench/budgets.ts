/**
 * The performance budgets. They are written once, in the `budgets` block of docs/performance.md,
 * and read from there, so the document and `npm run bench -- --check` cannot disagree.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface Budgets {
  /** Site build wall time / baseline build wall time, at most. */
  buildTimeRatio: number;
  /** Site peak memory / baseline peak memory, at most. */
  peakMemoryRatio: number;
  /** A procedure page's HTML + CSS + JS, gzipped, in kB (1 kB = 1,000 bytes), at most. */
  procedurePageKB: number;
  /*
   * The first search, at FIRST_SEARCH_DOCS documents or more, gzipped kB, over the five benchmark
   * queries (each in a new browser):
   */
  /** Everything fetched before the first index chunk, worst query, at most. */
  firstSearchBeforeIndexKB: number;
  /** Everything the first search fetches, median of the five queries, at most. */
  firstSearchMedianKB: number;
  /** Everything the first search fetches, worst query, at most. */
  firstSearchWorstKB: number;
  /** The five together / what bare Pagefind fetches for them showing as many results, at most. */
  firstSearchBareRatio: number;
}

/** The size of manual the first-search budgets are set for ("at 5,000 documents"). */
export const FIRST_SEARCH_DOCS = 5000;

export function readBudgets(markdownFile: string): Budgets {
  const text = readFileSync(markdownFile, 'utf8');
  const block = /```yaml budgets\n([\s\S]*?)```/.exec(text);
  if (!block) throw new Error(`${markdownFile}: no \`\`\`yaml budgets block found: the budgets must be written there`);
  const value = parse(block[1]!) as Record<string, unknown>;
  const number = (key: keyof Budgets) => {
    const n = value[key];
    if (typeof n !== 'number' || !(n > 0)) throw new Error(`${markdownFile}: budgets.${key} must be a positive number`);
    return n;
  };
  return {
    buildTimeRatio: number('buildTimeRatio'),
    peakMemoryRatio: number('peakMemoryRatio'),
    procedurePageKB: number('procedurePageKB'),
    firstSearchBeforeIndexKB: number('firstSearchBeforeIndexKB'),
    firstSearchMedianKB: number('firstSearchMedianKB'),
    firstSearchWorstKB: number('firstSearchWorstKB'),
    firstSearchBareRatio: number('firstSearchBareRatio'),
  };
}

export interface Verdict {
  budget: string;
  measured: string;
  limit: string;
  pass: boolean;
}

/** The subset of a results file the checks read. */
export interface CheckedResults {
  docs: number;
  ratios: { wallTime: number; peakMemory: number };
  pages: Record<string, { total: number; readableWithoutJs: boolean }>;
  search: FirstSearchBytes;
}

/** The first search's figures the budgets judge, in bytes (gzipped). */
export interface FirstSearchBytes {
  /** Everything fetched before the first index chunk, worst query. */
  beforeIndexBytes: number;
  medianBytes: number;
  worstBytes: number;
  /** The five queries together. */
  totalBytes: number;
  /** Bare Pagefind's five together, showing as many results as the site. */
  bareTotalBytes: number;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The budgets' figures from each query's gzipped total and before-index bytes, and bare Pagefind's totals. */
export function firstSearchBytes(site: readonly { gzip: number; beforeIndexGzip: number }[], bare: readonly number[]): FirstSearchBytes {
  return {
    beforeIndexBytes: Math.max(...site.map((q) => q.beforeIndexGzip)),
    medianBytes: median(site.map((q) => q.gzip)),
    worstBytes: Math.max(...site.map((q) => q.gzip)),
    totalBytes: site.reduce((n, q) => n + q.gzip, 0),
    bareTotalBytes: bare.reduce((n, b) => n + b, 0),
  };
}

export function checkBudgets(budgets: Budgets, results: CheckedResults, smaller?: CheckedResults): Verdict[] {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const verdicts: Verdict[] = [
    {
      budget: `build time vs baseline at ${results.docs} documents`,
      measured: `${results.ratios.wallTime.toFixed(2)}x`,
      limit: `${budgets.buildTimeRatio}x`,
      pass: results.ratios.wallTime <= budgets.buildTimeRatio,
    },
    {
      budget: `peak memory vs baseline at ${results.docs} documents`,
      measured: `${results.ratios.peakMemory.toFixed(2)}x`,
      limit: `${budgets.peakMemoryRatio}x`,
      pass: results.ratios.peakMemory <= budgets.peakMemoryRatio,
    },
  ];
  const procedure = results.pages.procedure;
  if (procedure) {
    verdicts.push({
      budget: 'procedure page HTML+CSS+JS, gzipped',
      measured: kb(procedure.total),
      limit: kb(budgets.procedurePageKB * 1000),
      pass: procedure.total <= budgets.procedurePageKB * 1000,
    });
    const before = smaller?.pages.procedure;
    if (smaller && before) {
      verdicts.push({
        budget: `procedure page no larger at ${results.docs} than at ${smaller.docs} documents`,
        measured: kb(procedure.total),
        limit: kb(before.total),
        pass: procedure.total <= before.total,
      });
    }
  }
  const unreadable = Object.entries(results.pages)
    .filter(([, p]) => !p.readableWithoutJs)
    .map(([type]) => type);
  verdicts.push({
    budget: 'every page type readable with JavaScript off',
    measured: unreadable.length ? `not: ${unreadable.join(', ')}` : 'all',
    limit: 'all',
    pass: unreadable.length === 0,
  });
  // The budgets are set for a large manual; a smaller run reports its figures without judging them.
  if (results.docs >= FIRST_SEARCH_DOCS) verdicts.push(...firstSearchVerdicts(budgets, results.search, results.docs));
  return verdicts;
}

/** The first-search budgets' verdicts (judged by checkBudgets at FIRST_SEARCH_DOCS or more; printed as information below). */
export function firstSearchVerdicts(budgets: Budgets, search: FirstSearchBytes, docs: number): Verdict[] {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const ratio = search.totalBytes / search.bareTotalBytes;
  return [
    {
      budget: `first search: fetched before the first index chunk (worst query) at ${docs} documents`,
      measured: kb(search.beforeIndexBytes),
      limit: kb(budgets.firstSearchBeforeIndexKB * 1000),
      pass: search.beforeIndexBytes <= budgets.firstSearchBeforeIndexKB * 1000,
    },
    {
      budget: `first search: median of the five queries at ${docs} documents`,
      measured: kb(search.medianBytes),
      limit: kb(budgets.firstSearchMedianKB * 1000),
      pass: search.medianBytes <= budgets.firstSearchMedianKB * 1000,
    },
    {
      budget: `first search: worst query at ${docs} documents`,
      measured: kb(search.worstBytes),
      limit: kb(budgets.firstSearchWorstKB * 1000),
      pass: search.worstBytes <= budgets.firstSearchWorstKB * 1000,
    },
    {
      budget: `first search: the five together vs bare Pagefind showing as many results at ${docs} documents`,
      measured: `${kb(search.totalBytes)} vs ${kb(search.bareTotalBytes)} (${ratio.toFixed(2)}x)`,
      limit: `${budgets.firstSearchBareRatio}x`,
      pass: ratio <= budgets.firstSearchBareRatio,
    },
  ];
}
