import { escapeHtml } from "../html/escape";
import { formSourcesOfAnchors } from "./form-sources";

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
 * Match positions among the note's visible words. Pagefind also matches the hidden search forms
 * (they sit after the forms anchor); a form hit is shown on the visible words that contain it
 * (스토어 → 메타스토어와) or that it stands for in the other script (람다 → Lambda, 버킷 → bucket,
 * carried by the result's anchors: form-sources.ts). Search links and excerpts both use this.
 */
export function visibleHits(source: PagefindExcerptSource, anchorId = SEARCH_FORMS_ANCHOR_ID): number[] {
  return hitsAmong(source, visibleWords(source, anchorId));
}

/** The result's words, and how many of them come before the hidden forms (the note's own words). */
function visibleWords(source: PagefindExcerptSource, anchorId: string): { words: string[]; boundary: number } {
  const words = source.content.split(/\s+/u).filter((word) => word.length > 0);
  const boundary = Math.min(words.length, source.anchors?.find((anchor) => anchor.id === anchorId)?.location ?? words.length);
  return { words, boundary };
}

function hitsAmong(source: PagefindExcerptSource, { words, boundary }: { words: string[]; boundary: number }): number[] {
  const direct = [...new Set(source.locations.filter((location) => location >= 0 && location < boundary))].sort((a, b) => a - b);
  if (direct.length > 0) return direct;
  const sources = formSourcesOfAnchors(source.anchors);
  const targets = new Set<string>();
  for (const location of source.locations) {
    if (location < boundary) continue;
    const form = bare(words[location] ?? "");
    if ([...form].length >= 2) targets.add(form);
    for (const word of sources.get(form) ?? []) if ([...word].length >= 2) targets.add(word);
  }
  if (targets.size === 0) return [];
  const mapped: number[] = [];
  words.slice(0, boundary).forEach((word, index) => {
    const visible = bare(word);
    for (const target of targets) {
      if (visible.includes(target)) {
        mapped.push(index);
        break;
      }
    }
  });
  return mapped;
}

/**
 * An excerpt built only from the note's own words. Pagefind's excerpt may fall inside the hidden
 * forms (its words are indexed content too); this one ignores everything from the forms anchor on,
 * and marks the visible words `visibleHits` maps a form-only hit to.
 * Returns HTML with <mark> around hits, like Pagefind's `excerpt`.
 */
export function ownExcerpt(source: PagefindExcerptSource, options: OwnExcerptOptions = {}): string {
  const length = Math.max(1, options.length ?? 30);
  const anchorId = options.anchorId ?? SEARCH_FORMS_ANCHOR_ID;
  const visible = visibleWords(source, anchorId);
  const { words, boundary } = visible;
  const hits = new Set(hitsAmong(source, visible));

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
