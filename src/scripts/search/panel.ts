/**
 * The search panel (SearchPanel.astro) at work: Pagefind queries as the reader types, tag chips,
 * keyboard navigation (combobox + listbox with aria-activedescendant) and, on /search/, a URL that
 * reproduces the search. Loaded on demand; Pagefind itself is loaded from the built site.
 */
import { normalizeKoreanQuery } from "../../lib/search/query";
import { SEARCH_META_WEIGHTS } from "../../lib/search/ranking";
import { EMPTY_SEARCH, pagefindTagFilter, parseSearchState, searchPageHref, searchStateQueryString, toggleTag, type SearchState } from "../../lib/search-ui/state";
import { visibleFacets } from "../../lib/search-ui/facets";
import { resultView, type PagefindResultData } from "../../lib/search-ui/target";

/** Strings come from src/i18n/ui.ts through the markup, so this script carries none. */
export interface PanelMessages {
  /** "{n}" is replaced by the number of results. */
  count: string;
  none: string;
  noneHint: string;
  loading: string;
  error: string;
  /** "{tag}" and "{n}": a chip's accessible name. */
  tagCount: string;
}

type FilterCounts = Record<string, Record<string, number>>;

interface PagefindFragment extends PagefindResultData {
  readonly meta: Record<string, string | undefined>;
}

interface PagefindResult {
  readonly id: string;
  data(): Promise<PagefindFragment>;
}

interface PagefindSearch {
  readonly results: PagefindResult[];
  readonly filters: FilterCounts;
}

/** The part of Pagefind's browser API (pagefind.js) used here. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: object; sort?: object }): Promise<PagefindSearch | null>;
  preload(term: string, options?: { filters?: object }): Promise<void>;
  filters(): Promise<FilterCounts>;
}

const DEBOUNCE_MS = 150;
const PAGE_SIZE = 10;
const BASE = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`)) as Pagefind;
    // In Pagefind's worker: the search runs while the reader types (searchAhead) without blocking
    // the input. baseUrl: result URLs under /kb/ when deployed there.
    await module.options({ baseUrl: BASE, ranking: { metaWeights: SEARCH_META_WEIGHTS } });
    await module.init();
    return module;
  })();
  pagefind.catch(() => {
    pagefind = undefined; // let the next attempt retry (e.g. after a network hiccup)
  });
  return pagefind;
}

let filterCounts: Promise<FilterCounts> | undefined;
let filtersLoaded = false;

/**
 * Pagefind's tag filter index: needed for a chosen tag and for the chips' counts of a query, not to
 * open search (at 5,000 notes it is a third of what opening would fetch). Until it is loaded a
 * search reports no tag counts.
 */
function loadFilters(api: Pagefind): Promise<FilterCounts> {
  filterCounts ??= api.filters().then((counts) => {
    filtersLoaded = true;
    return counts;
  });
  filterCounts.catch(() => {
    filterCounts = undefined;
  });
  return filterCounts;
}

let allTagCounts: Promise<Record<string, number>> | undefined;

/** Notes per tag for the chips of an empty search (src/pages/search/tags.json.ts). */
function loadTagCounts(): Promise<Record<string, number>> {
  allTagCounts ??= fetch(`${BASE}search/tags.json`).then((response) => {
    if (!response.ok) throw new Error(`search/tags.json: HTTP ${response.status}`);
    return response.json() as Promise<Record<string, number>>;
  });
  allTagCounts.catch(() => {
    allTagCounts = undefined;
  });
  return allTagCounts;
}

interface MountOptions {
  /** The dialog the panel lives in; a chosen result closes it. */
  dialog?: HTMLDialogElement;
}

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/gu, (whole, key: string) => String(values[key] ?? whole));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function mountSearchPanel(root: HTMLElement, options: MountOptions = {}): void {
  if (root.dataset["mounted"] !== undefined) return;
  root.dataset["mounted"] = "";
  const id = root.dataset["searchPanel"] ?? "search";
  const inline = root.dataset["searchInline"] !== undefined;
  const messages = JSON.parse(root.dataset["messages"] ?? "{}") as PanelMessages;
  const input = root.querySelector<HTMLInputElement>("[data-search-input]");
  const status = root.querySelector<HTMLElement>("[data-search-status]");
  const list = root.querySelector<HTMLElement>("[data-search-results]");
  const facets = root.querySelector<HTMLElement>("[data-search-facets]");
  const chips = root.querySelector<HTMLElement>("[data-search-chips]");
  const more = root.querySelector<HTMLButtonElement>("[data-search-more]");
  const fullPage = root.querySelector<HTMLAnchorElement>("[data-search-fullpage]");
  if (!input || !status || !list || !facets || !chips || !more) return;

  let state: SearchState = inline ? parseSearchState(location.search) : EMPTY_SEARCH;
  if (inline) input.value = state.query;
  else state = { ...state, query: input.value.trim() }; // typed while this module was loading
  let results: PagefindResult[] = [];
  let shown = 0;
  let active = -1;
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The search started while the reader was still typing (searchAhead). */
  let ahead: { key: string; search: Promise<PagefindSearch | null>; withCounts: boolean } | undefined;
  const searchKey = (query: string, tags: readonly string[]): string => JSON.stringify([query, tags]);

  const options_ = (): HTMLAnchorElement[] => [...list.querySelectorAll<HTMLAnchorElement>("[role=option]")];

  function setActive(index: number): void {
    const all = options_();
    active = all.length === 0 ? -1 : (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
    const current = all[active];
    if (current) {
      input!.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    } else input!.removeAttribute("aria-activedescendant");
  }

  function syncLinks(): void {
    if (fullPage) fullPage.href = searchPageHref(BASE, state);
    if (inline) history.replaceState(history.state, "", `${location.pathname}${searchStateQueryString(state)}${location.hash}`);
  }

  function renderFacets(counts: Record<string, number>): void {
    const shownFacets = visibleFacets(counts, state.tags);
    const focused = document.activeElement instanceof HTMLElement && chips!.contains(document.activeElement) ? document.activeElement.dataset["tag"] : undefined;
    chips!.replaceChildren(
      ...shownFacets.map((facet) => {
        const chip = element("button", "search-chip inline-flex items-center gap-1 rounded-full border border-[var(--border)] bg-[var(--surface)] px-2.5 py-0.5 text-xs text-[var(--page-fg)] hover:border-[var(--link)]");
        chip.type = "button";
        chip.dataset["tag"] = facet.tag;
        chip.setAttribute("aria-pressed", String(facet.chosen));
        chip.setAttribute("aria-label", fill(messages.tagCount, { tag: facet.tag, n: facet.count }));
        chip.append(element("span", "", `#${facet.tag}`), element("span", "opacity-75", String(facet.count)));
        return chip;
      }),
    );
    facets!.hidden = shownFacets.length === 0;
    // The chips are rebuilt; keep keyboard focus on the one just toggled.
    if (focused !== undefined) [...chips!.querySelectorAll<HTMLElement>("[data-tag]")].find((chip) => chip.dataset["tag"] === focused)?.focus();
  }

  async function renderMore(page: readonly PagefindResult[], mine: number): Promise<void> {
    const fragments = await Promise.all(page.map((result) => result.data()));
    if (mine !== generation) return;
    list!.append(
      ...fragments.map((data, offset) => {
        const view = resultView(data);
        const option = element("a", "search-result block rounded-md border border-transparent px-2 py-2 no-underline");
        option.id = `${id}-option-${shown + offset}`;
        option.href = view.href;
        option.tabIndex = -1;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.dataset["searchResult"] = "";
        const title = element("span", "block font-semibold text-[var(--link)]", data.meta["title"] ?? data.url);
        if (view.section) title.append(element("span", "font-normal text-[var(--muted-fg)]", ` › ${view.section}`));
        const excerpt = element("span", "search-result__excerpt mt-0.5 block text-sm text-[var(--page-fg)]");
        if (view.excerpt !== undefined) excerpt.innerHTML = view.excerpt; // ownExcerpt escapes the note's text
        else excerpt.textContent = data.meta["summary"] ?? "";
        excerpt.dataset["searchExcerpt"] = "";
        option.append(title, excerpt);
        const tags = (data.meta["tags"] ?? "").split(", ").filter((tag) => tag !== "");
        if (tags.length > 0) option.append(element("span", "mt-1 block text-xs text-[var(--muted-fg)]", tags.map((tag) => `#${tag}`).join(" ")));
        return option;
      }),
    );
    shown += page.length;
    more!.hidden = shown >= results.length;
  }

  async function run(): Promise<void> {
    const mine = ++generation;
    // The search this run renders; `state` moves on as the reader keeps typing.
    const current = state;
    const query = normalizeKoreanQuery(current.query);
    syncLinks();
    const filters = pagefindTagFilter(current.tags);
    let counts: Record<string, number>;
    let countsLater: (() => Promise<Record<string, number> | undefined>) | undefined;
    try {
      if (query === "" && !filters) {
        // Opening search: the chips come from a small file; Pagefind loads meanwhile, for the first query.
        void loadPagefind().catch(() => {});
        counts = await loadTagCounts().catch(async () => (await loadFilters(await loadPagefind()))["tag"] ?? {});
        results = [];
      } else {
        if (!status!.textContent) status!.textContent = messages.loading;
        const api = await loadPagefind();
        if (filters) await loadFilters(api);
        // Without a query Pagefind has no ranking: list a tag's notes newest first, like the tag pages.
        const searchOptions = { ...(filters ? { filters } : {}), ...(query === "" ? { sort: { date: "desc" } } : {}) };
        const early = query !== "" && ahead?.key === searchKey(query, current.tags) ? ahead : undefined;
        const filtersReady = early ? early.withCounts : filtersLoaded;
        const search = early ? await early.search : await api.search(query === "" ? null : query, searchOptions);
        if (!search) return; // superseded inside Pagefind
        results = search.results;
        counts = search.filters["tag"] ?? {};
        // The first query is answered before the filter index arrives; its chip counts follow.
        if (!filtersReady) {
          countsLater = async () => {
            await loadFilters(api);
            return (await api.search(query === "" ? null : query, searchOptions))?.filters["tag"];
          };
        }
      }
    } catch {
      if (mine === generation) status!.textContent = messages.error;
      return;
    }
    if (mine !== generation) return;

    // Until the filter index is in, the chips keep the counts they show.
    if (!countsLater) renderFacets(counts);
    list!.replaceChildren();
    shown = 0;
    active = -1;
    input!.removeAttribute("aria-activedescendant");
    const searching = query !== "" || filters !== undefined;
    if (!searching) status!.textContent = "";
    else if (results.length === 0) {
      status!.replaceChildren(element("strong", "block text-[var(--page-fg)]", messages.none), document.createTextNode(messages.noneHint));
    } else status!.textContent = fill(messages.count, { n: results.length });
    await renderMore(results.slice(0, PAGE_SIZE), mine);
    if (mine !== generation) return;
    list!.hidden = shown === 0;
    input!.setAttribute("aria-expanded", String(shown > 0));
    // What is on screen, for tests and measurements (the query as typed, the chosen tags).
    root.dataset["searchRenderedTags"] = current.tags.join(",");
    root.dataset["searchRendered"] = current.query;
    if (countsLater) {
      const later = await countsLater().catch(() => undefined);
      if (later && mine === generation) renderFacets(later);
    }
  }

  function schedule(delay: number): void {
    // A search still in flight is for input that has changed: drop its results.
    generation++;
    delete root.dataset["searchRendered"];
    delete root.dataset["searchRenderedTags"];
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
  }

  // While the debounce waits, the search of what is typed so far already runs (in Pagefind's worker,
  // so typing stays smooth): after the pause, usually only the results' fragments and drawing are
  // left. One search at a time: while one runs, only the latest text waits for its turn, so the worker
  // never queues a search per keystroke. At 5,000 notes a common word ranks thousands of pages.
  let aheadRunning = false;
  let aheadWanted = false;
  function searchAhead(): void {
    const query = normalizeKoreanQuery(state.query);
    if (query === "") return;
    const key = searchKey(query, state.tags);
    if (ahead?.key === key) return;
    if (aheadRunning) {
      aheadWanted = true;
      return;
    }
    const filters = pagefindTagFilter(state.tags);
    const withCounts = filtersLoaded || filters !== undefined;
    const search = loadPagefind().then(async (api) => {
      if (filters) await loadFilters(api);
      return api.search(query, filters ? { filters } : {});
    });
    ahead = { key, search, withCounts };
    aheadRunning = true;
    const next = (): void => {
      aheadRunning = false;
      if (aheadWanted) {
        aheadWanted = false;
        searchAhead();
      }
    };
    search.then(next, () => {
      if (ahead?.search === search) ahead = undefined; // a failed search is not reused: the next run tries again
      next();
    });
  }

  input.addEventListener("input", () => {
    state = { ...state, query: input.value.trim() };
    searchAhead();
    schedule(DEBOUNCE_MS);
  });

  input.addEventListener("keydown", (event) => {
    if (event.isComposing || event.keyCode === 229) return; // Hangul IME: Enter/arrows finish the syllable
    const count = options_().length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (count === 0) return;
      event.preventDefault();
      setActive(event.key === "ArrowDown" ? active + 1 : active < 0 ? count - 1 : active - 1);
    } else if (event.key === "Enter") {
      const target = options_()[active < 0 ? 0 : active];
      if (!target) return;
      event.preventDefault();
      target.click();
    }
  });

  list.addEventListener("click", (event) => {
    // The dialog would otherwise stay open when the link only changes the hash of this page.
    if (event.target instanceof Element && event.target.closest("[role=option]")) options.dialog?.close();
  });

  chips.addEventListener("click", (event) => {
    const chip = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-tag]") : null;
    const tag = chip?.dataset["tag"];
    if (tag === undefined) return;
    state = { ...state, tags: toggleTag(state.tags, tag) };
    schedule(0);
  });

  more.addEventListener("click", () => {
    const mine = generation;
    void renderMore(results.slice(shown, shown + PAGE_SIZE), mine);
  });

  if (inline && state.query === "" && state.tags.length === 0) input.focus();
  schedule(0);
}
