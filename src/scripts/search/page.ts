/**
 * The /search/ page: reads the query and filters from the address, searches, and draws the
 * results, the filter checkboxes and the result count (announced by a polite live region).
 * Submitting, ticking a filter or pausing while typing adds a history entry (further pauses
 * update it), so the back button steps back through searches. The address keeps the search in
 * its fragment, which never reaches the server (see url-state.ts). Until the script has loaded,
 * the form still submits as an ordinary GET.
 *
 * On a slow connection Pagefind and its index take seconds to arrive. The words from the address
 * are in the box at once, with "Searching for …" in the live region; what is typed meanwhile is
 * never overwritten, and the latest words are searched as soon as the index is there. Back from
 * a result brings back as many results as were shown, scrolled to where the page was left.
 *
 * The filters load only when used: the panel starts folded, and its values and counts (Pagefind's
 * filter files, about 44 kB gzipped at 5,000 documents, and a filtered search per value) are
 * fetched when the reader opens it, or at once when the address ticks a filter. A search made
 * before then gets its counts when the panel opens.
 */
import { formatDate } from '../../lib/dates.ts';
import { FILTER_GROUPS, type FacetCounts, type FilterKey, type Selection } from '../../lib/search/facets.ts';
import { PAGE_SIZE } from '../../lib/search/options.ts';
import { resultAddress } from '../../lib/search/fragment.ts';
import { entryAnchor, entryWords } from '../../lib/search/anchors.ts';
import { readAddress, sameState, writeState, type SearchState } from '../../lib/search/url-state.ts';
import { SearchEngine, type SearchOutcome } from './engine.ts';
import { highlightWords } from './highlight.ts';
import { loadPagefind } from './pagefind.ts';

const TYPING_DELAY_MS = 300;
/** How long scrolling must pause before the position is kept for Back. */
const SCROLL_SAVE_DELAY_MS = 200;

/**
 * What the page keeps in its history entry (history.state, never in the address and never sent
 * anywhere) so that Back from a result shows the page as it was left: how many results were
 * shown after "Show more results", and how far down the page was scrolled.
 */
interface Kept {
  shown?: number;
  scrollY?: number;
}
const kept = (): Kept => (history.state && typeof history.state === 'object' ? (history.state as Kept) : {});
const keep = (change: Kept) => window.history.replaceState({ ...kept(), ...change }, '');

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const correction = root.querySelector<HTMLElement>('[data-search-correction]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filtersPanel = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const filtersBox = root.querySelector<HTMLElement>('[data-search-filter-groups]')!;
  const filtersChosen = root.querySelector<HTMLElement>('[data-search-filter-summary]')!;
  const clearFilters = root.querySelector<HTMLButtonElement>('[data-search-clear-filters]')!;
  // The page restores its own scroll position once the results are drawn (see Kept).
  window.history.scrollRestoration = 'manual';
  const failed = () => {
    status.textContent = 'Search is not available at the moment. Browse the A to Z of documents instead.';
  };

  // The search in the address is in the box at once, before Pagefind and its index have come
  // (seconds on a slow connection); anything typed meanwhile is kept and searched when they do.
  let state = readAddress(location.search, location.hash) ?? { q: '', filters: {} };
  // A search that arrived in the query string (the no-JavaScript form, an older link) moves into
  // the fragment, so reloading or sharing the page does not send it to the server again.
  if (location.search) window.history.replaceState(history.state, '', `${location.pathname}${writeState(state)}`);
  input.value = state.q;
  // Folded until the reader opens it (which loads the filters), unless the address ticks a filter.
  let filtersWanted = hasFilters(state.filters);
  filtersPanel.open = filtersWanted;
  let shown: SearchOutcome | undefined;
  let visible = 0;
  let run = 0;

  const ready = (async () => {
    const engine = new SearchEngine(await loadPagefind());
    filtersPanel.hidden = false;
    return engine;
  })();
  // Reported by the search that waits for it; this only keeps an early failure from going unheard.
  ready.catch(() => undefined);

  /** Fetches the filter values (Pagefind's filter files) and draws the checkboxes, once. */
  let filtersDrawn: Promise<void> | undefined;
  function loadFilters(): Promise<void> {
    filtersDrawn ??= (async () => {
      const engine = await ready;
      const loading = document.createElement('p');
      loading.textContent = 'Loading filters…';
      filtersBox.replaceChildren(loading);
      const values = await engine.filterValues();
      drawFilterGroups(filtersBox, values, (key, value, checked) => {
        const ticked = new Set(state.filters[key] ?? []);
        if (checked) ticked.add(value);
        else ticked.delete(value);
        const filters: Selection = { ...state.filters, [key]: [...ticked] };
        typedEntry = false;
        void go({ ...state, filters }, 'push');
      });
      syncCheckboxes(filtersBox, state.filters);
    })();
    filtersDrawn.catch(() => {
      filtersDrawn = undefined;
      const failure = document.createElement('p');
      failure.textContent = 'Filters are not available at the moment.';
      filtersBox.replaceChildren(failure);
    });
    return filtersDrawn;
  }

  /** Adds the counts to the results shown, which were searched before the filters were wanted. */
  async function countShown() {
    const outcome = shown;
    if (!outcome) return;
    const engine = await ready;
    outcome.counts ??= await engine.filterCounts(outcome, state.filters);
    if (outcome === shown) drawCounts(filtersBox, outcome.counts, state.filters);
  }

  filtersPanel.addEventListener('toggle', () => {
    if (!filtersPanel.open) return;
    filtersWanted = true;
    loadFilters().then(countShown).catch(() => undefined);
  });

  /**
   * Searches for a state and draws it. A newer search supersedes one still running: each run
   * draws nothing until its results are ready, and nothing at all once a newer run has started.
   * `restore` brings back what a history entry kept (Back to this page, or to this search).
   */
  let started = '';
  async function go(next: SearchState, history: 'push' | 'replace' | 'none', restore: Kept = {}) {
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
    const mine = ++run;
    drawChosen(state.filters);
    // Filters narrow a search; without words there is nothing to narrow (the A to Z lists everything).
    if (!state.q) {
      shown = undefined;
      list.replaceChildren();
      more.hidden = true;
      correction.hidden = true;
      status.textContent = '';
      drawCounts(filtersBox, undefined, state.filters);
      root.removeAttribute('aria-busy');
      return;
    }
    root.setAttribute('aria-busy', 'true');
    status.textContent = `Searching for ‘${state.q}’…`;
    try {
      const engine = await ready;
      if (mine !== run) return;
      const withFilters = filtersWanted || hasFilters(state.filters);
      if (withFilters) {
        await loadFilters();
        if (mine !== run) return;
      }
      syncCheckboxes(filtersBox, state.filters);
      const outcome = await engine.search(state, { withFilters });
      if (mine !== run) return;
      const items = await drawResults(outcome, 0, Math.max(PAGE_SIZE, restore.shown ?? 0));
      if (mine !== run) return;
      shown = outcome;
      visible = items.length;
      list.replaceChildren(...items);
      more.hidden = visible >= outcome.pages.length;
      drawCounts(filtersBox, outcome.counts, state.filters);
      // The panel was opened while this search ran: its counts come now.
      if (!outcome.counts && filtersWanted) void countShown().catch(() => undefined);
      drawCorrection(correction, outcome);
      status.textContent = describe(outcome, state);
      if (restore.scrollY !== undefined) window.scrollTo(0, restore.scrollY);
    } catch {
      if (mine === run) {
        started = '';
        failed();
      }
    } finally {
      if (mine === run) root.removeAttribute('aria-busy');
    }
  }

  /** Up to `count` results from `from`, as list items, loading each result's text from Pagefind. */
  function drawResults(outcome: SearchOutcome, from: number, count = PAGE_SIZE): Promise<HTMLLIElement[]> {
    return Promise.all(outcome.pages.slice(from, from + count).map(async (page) => drawResult(await page.result.data(), outcome.words)));
  }

  async function showMore() {
    const mine = run;
    const outcome = shown;
    if (!outcome) return;
    const items = await drawResults(outcome, visible);
    if (mine !== run || outcome !== shown) return;
    list.append(...items);
    visible += items.length;
    keep({ shown: visible });
    more.hidden = visible >= outcome.pages.length;
    items[0]?.querySelector('a')?.focus();
  }

  function drawChosen(filters: Selection) {
    const chosen = Object.values(filters).reduce((n, values) => n + (values?.length ?? 0), 0);
    filtersChosen.textContent = chosen ? `(${chosen} chosen)` : '';
    clearFilters.hidden = chosen === 0;
  }

  // Typing searches as you go. The first pause adds a history entry and later pauses update
  // it, so the back button returns to the previous search, not to every half-typed word.
  let typing: number | undefined;
  let typedEntry = false;
  input.addEventListener('input', () => {
    void ready.then((engine) => engine.preload(input.value), () => undefined);
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
  clearFilters.addEventListener('click', () => {
    typedEntry = false;
    void go({ ...state, filters: {} }, 'push');
    // The button hides with nothing to clear: focus goes to the start of the filters.
    filtersPanel.querySelector<HTMLElement>('summary')?.focus();
  });
  window.addEventListener('popstate', () => {
    window.clearTimeout(typing);
    typedEntry = false;
    // A jump to a place on the page (the skip link) is not a search: leave the results as they are.
    const next = readAddress(location.search, location.hash);
    if (!next) return;
    input.value = next.q;
    void go(next, 'none', kept());
  });
  // Where the page was scrolled to, kept for Back: after each pause in scrolling, and as a
  // result is opened.
  let scrolling: number | undefined;
  window.addEventListener('scroll', () => {
    window.clearTimeout(scrolling);
    scrolling = window.setTimeout(() => keep({ scrollY: window.scrollY }), SCROLL_SAVE_DELAY_MS);
  }, { passive: true });
  list.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest('a')) keep({ scrollY: window.scrollY });
  });
  list.addEventListener('keydown', (event) => moveThroughResults(event, list, input));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && list.querySelector('a')) {
      event.preventDefault();
      list.querySelector<HTMLAnchorElement>('a')!.focus();
    }
  });

  void go(state, 'none', kept());
}

/** The type filter value the glossary page declares (src/pages/glossary/index.astro). */
const GLOSSARY_TYPE = 'Glossary';

function hasFilters(filters: Selection): boolean {
  return Object.values(filters).some((values) => values?.length);
}

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
  // A glossary result opens at the term's entry that holds the best match, and shows that entry.
  const entry = data.filters.type?.includes(GLOSSARY_TYPE) ? entryAnchor(data.anchors, data.weighted_locations) : undefined;
  link.href = resultAddress(data.url, words, entry?.id);
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  if (entry) {
    const matched = new Set(data.locations);
    excerpt.append(...entryWords(data.raw_content.split(/\s+/), data.anchors, entry, matched).flatMap(({ word, matched }, at) => {
      const node: Node = matched ? Object.assign(document.createElement('mark'), { textContent: word }) : document.createTextNode(word);
      return at ? [' ', node] : [node];
    }), '…');
  } else {
    // Pagefind escapes the page text before adding <mark>, so its excerpt is safe as HTML.
    excerpt.innerHTML = data.excerpt.includes('<mark>') || !data.meta.summary ? data.excerpt : escapeHtml(data.meta.summary);
  }
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

/**
 * The count beside each value: how many results ticking it would show. A value that would show
 * none cannot be ticked (it says "no results"), unless it is ticked already, so it can be unticked.
 */
function drawCounts(box: HTMLElement, counts: FacetCounts | undefined, filters: Selection) {
  for (const checkbox of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const count = checkbox.parentElement?.querySelector<HTMLElement>('[data-count]');
    const n = counts?.[checkbox.name as FilterKey]?.[checkbox.value];
    const ticked = (filters[checkbox.name as FilterKey] ?? []).includes(checkbox.value);
    checkbox.disabled = n === 0 && !ticked;
    if (count) count.textContent = n === undefined ? '' : n === 0 ? '(no results)' : `(${n} ${n === 1 ? 'result' : 'results'})`;
  }
}
