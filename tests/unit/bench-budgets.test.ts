import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { checkBudgets, FIRST_SEARCH_DOCS, readBudgets, type CheckedResults } from '../../bench/budgets.ts';

const budgets = readBudgets(join(import.meta.dirname, '..', '..', 'docs', 'performance.md'));

const run = (docs: number, overrides: Partial<CheckedResults> = {}): CheckedResults => ({
  docs,
  ratios: { wallTime: 1.1, peakMemory: 1.0 },
  pages: { procedure: { total: 15_000, readableWithoutJs: true }, search: { total: 40_000, readableWithoutJs: true } },
  search: { worstBytes: 100_000 },
  ...overrides,
});

const verdict = (verdicts: ReturnType<typeof checkBudgets>, start: string) => verdicts.find((v) => v.budget.startsWith(start));

test('the budgets are read from docs/performance.md', () => {
  assert.ok(budgets.buildTimeRatio > 1 && budgets.peakMemoryRatio > 1 && budgets.procedurePageKB > 0 && budgets.firstSearchKB > 0);
});

test('a run within every budget passes; a slower build or a heavier page fails its own line only', () => {
  assert.ok(checkBudgets(budgets, run(1000)).every((v) => v.pass));
  const slow = checkBudgets(budgets, run(1000, { ratios: { wallTime: budgets.buildTimeRatio + 0.01, peakMemory: 1 } }));
  assert.equal(verdict(slow, 'build time')!.pass, false);
  assert.deepEqual(slow.filter((v) => !v.pass).map((v) => v.budget), [verdict(slow, 'build time')!.budget]);
  const heavy = run(1000, { pages: { procedure: { total: budgets.procedurePageKB * 1000 + 1, readableWithoutJs: true } } });
  assert.equal(verdict(checkBudgets(budgets, heavy), 'procedure page')!.pass, false);
  const unreadable = run(1000, { pages: { procedure: { total: 1, readableWithoutJs: false } } });
  assert.equal(verdict(checkBudgets(budgets, unreadable), 'every page type')!.pass, false);
});

test('the first-search budget is judged at the manual size it is set for, not below it', () => {
  const heavySearch = { search: { worstBytes: budgets.firstSearchKB * 1000 + 1 } };
  assert.equal(verdict(checkBudgets(budgets, run(1000, heavySearch)), 'first search'), undefined);
  assert.equal(verdict(checkBudgets(budgets, run(FIRST_SEARCH_DOCS, heavySearch)), 'first search')!.pass, false);
  assert.equal(verdict(checkBudgets(budgets, run(FIRST_SEARCH_DOCS)), 'first search')!.pass, true);
});

test('at 5,000 documents a procedure page may not be larger than at 1,000', () => {
  const smaller = run(1000);
  const grown = run(5000, { pages: { procedure: { total: 15_001, readableWithoutJs: true } } });
  assert.equal(verdict(checkBudgets(budgets, grown, smaller), 'procedure page no larger')!.pass, false);
  assert.equal(verdict(checkBudgets(budgets, run(5000), smaller), 'procedure page no larger')!.pass, true);
});
