/**
 * How the search ranks pages: Pagefind's ranking options and the weight of each kind of search
 * metadata. Shared by the search page and the relevance tests, so the tests measure what people
 * get. Tuned against tests/e2e/relevance-cases.ts; change a number only with that suite passing.
 */
export const SEARCH_OPTIONS = {
  excerptLength: 24,
  // No highlightParam: Pagefind would put the searched words in each result's query string,
  // which the browser sends to the server. Results carry them in the fragment instead
  // (resultAddress in fragment.ts).
  ranking: {
    // Procedures are long and thorough; do not let a short page that mentions a word once beat them.
    pageLength: 0.5,
    termFrequency: 0.6,
    termSaturation: 1.4,
    termSimilarity: 3,
    metaWeights: {
      title: 5,
      // Other names for what the title names, from the glossary ("s47" for "Section 47 enquiries").
      aliases: 5,
      // The editor's tags and the glossary names of what the summary mentions.
      keywords: 3,
      // Glossary names of what the body mentions.
      related: 0.5,
      // Shown in results, but already counted as indexed text.
      summary: 0,
      reviewed: 0,
    },
  },
} as const;

/** Results shown at once; "Show more results" adds as many again. */
export const PAGE_SIZE = 10;
