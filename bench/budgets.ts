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
  /** Bytes the first search fetches, in kB, at most, at FIRST_SEARCH_DOCS documents or more. */
  firstSearchKB: number;
}

/** The size of manual the first-search budget is set for ("at 5,000 documents"). */
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
    firstSearchKB: number('firstSearchKB'),
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
  search: { worstBytes: number };
}

export function checkBudgets(budgets: Budgets, results: CheckedResults, smaller?: CheckedResults): Verdict[] {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const verdicts: Verdict[] = [
    { budget: `build time vs baseline at ${results.docs} documents`, measured: `${results.ratios.wallTime.toFixed(2)}x`, limit: `${budgets.buildTimeRatio}x`, pass: results.ratios.wallTime <= budgets.buildTimeRatio },
    { budget: `peak memory vs baseline at ${results.docs} documents`, measured: `${results.ratios.peakMemory.toFixed(2)}x`, limit: `${budgets.peakMemoryRatio}x`, pass: results.ratios.peakMemory <= budgets.peakMemoryRatio },
  ];
  const procedure = results.pages.procedure;
  if (procedure) {
    verdicts.push({ budget: 'procedure page HTML+CSS+JS, gzipped', measured: kb(procedure.total), limit: kb(budgets.procedurePageKB * 1000), pass: procedure.total <= budgets.procedurePageKB * 1000 });
    const before = smaller?.pages.procedure;
    if (smaller && before) {
      verdicts.push({ budget: `procedure page no larger at ${results.docs} than at ${smaller.docs} documents`, measured: kb(procedure.total), limit: kb(before.total), pass: procedure.total <= before.total });
    }
  }
  const unreadable = Object.entries(results.pages).filter(([, p]) => !p.readableWithoutJs).map(([type]) => type);
  verdicts.push({ budget: 'every page type readable with JavaScript off', measured: unreadable.length ? `not: ${unreadable.join(', ')}` : 'all', limit: 'all', pass: unreadable.length === 0 });
  // The budget is set for a large manual; a smaller run reports its figure without judging it.
  if (results.docs >= FIRST_SEARCH_DOCS) {
    verdicts.push({ budget: `first search fetches (worst query) at ${results.docs} documents`, measured: kb(results.search.worstBytes), limit: kb(budgets.firstSearchKB * 1000), pass: results.search.worstBytes <= budgets.firstSearchKB * 1000 });
  }
  return verdicts;
}
