/**
 * Drawing the search page (src/pages/search/index.astro): the results, the spelling correction,
 * the filter checkboxes with their counts, and moving between results with the arrow keys. What
 * to draw comes from state.ts and the search engine; nothing here reads or writes the address.
 */
import { formatDate } from '../../lib/dates.ts';
import { FILTER_GROUPS, type FacetCounts, type FilterKey, type Selection } from '../../lib/search/facets.ts';
import { PAGE_SIZE } from '../../lib/search/options.ts';
import { resultAddress } from '../../lib/search/fragment.ts';
import { entryAnchor, entryWords } from '../../lib/search/anchors.ts';
import type { SearchOutcome } from './engine.ts';
import { highlightWords } from './highlight.ts';
import type { PagefindResultData } from './pagefind.ts';
import { chosenCount, chosenLabel, filterCountLabel } from './state.ts';

/** The parts of the search page the script draws into, found once. */
export interface SearchPage {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  correction: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  filtersPanel: HTMLDetailsElement;
  filtersBox: HTMLElement;
  filtersChosen: HTMLElement;
  clearFilters: HTMLButtonElement;
}

export function findSearchPage(root: HTMLElement): SearchPage {
  return {
    root,
    form: root.querySelector<HTMLFormElement>('[data-search-form]')!,
    input: root.querySelector<HTMLInputElement>('[data-search-input]')!,
    status: root.querySelector<HTMLElement>('[data-search-status]')!,
    correction: root.querySelector<HTMLElement>('[data-search-correction]')!,
    list: root.querySelector<HTMLOListElement>('[data-search-results]')!,
    more: root.querySelector<HTMLButtonElement>('[data-search-more]')!,
    filtersPanel: root.querySelector<HTMLDetailsElement>('[data-search-filters]')!,
    filtersBox: root.querySelector<HTMLElement>('[data-search-filter-groups]')!,
    filtersChosen: root.querySelector<HTMLElement>('[data-search-filter-summary]')!,
    clearFilters: root.querySelector<HTMLButtonElement>('[data-search-clear-filters]')!,
  };
}

/** A search without words: no results, no correction, nothing said. */
export function drawNoSearch(page: SearchPage): void {
  page.list.replaceChildren();
  page.more.hidden = true;
  page.correction.hidden = true;
  page.status.textContent = '';
}

/** Up to `count` results from `from`, as list items, loading each result's text from Pagefind. */
export function drawResults(outcome: SearchOutcome, from: number, count = PAGE_SIZE): Promise<HTMLLIElement[]> {
  return Promise.all(outcome.pages.slice(from, from + count).map(async (page) => drawResult(await page.result.data(), outcome.words)));
}

export function drawChosen(page: SearchPage, filters: Selection): void {
  page.filtersChosen.textContent = chosenLabel(filters);
  page.clearFilters.hidden = chosenCount(filters) === 0;
}

export function drawCorrection(box: HTMLElement, outcome: SearchOutcome): void {
  box.hidden = !outcome.correctedFrom;
  box.replaceChildren();
  if (!outcome.correctedFrom) return;
  const strong = document.createElement('strong');
  strong.textContent = outcome.query;
  box.append('Showing results for ', strong, `. No results were found for ‘${outcome.correctedFrom}’.`);
}

/** The type filter value the glossary page declares (src/pages/glossary/index.astro). */
const GLOSSARY_TYPE = 'Glossary';

function drawResult(data: PagefindResultData, words: string[]): HTMLLIElement {
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
    excerpt.append(
      ...entryWords(data.raw_content.split(/\s+/), data.anchors, entry, matched).flatMap(({ word, matched }, at) => {
        const node: Node = matched ? Object.assign(document.createElement('mark'), { textContent: word }) : document.createTextNode(word);
        return at ? [' ', node] : [node];
      }),
      '…',
    );
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
export function moveThroughResults(event: KeyboardEvent, list: HTMLElement, input: HTMLInputElement): void {
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

/** A line in place of the filter checkboxes: while they load, or when they could not. */
export function drawFiltersMessage(box: HTMLElement, text: string): void {
  const message = document.createElement('p');
  message.textContent = text;
  box.replaceChildren(message);
}

export function drawFilterGroups(
  box: HTMLElement,
  values: Partial<Record<FilterKey, string[]>>,
  onChange: (key: FilterKey, value: string, checked: boolean) => void,
): void {
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

export function syncCheckboxes(box: HTMLElement, filters: Selection): void {
  for (const checkbox of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    checkbox.checked = (filters[checkbox.name as FilterKey] ?? []).includes(checkbox.value);
  }
}

/**
 * The count beside each value: how many results ticking it would show. A value that would show
 * none cannot be ticked (it says "no results"), unless it is ticked already, so it can be unticked.
 */
export function drawCounts(box: HTMLElement, counts: FacetCounts | undefined, filters: Selection): void {
  for (const checkbox of box.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const count = checkbox.parentElement?.querySelector<HTMLElement>('[data-count]');
    const n = counts?.[checkbox.name as FilterKey]?.[checkbox.value];
    const ticked = (filters[checkbox.name as FilterKey] ?? []).includes(checkbox.value);
    checkbox.disabled = n === 0 && !ticked;
    if (count) count.textContent = filterCountLabel(n);
  }
}
