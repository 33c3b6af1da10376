/**
 * Issue 7's page-weight budgets, in one place for the CI check (e2e/budgets.spec.ts) and the
 * benchmark report (scripts/bench/report.mjs, which imports this file through Node's type stripping).
 */
const KB = 1024;

/** gzip bytes (zlib level 6, what a compressing static host sends). */
export const WEIGHT_BUDGET = { js: 10 * KB, css: 25 * KB, searchOpen: 100 * KB, searchQuery: 150 * KB } as const;

/**
 * What one query fetches (index and filter chunks, result fragments, a font file if a page ever
 * loads one for new glyphs), as opposed to the search code and runtime that opening search loads once.
 */
export const PER_QUERY_FILE = /\.(pf_index|pf_fragment|pf_filter|woff2)$/;
