/**
 * The threshold explorer's browser script (the markup is src/components/ThresholdExplorer.astro):
 * it enhances the element carrying `data-threshold-explorer`, filtering the matrix marked
 * `data-threshold-matrix` in place and summarising the ticks. Words match in any form, as the
 * site search matches them (wordMatcher in src/lib/thresholds/explorer.ts). Without JavaScript
 * the page is the plain matrix.
 */
import { countByLevel, highestLevel, type Indicator } from '../../lib/thresholds/levels.ts';
import {
  countSentence,
  filtersFromSearch,
  matchesExplorerFilters,
  searchFromFilters,
  summariseSelection,
  wordMatcher,
  type ExplorerFilters,
} from '../../lib/thresholds/explorer.ts';
import { enhance } from '../enhance.ts';

enhance('data-threshold-explorer', (explorer) => {
  const matrix = document.querySelector<HTMLElement>('[data-threshold-matrix]');
  if (matrix) startExplorer(explorer, matrix);
});

function startExplorer(explorer: HTMLElement, matrix: HTMLElement) {
  const form = explorer.querySelector<HTMLElement>('[data-explorer-form]')!;
  const words = form.querySelector<HTMLInputElement>('[data-filter="words"]')!;
  const domain = form.querySelector<HTMLSelectElement>('[data-filter="domain"]')!;
  const level = form.querySelector<HTMLSelectElement>('[data-filter="level"]')!;
  const countStatus = form.querySelector<HTMLElement>('[data-explorer-count]')!;
  const domains = [...domain.options].map((o) => o.value).filter(Boolean);

  const items = [...matrix.querySelectorAll<HTMLElement>('[data-indicator]')].map((element) => ({
    element,
    tick: element.querySelector<HTMLInputElement>('[data-indicator-tick]')!,
    level: Number(element.dataset.level),
    domain: (element.dataset.domain ?? '') as Indicator['domain'],
    area: element.dataset.area ?? '',
    text: element.querySelector('.indicator__text')?.textContent ?? '',
  }));
  const total = items.length;

  // Show the controls and the ticks now that they will work.
  explorer.hidden = false;
  matrix.classList.add('threshold-matrix--explorer');
  for (const item of items) {
    item.tick.hidden = false;
    item.tick.checked = false; // never bring back ticks the browser may have remembered
  }

  // ---- Filters -------------------------------------------------------------------------
  const readFilters = (): ExplorerFilters => ({
    words: words.value,
    domain: domain.value,
    level: level.value ? Number(level.value) : null,
  });

  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  let addressTimer: ReturnType<typeof setTimeout> | undefined;

  function applyFilters({ announceNow = false } = {}) {
    const filters = readFilters();
    const matchWords = wordMatcher(filters.words);
    const shown = items.filter((item) => {
      const match = matchesExplorerFilters(item, filters, matchWords);
      item.element.hidden = !match;
      return match;
    });
    updateGroups(filters);
    const sentence = countSentence(countByLevel(shown), total, filters);
    // Typing fires on every key; wait for a pause before the live region speaks.
    clearTimeout(announceTimer);
    if (announceNow) countStatus.textContent = sentence;
    else announceTimer = setTimeout(() => (countStatus.textContent = sentence), 600);
    // Only the filters reach the address, and not on every key (browsers limit how often).
    clearTimeout(addressTimer);
    addressTimer = setTimeout(() => {
      const search = searchFromFilters(filters, location.search);
      if (search !== location.search) history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }, 300);
  }

  /** Hide empty domain groups and levels outside the level filter; keep counts in step. */
  function updateGroups(filters: ExplorerFilters) {
    const filtering = filters.words.trim() !== '' || filters.domain !== '' || filters.level !== null;
    for (const group of matrix.querySelectorAll<HTMLElement>('[data-indicator-group]')) {
      const all = group.querySelectorAll('[data-indicator]').length;
      const visible = group.querySelectorAll('[data-indicator]:not([hidden])').length;
      group.hidden = visible === 0;
      const count = group.querySelector('[data-group-count]');
      if (count) count.textContent = filtering ? `(${visible} of ${all})` : `(${all})`;
    }
    for (const section of matrix.querySelectorAll<HTMLElement>('[data-level-section]')) {
      const sectionLevel = Number(section.dataset.levelSection);
      const outside = filters.level !== null && filters.level !== sectionLevel;
      section.hidden = outside;
      document.querySelector<HTMLElement>(`[data-level-nav="${sectionLevel}"]`)?.toggleAttribute('hidden', outside);
      const none = section.querySelector<HTMLElement>('[data-level-none]');
      if (none) none.hidden = section.querySelectorAll('[data-indicator]:not([hidden])').length > 0;
    }
  }

  const restored = filtersFromSearch(location.search, domains);
  words.value = restored.words;
  domain.value = restored.domain;
  level.value = restored.level === null ? '' : String(restored.level);
  applyFilters({ announceNow: true });

  words.addEventListener('input', () => applyFilters());
  domain.addEventListener('change', () => applyFilters({ announceNow: true }));
  level.addEventListener('change', () => applyFilters({ announceNow: true }));
  words.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') applyFilters({ announceNow: true }); // Enter announces the count at once
  });
  explorer.querySelector('[data-clear-filters]')!.addEventListener('click', () => {
    words.value = '';
    domain.value = '';
    level.value = '';
    applyFilters({ announceNow: true });
    words.focus();
  });

  // ---- Ticks ---------------------------------------------------------------------------
  const breakdown = explorer.querySelector<HTMLElement>('[data-summary-breakdown]')!;
  const result = explorer.querySelector<HTMLElement>('[data-summary-result]')!;
  const list = explorer.querySelector<HTMLElement>('[data-summary-list]')!;
  const headline = explorer.querySelector<HTMLElement>('[data-summary-headline]')!;
  const selectionStatus = explorer.querySelector<HTMLElement>('[data-selection-status]')!;
  const bar = explorer.querySelector<HTMLElement>('[data-selection-bar]')!;
  const barText = explorer.querySelector<HTMLElement>('[data-bar-text]')!;
  const levelBlocks = [...explorer.querySelectorAll<HTMLElement>('[data-summary-level]')];
  const levelNames = Object.fromEntries(levelBlocks.map((b) => [Number(b.dataset.summaryLevel), b.dataset.levelName ?? '']));

  function updateSummary({ announce = true } = {}) {
    const ticked = items.filter((item) => item.tick.checked);
    const summary = summariseSelection(
      ticked.map((item) => item.level),
      levelNames,
    );
    const highest = highestLevel(ticked);
    breakdown.textContent = summary.breakdown;
    headline.textContent = summary.headline;
    result.hidden = highest === null;
    for (const block of levelBlocks) block.hidden = Number(block.dataset.summaryLevel) !== highest;
    list.replaceChildren(
      ...[...ticked]
        .sort((a, b) => b.level - a.level)
        .map((item) => {
          const li = document.createElement('li');
          li.textContent = `Level ${item.level}, ${item.area}: ${item.text}`;
          return li;
        }),
    );
    if (announce) selectionStatus.textContent = summary.announcement;
    bar.hidden = highest === null;
    barText.textContent = summary.announcement;
  }

  for (const item of items) item.tick.addEventListener('change', () => updateSummary());
  explorer.querySelector('[data-clear-ticks]')!.addEventListener('click', () => {
    for (const item of items) item.tick.checked = false;
    updateSummary({ announce: false });
    selectionStatus.textContent = 'All ticks cleared.';
    explorer.querySelector<HTMLElement>('#explorer-summary-heading')!.focus();
  });
  updateSummary({ announce: false });
}
