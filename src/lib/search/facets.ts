/**
 * Filters and their counts. A person may tick several values in one group (any of them will do)
 * and values in several groups (each group must match), the GOV.UK finder pattern. The count
 * beside each value is how many of the current results it would show, given the ticks in the
 * other groups, so ticking it never leads to an empty page by surprise.
 */

/** The filter groups the search offers, in the order shown, with their legends. */
export const FILTER_GROUPS = [
  { key: 'type', legend: 'Type of document' },
  { key: 'owner', legend: 'Owned by' },
  { key: 'area', legend: 'Area' },
  { key: 'audience', legend: 'Written for' },
] as const;
export type FilterKey = (typeof FILTER_GROUPS)[number]['key'];
export const FILTER_KEYS: readonly FilterKey[] = FILTER_GROUPS.map((g) => g.key);

/** The values ticked in each group. A group with nothing ticked does not filter. */
export type Selection = Partial<Record<FilterKey, string[]>>;

/** For each page, its values in each group. */
export type PageFilters = Partial<Record<FilterKey, string[]>>;

export function matchesSelection(page: PageFilters | undefined, selection: Selection, except?: FilterKey): boolean {
  return FILTER_KEYS.every((key) => {
    const ticked = selection[key];
    if (key === except || !ticked?.length) return true;
    return ticked.some((value) => page?.[key]?.includes(value));
  });
}

export type FacetCounts = Record<FilterKey, Record<string, number>>;

/** How many of `ids` each value would show, keeping the other groups' ticks. */
export function facetCounts(
  ids: readonly string[],
  pages: ReadonlyMap<string, PageFilters>,
  available: Partial<Record<FilterKey, string[]>>,
  selection: Selection,
): FacetCounts {
  const counts = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, Object.fromEntries((available[key] ?? []).map((value) => [value, 0]))]),
  ) as FacetCounts;
  for (const id of ids) {
    const page = pages.get(id);
    for (const key of FILTER_KEYS) {
      if (!matchesSelection(page, selection, key)) continue;
      for (const value of page?.[key] ?? []) if (value in counts[key]) counts[key][value]! += 1;
    }
  }
  return counts;
}

/** Builds the page-to-values map from "which pages have this value" lists, which may repeat. */
export function invertMembership(members: { key: FilterKey; value: string; ids: readonly string[] }[]): Map<string, PageFilters> {
  const pages = new Map<string, PageFilters>();
  for (const { key, value, ids } of members) {
    for (const id of ids) {
      const page = pages.get(id) ?? {};
      const values = (page[key] ??= []);
      if (!values.includes(value)) values.push(value);
      pages.set(id, page);
    }
  }
  return pages;
}
