/** What a search is: the typed text and the chosen tags (all must match). Shared by the dialog and /search/. */
export interface SearchState {
  readonly query: string;
  readonly tags: readonly string[];
}

export const EMPTY_SEARCH: SearchState = { query: "", tags: [] };

/** Reads `?q=…&tag=…&tag=…`. Blank and repeated tags are dropped; the query keeps the reader's spacing
 * except at the ends, so the box shows what they typed. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const query = (params.get("q") ?? "").normalize("NFC").trim();
  const tags = [...new Set(params.getAll("tag").map((tag) => tag.normalize("NFC").trim()).filter((tag) => tag !== ""))];
  return { query, tags };
}

/** The query string that reproduces a search (`""` for an empty one), tags in the order they were chosen. */
export function searchStateQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  const query = state.query.trim();
  if (query !== "") params.set("q", query);
  for (const tag of state.tags) params.append("tag", tag);
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

/** The shareable /search/ page URL for a search, under the site's base path (`/` or `/kb/`). */
export function searchPageHref(base: string, state: SearchState): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return `${prefix}search/${searchStateQueryString(state)}`;
}

/** Pagefind's filter object for the chosen tags: a note must carry every one (AND). */
export function pagefindTagFilter(tags: readonly string[]): { tag: { all: string[] } } | undefined {
  return tags.length > 0 ? { tag: { all: [...tags] } } : undefined;
}

/** Chosen tags after the reader toggles one chip. */
export function toggleTag(tags: readonly string[], tag: string): string[] {
  return tags.includes(tag) ? tags.filter((t) => t !== tag) : [...tags, tag];
}
