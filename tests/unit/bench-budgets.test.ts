import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  checkBudgets,
  FIRST_SEARCH_DOCS,
  firstSearchBytes,
  readBudgets,
  type CheckedResults,
  type FirstSearchBytes,
} from '../../bench/budgets.ts';

const budgets = readBudgets(join(import.meta.dirname, '..', '..', 'docs', 'performance.md'));

const search = (overrides: Partial<FirstSearchBytes> = {}): FirstSearchBytes => ({
  beforeIndexBytes: 100_000,
  medianBytes: 200_000,
  worstBytes: 300_000,
  totalBytes: 1_000_000,
  bareTotalBytes: 1_100_000,
  ...overrides,
});

const run = (docs: number, overrides: Partial<CheckedResults> = {}): CheckedResults => ({
  docs,
  ratios: { wallTime: 1.1, peakMemory: 1.0 },
  pages: { procedure: { total: 15_000, readableWithoutJs: true }, search: { total: 40_000, readableWithoutJs: true } },
  search: search(),
  ...overrides,
});

const verdict = (verdicts: ReturnType<typeof checkBudgets>, start: string) => verdicts.find((v) => v.budget.startsWith(start));

test('the budgets are read from docs/performance.md', () => {
  assert.ok(budgets.buildTimeRatio > 1 && budgets.peakMemoryRatio > 1 && budgets.procedurePageKB > 0);
  assert.equal(budgets.firstSearchBeforeIndexKB, 150);
  assert.equal(budgets.firstSearchMedianKB, 250);
  assert.equal(budgets.firstSearchWorstKB, 350);
  assert.equal(budgets.firstSearchBareRatio, 1);
});

test('a run within every budget passes; a slower build or a heavier page fails its own line only', () => {
  assert.ok(checkBudgets(budgets, run(1000)).every((v) => v.pass));
  assert.ok(checkBudgets(budgets, run(FIRST_SEARCH_DOCS)).every((v) => v.pass));
  const slow = checkBudgets(budgets, run(1000, { ratios: { wallTime: budgets.buildTimeRatio + 0.01, peakMemory: 1 } }));
  assert.equal(verdict(slow, 'build time')!.pass, false);
  assert.deepEqual(
    slow.filter((v) => !v.pass).map((v) => v.budget),
    [verdict(slow, 'build time')!.budget],
  );
  const heavy = run(1000, { pages: { procedure: { total: budgets.procedurePageKB * 1000 + 1, readableWithoutJs: true } } });
  assert.equal(verdict(checkBudgets(budgets, heavy), 'procedure page')!.pass, false);
  const unreadable = run(1000, { pages: { procedure: { total: 1, readableWithoutJs: false } } });
  assert.equal(verdict(checkBudgets(budgets, unreadable), 'every page type')!.pass, false);
});

test('each first-search budget fails its own line only, one byte over its limit', () => {
  const cases: [Partial<FirstSearchBytes>, string][] = [
    [{ beforeIndexBytes: budgets.firstSearchBeforeIndexKB * 1000 + 1 }, 'first search: fetched before the first index chunk'],
    [{ medianBytes: budgets.firstSearchMedianKB * 1000 + 1 }, 'first search: median'],
    [{ worstBytes: budgets.firstSearchWorstKB * 1000 + 1 }, 'first search: worst'],
    [{ totalBytes: 1_100_001, bareTotalBytes: 1_100_000 }, 'first search: the five together'],
  ];
  for (const [over, line] of cases) {
    const verdicts = checkBudgets(budgets, run(FIRST_SEARCH_DOCS, { search: search(over) }));
    assert.deepEqual(
      verdicts.filter((v) => !v.pass).map((v) => v.budget.slice(0, line.length)),
      [line],
      line,
    );
  }
  // At the limits exactly, every line passes.
  const atLimits = search({
    beforeIndexBytes: 150_000,
    medianBytes: 250_000,
    worstBytes: 350_000,
    totalBytes: 1_100_000,
    bareTotalBytes: 1_100_000,
  });
  assert.ok(checkBudgets(budgets, run(FIRST_SEARCH_DOCS, { search: atLimits })).every((v) => v.pass));
});

test('the first-search budgets are judged at the manual size they are set for, not below it', () => {
  const heavySearch = {
    search: search({ worstBytes: budgets.firstSearchWorstKB * 1000 + 1, medianBytes: 1e9, beforeIndexBytes: 1e9, totalBytes: 1e9 }),
  };
  assert.equal(verdict(checkBudgets(budgets, run(1000, heavySearch)), 'first search'), undefined);
  assert.equal(verdict(checkBudgets(budgets, run(FIRST_SEARCH_DOCS, heavySearch)), 'first search: worst')!.pass, false);
  assert.equal(verdict(checkBudgets(budgets, run(FIRST_SEARCH_DOCS)), 'first search: worst')!.pass, true);
});

test('the first-search figures: worst before the first index chunk, median, worst and totals of the five queries', () => {
  const figures = firstSearchBytes(
    [
      { gzip: 250, beforeIndexGzip: 130 },
      { gzip: 380, beforeIndexGzip: 131 },
      { gzip: 260, beforeIndexGzip: 129 },
      { gzip: 200, beforeIndexGzip: 140 },
      { gzip: 330, beforeIndexGzip: 130 },
    ],
    [190, 225, 178, 223, 542],
  );
  assert.deepEqual(figures, { beforeIndexBytes: 140, medianBytes: 260, worstBytes: 380, totalBytes: 1420, bareTotalBytes: 1358 });
  assert.equal(
    firstSearchBytes(
      [
        { gzip: 1, beforeIndexGzip: 1 },
        { gzip: 3, beforeIndexGzip: 1 },
      ],
      [1],
    ).medianBytes,
    2,
  );
});

test('at 5,000 documents a procedure page may not be larger than at 1,000', () => {
  const smaller = run(1000);
  const grown = run(5000, { pages: { procedure: { total: 15_001, readableWithoutJs: true } } });
  assert.equal(verdict(checkBudgets(budgets, grown, smaller), 'procedure page no larger')!.pass, false);
  assert.equal(verdict(checkBudgets(budgets, run(5000), smaller), 'procedure page no larger')!.pass, true);
});
