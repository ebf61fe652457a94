/**
 * The /search/ page: reads the query and filters from the address, searches, and draws the
 * results, the filter checkboxes and the result count (announced by a polite live region).
 * Submitting, ticking a filter or pausing while typing adds a history entry (further pauses
 * update it), so the back button steps back through searches. The address keeps the search in
 * its fragment, which never reaches the server (see url-state.ts). Until the script has loaded,
 * the form still submits as an ordinary GET.
 */
import { formatDate } from '../../lib/dates.ts';
import { FILTER_GROUPS, type FacetCounts, type FilterKey, type Selection } from '../../lib/search/facets.ts';
import { PAGE_SIZE } from '../../lib/search/options.ts';
import { resultAddress } from '../../lib/search/fragment.ts';
import { readAddress, sameState, writeState, type SearchState } from '../../lib/search/url-state.ts';
import { SearchEngine, type SearchOutcome } from './engine.ts';
import { highlightWords } from './highlight.ts';
import { loadPagefind } from './pagefind.ts';

const TYPING_DELAY_MS = 300;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

async function start(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const correction = root.querySelector<HTMLElement>('[data-search-correction]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filtersPanel = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const filtersBox = root.querySelector<HTMLElement>('[data-search-filter-groups]')!;
  const filtersChosen = root.querySelector<HTMLElement>('[data-search-filter-summary]')!;
  // Open beside the results on a wide screen; folded above them on a phone, so the results come first.
  filtersPanel.open = window.matchMedia('(min-width: 48rem)').matches;
  const failed = () => {
    status.textContent = 'Search is not available at the moment. Browse the A to Z of documents instead.';
  };

  let engine: SearchEngine;
  let values: Awaited<ReturnType<SearchEngine['filterValues']>>;
  try {
    engine = new SearchEngine(await loadPagefind());
    values = await engine.filterValues();
  } catch {
    failed();
    return;
  }

  let state = readAddress(location.search, location.hash) ?? { q: '', filters: {} };
  // A search that arrived in the query string (the no-JavaScript form, an older link) moves into
  // the fragment, so reloading or sharing the page does not send it to the server again.
  if (location.search) window.history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
  let shown: SearchOutcome | undefined;
  let visible = 0;
  let run = 0;

  input.value = state.q;
  drawFilterGroups(filtersBox, values, (key, value, checked) => {
    const ticked = new Set(state.filters[key] ?? []);
    if (checked) ticked.add(value);
    else ticked.delete(value);
    const filters: Selection = { ...state.filters, [key]: [...ticked] };
    typedEntry = false;
    void go({ ...state, filters }, 'push');
  });

  /**
   * Searches for a state and draws it. A newer search supersedes one still running: each run
   * draws nothing until its results are ready, and nothing at all once a newer run has started.
   */
  let started = '';
  async function go(next: SearchState, history: 'push' | 'replace' | 'none') {
    const changed = !sameState(next, state);
    state = next;
    if (history !== 'none' && changed) {
      const address = `${location.pathname}${writeState(state)}`;
      if (history === 'push') window.history.pushState(null, '', address);
      else window.history.replaceState(null, '', address);
    }
    // Pressing Search again on the search already shown (or under way) changes nothing.
    if (history !== 'none' && writeState(state) === started) return;
    started = writeState(state);
    syncCheckboxes(filtersBox, state.filters);
    const chosen = Object.values(state.filters).reduce((n, values) => n + (values?.length ?? 0), 0);
    filtersChosen.textContent = chosen ? `(${chosen} chosen)` : '';
    const mine = ++run;
    // Filters narrow a search; without words there is nothing to narrow (the A to Z lists everything).
    if (!state.q) {
      shown = undefined;
      list.replaceChildren();
      more.hidden = true;
      correction.hidden = true;
      status.textContent = '';
      drawCounts(filtersBox, undefined);
      root.removeAttribute('aria-busy');
      return;
    }
    root.setAttribute('aria-busy', 'true');
    try {
      const outcome = await engine.search(state);
      if (mine !== run) return;
      const items = await drawResults(outcome, 0);
      if (mine !== run) return;
      shown = outcome;
      visible = items.length;
      list.replaceChildren(...items);
      more.hidden = visible >= outcome.pages.length;
      drawCounts(filtersBox, outcome.counts);
      drawCorrection(correction, outcome);
      status.textContent = describe(outcome, state);
    } catch {
      if (mine === run) {
        started = '';
        failed();
      }
    } finally {
      if (mine === run) root.removeAttribute('aria-busy');
    }
  }

  /** The next page of results as list items, loading each result's text from Pagefind. */
  function drawResults(outcome: SearchOutcome, from: number): Promise<HTMLLIElement[]> {
    return Promise.all(outcome.pages.slice(from, from + PAGE_SIZE).map(async (page) => drawResult(await page.result.data(), outcome.words)));
  }

  async function showMore() {
    const mine = run;
    const outcome = shown;
    if (!outcome) return;
    const items = await drawResults(outcome, visible);
    if (mine !== run || outcome !== shown) return;
    list.append(...items);
    visible += items.length;
    more.hidden = visible >= outcome.pages.length;
    items[0]?.querySelector('a')?.focus();
  }

  // Typing searches as you go. The first pause adds a history entry and later pauses update
  // it, so the back button returns to the previous search, not to every half-typed word.
  let typing: number | undefined;
  let typedEntry = false;
  input.addEventListener('input', () => {
    engine.preload(input.value);
    window.clearTimeout(typing);
    typing = window.setTimeout(() => {
      void go({ ...state, q: input.value.trim() }, typedEntry ? 'replace' : 'push');
      typedEntry = true;
    }, TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(typing);
    void go({ ...state, q: input.value.trim() }, 'push');
    typedEntry = false;
  });
  more.addEventListener('click', () => void showMore());
  window.addEventListener('popstate', () => {
    window.clearTimeout(typing);
    typedEntry = false;
    // A jump to a place on the page (the skip link) is not a search: leave the results as they are.
    const next = readAddress(location.search, location.hash);
    if (!next) return;
    input.value = next.q;
    void go(next, 'none');
  });
  list.addEventListener('keydown', (event) => moveThroughResults(event, list, input));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && list.querySelector('a')) {
      event.preventDefault();
      list.querySelector<HTMLAnchorElement>('a')!.focus();
    }
  });

  filtersPanel.hidden = false;
  await go(state, 'none');
}

const hasFilters = (filters: Selection) => Object.values(filters).some((values) => values?.length);

function describe(outcome: SearchOutcome, state: SearchState): string {
  const n = outcome.pages.length;
  const results = `${n === 0 ? 'No' : n} ${n === 1 ? 'result' : 'results'}`;
  const forWhat = outcome.query ? ` for ‘${outcome.query}’` : '';
  const filtered = hasFilters(state.filters) ? ` with the filters you chose (${outcome.unfilteredCount} without filters)` : '';
  const help = n === 0 ? '. Check the spelling, try other words, or browse the A to Z of documents.' : '.';
  return `${results}${forWhat}${filtered}${help}`;
}

function drawCorrection(box: HTMLElement, outcome: SearchOutcome) {
  box.hidden = !outcome.correctedFrom;
  box.replaceChildren();
  if (!outcome.correctedFrom) return;
  const strong = document.createElement('strong');
  strong.textContent = outcome.query;
  box.append('Showing results for ', strong, `. No results were found for ‘${outcome.correctedFrom}’.`);
}

function drawResult(data: Awaited<ReturnType<SearchOutcome['pages'][number]['result']['data']>>, words: string[]): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const type = document.createElement('p');
  type.className = 'search-result__type';
  type.textContent = data.filters.type?.[0] ?? 'Page';
  const heading = document.createElement('h2');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = resultAddress(data.url, words);
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  // Pagefind escapes the page text before adding <mark>, so its excerpt is safe as HTML.
  excerpt.innerHTML = data.excerpt.includes('<mark>') || !data.meta.summary ? data.excerpt : escapeHtml(data.meta.summary);
  highlightWords(excerpt, words);
  item.append(type, heading, excerpt);
  if (data.meta.reviewed) {
    const reviewed = document.createElement('p');
    reviewed.className = 'search-result__reviewed';
    const time = document.createElement('time');
    time.dateTime = data.meta.reviewed;
    time.textContent = formatDate(data.meta.reviewed);
    reviewed.append('Last reviewed ', time);
    item.append(reviewed);
  }
  return item;
}

function escapeHtml(text: string): string {
  const div = document.createElement('div');
  div.textContent = text;
  return div.innerHTML;
}

/** Up and down arrows move between result links; up from the first returns to the box. */
function moveThroughResults(event: KeyboardEvent, list: HTMLElement, input: HTMLInputElement) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('.search-result__title a')];
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  event.preventDefault();
  if (event.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]!.focus();
  else if (at === 0) input.focus();
  else links[at - 1]!.focus();
}

/* ------------------------------------------------------------------ filters */

function drawFilterGroups(box: HTMLElement, values: Partial<Record<FilterKey, string[]>>, onChange: (key: FilterKey, value: string, checked: boolean) => void) {
  box.replaceChildren();
  for (const group of FILTER_GROUPS) {
    const options = values[group.key] ?? [];
    if (!options.length) continue;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'search-filters__group';
    const legend = document.createElement('legend');
    legend.textContent = group.legend;
    fieldset.append(legend);
    options.forEach((value, index) => {
      const id = `filter-${group.key}-${index}`;
      const row = document.createElement('div');
      row.className = 'search-filters__option';
      const checkbox = document.createElement('input');
      checkbox.type = 'checkbox';
      checkbox.id = id;
      checkbox.name = group.key;
      checkbox.value = value;
      checkbox.addEventListener('change', () => onChange(group.key, value, checkbox.checked));
      const label = document.createElement('label');
      label.htmlFor = id;
      const name = document.createElement('span');
      name.textContent = value;
      const count = document.createElement('span');
      count.className = 'search-filters__count';
      count.dataset.count = '';
      label.append(name, ' ', count);
      row.append(checkbox, label);
      fieldset.append(row);
    });
    box.append(fieldset);
  }
}

function syncCheckboxes(box: HTMLElement, filters: Selection) {
  for (const checkbox of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    checkbox.checked = (filters[checkbox.name as FilterKey] ?? []).includes(checkbox.value);
  }
}

function drawCounts(box: HTMLElement, counts: FacetCounts | undefined) {
  for (const checkbox of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const count = checkbox.parentElement?.querySelector<HTMLElement>('[data-count]');
    if (!count) continue;
    const n = counts?.[checkbox.name as FilterKey]?.[checkbox.value];
    count.textContent = n === undefined ? '' : `(${n} ${n === 1 ? 'result' : 'results'})`;
  }
}
