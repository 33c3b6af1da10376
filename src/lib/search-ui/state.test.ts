import { describe, expect, it } from "vitest";
import { EMPTY_SEARCH, pagefindTagFilter, parseSearchState, searchPageHref, searchStateQueryString, toggleTag } from "./state";

describe("parseSearchState", () => {
  it("reads the query and every tag, in order", () => {
    expect(parseSearchState("?q=%EB%9E%8C%EB%8B%A4&tag=service&tag=service%2Fglue")).toEqual({ query: "람다", tags: ["service", "service/glue"] });
    expect(parseSearchState(new URLSearchParams("tag=service/glue"))).toEqual({ query: "", tags: ["service/glue"] });
  });

  it("treats a missing, blank or odd URL as an empty search", () => {
    expect(parseSearchState("")).toEqual(EMPTY_SEARCH);
    expect(parseSearchState("?q=%20%20&tag=&tag=%20")).toEqual(EMPTY_SEARCH);
    // A malformed escape (a truncated link) decodes to U+FFFD instead of throwing.
    expect(parseSearchState("?q=%E0%A4%A")).toEqual({ query: "\uFFFD%A", tags: [] });
  });

  it("drops repeated tags and NFC-normalises what was pasted in NFD", () => {
    const nfd = "메타 스토어".normalize("NFD");
    const state = parseSearchState(`?q=${encodeURIComponent(`  ${nfd} `)}&tag=service&tag=service`);
    expect(state.query).toBe("메타 스토어");
    expect(state.query).toHaveLength(6);
    expect(state.tags).toEqual(["service"]);
  });
});

describe("search URLs", () => {
  it("round-trips a search through the /search/ page URL under any base path", () => {
    const state = { query: "메타 스토어", tags: ["service", "service/glue"] };
    expect(searchStateQueryString(state)).toBe("?q=%EB%A9%94%ED%83%80+%EC%8A%A4%ED%86%A0%EC%96%B4&tag=service&tag=service%2Fglue");
    expect(searchPageHref("/", state)).toBe(`/search/${searchStateQueryString(state)}`);
    expect(searchPageHref("/kb/", { query: "ETL", tags: [] })).toBe("/kb/search/?q=ETL");
    expect(searchPageHref("/kb", EMPTY_SEARCH)).toBe("/kb/search/");
    expect(parseSearchState(new URL(searchPageHref("/kb/", state), "http://x").search)).toEqual(state);
  });
});

describe("tag filters", () => {
  it("asks Pagefind for notes carrying every chosen tag", () => {
    expect(pagefindTagFilter([])).toBeUndefined();
    expect(pagefindTagFilter(["service/glue", "usecase"])).toEqual({ tag: { all: ["service/glue", "usecase"] } });
  });

  it("toggles a chip on and off, keeping the others in order", () => {
    expect(toggleTag([], "service")).toEqual(["service"]);
    expect(toggleTag(["service", "usecase"], "service")).toEqual(["usecase"]);
    expect(toggleTag(["usecase"], "service/glue")).toEqual(["usecase", "service/glue"]);
  });
});
