/**
 * The ranking rule, as Pagefind weights: a match in the title or an alias ranks above a match in
 * the text, then tags, then headings (Pagefind's own weights: h1 7 … h6 2), then the text (1).
 * Each part of a note page carries its weight as `data-pagefind-weight`.
 */
export const SEARCH_WEIGHTS = {
  title: 10,
  alias: 9,
  tag: 7,
  text: 1,
} as const;

/** Pagefind's default weights of headings inside the text (not settable without re-marking them). */
export const PAGEFIND_HEADING_WEIGHTS = { h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 } as const;

/** Pagefind's post-score boost for matches in metadata: the title, and the aliases with the title's
 * other forms (the `keys` field). */
export const SEARCH_META_WEIGHTS = { title: 5, keys: 4 } as const;
