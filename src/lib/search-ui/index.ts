export { EMPTY_SEARCH, parseSearchState, searchStateQueryString, searchPageHref, pagefindTagFilter, toggleTag, type SearchState } from "./state";
export { visibleFacets, type TagFacet } from "./facets";
export { resultView, type PagefindResultData, type ResultView } from "./target";
