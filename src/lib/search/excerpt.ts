import { escapeHtml } from "../html/escape";

/** The id of the element that carries the extra search forms; Pagefind reports where it starts. */
export const SEARCH_FORMS_ANCHOR_ID = "search-forms";

/** The parts of a Pagefind result's `data()` an excerpt needs. */
export interface PagefindExcerptSource {
  readonly content: string;
  readonly locations: readonly number[];
  readonly anchors?: readonly { readonly id: string; readonly location: number }[];
}

export interface OwnExcerptOptions {
  /** Words in the excerpt. Default 30, Pagefind's own default. */
  readonly length?: number;
  readonly anchorId?: string;
}

const bare = (word: string): string => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").toLowerCase();

/**
 * An excerpt built only from the note's own words. Pagefind's excerpt may fall inside the hidden
 * forms (its words are indexed content too); this one ignores everything from the forms anchor on.
 * A hit that exists only as a form (레이크 for 데이터레이크에서) is shown on the visible word containing it.
 * Returns HTML with <mark> around hits, like Pagefind's `excerpt`.
 */
export function ownExcerpt(source: PagefindExcerptSource, options: OwnExcerptOptions = {}): string {
  const length = Math.max(1, options.length ?? 30);
  const anchorId = options.anchorId ?? SEARCH_FORMS_ANCHOR_ID;
  const words = source.content.split(/\s+/u).filter((word) => word.length > 0);
  const boundary = Math.min(words.length, source.anchors?.find((anchor) => anchor.id === anchorId)?.location ?? words.length);

  const hits = new Set(source.locations.filter((location) => location >= 0 && location < boundary));
  if (hits.size === 0) {
    const formHits = source.locations
      .filter((location) => location >= boundary)
      .map((location) => bare(words[location] ?? ""))
      .filter((form) => [...form].length >= 2);
    words.slice(0, boundary).forEach((word, index) => {
      const visible = bare(word);
      if (formHits.some((form) => visible.includes(form))) hits.add(index);
    });
  }

  // Like Pagefind: the densest window, and of equally dense ones the middle, so hits sit mid-excerpt.
  let start = 0;
  if (boundary > length && hits.size > 0) {
    let best = -1;
    let densest: number[] = [];
    for (let candidate = 0; candidate + length <= boundary; candidate++) {
      let count = 0;
      for (const hit of hits) if (hit >= candidate && hit < candidate + length) count++;
      if (count > best) {
        best = count;
        densest = [candidate];
      } else if (count === best) densest.push(candidate);
    }
    start = densest[Math.floor(densest.length / 2)] ?? 0;
  }
  return words
    .slice(start, Math.min(boundary, start + length))
    .map((word, offset) => (hits.has(start + offset) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(" ");
}
