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
 * filter files, tens of kilobytes on a large manual (docs/performance.md), and a filtered search per value) are
 * fetched when the reader opens it, or at once when the address ticks a filter. A search made
 * before then gets its counts when the panel opens.
 *
 * This module wires the page's events together; the search's state (the address, what Back
 * brings back, the words that count the results) is in state.ts and the drawing in render.ts.
 */
import { PAGE_SIZE } from '../../lib/search/options.ts';
import { sameState, writeState, type SearchState } from '../../lib/search/url-state.ts';
import { enhance } from '../enhance.ts';
import { SearchEngine, type SearchOutcome } from './engine.ts';
import { loadPagefind } from './pagefind.ts';
import {
  drawChosen,
  drawCorrection,
  drawCounts,
  drawFilterGroups,
  drawFiltersMessage,
  drawNoSearch,
  drawResults,
  findSearchPage,
  moveThroughResults,
  syncCheckboxes,
  type SearchPage,
} from './render.ts';
import {
  addressState,
  describeOutcome,
  hasFilters,
  keep,
  kept,
  openingState,
  SEARCH_FAILED,
  searchingFor,
  withFilterValue,
  writeAddress,
  type Kept,
} from './state.ts';

const TYPING_DELAY_MS = 300;
/** How long scrolling must pause before the position is kept for Back. */
const SCROLL_SAVE_DELAY_MS = 200;

enhance('data-search', (root) => start(findSearchPage(root)));

function start(page: SearchPage) {
  const { root, form, input, status, correction, list, more, filtersPanel, filtersBox, clearFilters } = page;
  // The page restores its own scroll position once the results are drawn (see Kept).
  window.history.scrollRestoration = 'manual';
  const failed = () => {
    status.textContent = SEARCH_FAILED;
  };

  // The search in the address is in the box at once, before Pagefind and its index have come
  // (seconds on a slow connection); anything typed meanwhile is kept and searched when they do.
  let state = openingState();
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
      drawFiltersMessage(filtersBox, 'Loading filters…');
      const values = await engine.filterValues();
      drawFilterGroups(filtersBox, values, (key, value, checked) => {
        typedEntry = false;
        void go({ ...state, filters: withFilterValue(state.filters, key, value, checked) }, 'push');
      });
      syncCheckboxes(filtersBox, state.filters);
    })();
    filtersDrawn.catch(() => {
      filtersDrawn = undefined;
      drawFiltersMessage(filtersBox, 'Filters are not available at the moment.');
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
    loadFilters()
      .then(countShown)
      .catch(() => undefined);
  });

  /**
   * Searches for a state and draws it. A newer search supersedes one still running: each run
   * draws nothing until its results are ready, and nothing at all once a newer run has started.
   * `restore` brings back what a history entry kept (Back to this page, or to this search).
   */
  let started = '';
  async function go(next: SearchState, entry: 'push' | 'replace' | 'none', restore: Kept = {}) {
    const changed = !sameState(next, state);
    state = next;
    if (entry !== 'none' && changed) writeAddress(state, entry);
    // Pressing Search again on the search already shown (or under way) changes nothing.
    if (entry !== 'none' && writeState(state) === started) return;
    started = writeState(state);
    const mine = ++run;
    drawChosen(page, state.filters);
    // Filters narrow a search; without words there is nothing to narrow (the A to Z lists everything).
    if (!state.q) {
      shown = undefined;
      drawNoSearch(page);
      drawCounts(filtersBox, undefined, state.filters);
      root.removeAttribute('aria-busy');
      return;
    }
    root.setAttribute('aria-busy', 'true');
    status.textContent = searchingFor(state.q);
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
      status.textContent = describeOutcome(outcome, state);
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

  // Typing searches as you go. The first pause adds a history entry and later pauses update
  // it, so the back button returns to the previous search, not to every half-typed word.
  let typing: number | undefined;
  let typedEntry = false;
  input.addEventListener('input', () => {
    void ready.then(
      (engine) => engine.preload(input.value),
      () => undefined,
    );
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
    const next = addressState();
    if (!next) return;
    input.value = next.q;
    void go(next, 'none', kept());
  });
  // Where the page was scrolled to, kept for Back: after each pause in scrolling, and as a
  // result is opened.
  let scrolling: number | undefined;
  window.addEventListener(
    'scroll',
    () => {
      window.clearTimeout(scrolling);
      scrolling = window.setTimeout(() => keep({ scrollY: window.scrollY }), SCROLL_SAVE_DELAY_MS);
    },
    { passive: true },
  );
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
