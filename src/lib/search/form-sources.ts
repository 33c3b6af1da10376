/**
 * Which visible words each hidden search form stands for (스토어 → stores, 람다 → lambda), so the
 * excerpt can mark "Lambda" when the reader typed 람다. They travel as the id of an empty element in
 * the hidden forms block: Pagefind keeps every id of a page in its result fragment (as anchors)
 * without indexing it, where metadata would be indexed as words. Only forms that do not already
 * appear inside their source words are kept (the excerpt finds those itself).
 */

export type FormSources = ReadonlyMap<string, readonly string[]>;

// Characters of the encoding itself; words never contain them (splitWords keeps letters, digits, - and ').
const PAIR = ";";
const KEY = "=";
const LIST = "|";
const RESERVED = /[;=|\s]/u;

/** At most this many forms per note: a long note's rarest pairs matter least to a five-result list. */
export const MAX_FORM_SOURCES = 200;

/** Merges several maps (service readings, bilingual terms), keeping the cross-script pairs only. */
export function crossScriptSources(...maps: readonly FormSources[]): Map<string, string[]> {
  const merged = new Map<string, string[]>();
  for (const map of maps) {
    for (const [form, sources] of map) {
      if (RESERVED.test(form)) continue;
      const useful = sources.filter((source) => source.length > 0 && !RESERVED.test(source) && !source.includes(form));
      if (useful.length === 0) continue;
      const known = merged.get(form) ?? [];
      for (const source of useful) if (!known.includes(source)) known.push(source);
      merged.set(form, known);
    }
  }
  return merged;
}

export function encodeFormSources(sources: FormSources): string {
  return [...sources]
    .slice(0, MAX_FORM_SOURCES)
    .map(([form, words]) => `${form}${KEY}${words.join(LIST)}`)
    .join(PAIR);
}

/** The id of the empty element that carries the sources ("search-source-람다=lambda;스토어=stores"). */
export const SOURCE_ANCHOR_PREFIX = "search-source-";

/**
 * One element for all of a note's pairs, not one per pair: Pagefind handles and stores every anchor
 * of every page, and up to 200 of them per note were a fifth of its index build (19.4 → 15.7 s at
 * 5,000 notes, BENCHMARKS). The encoding has no whitespace, so it is a valid id.
 */
export function sourceAnchorIds(encoded: string): string[] {
  return encoded === "" ? [] : [`${SOURCE_ANCHOR_PREFIX}${encoded}`];
}

/** The sources a Pagefind result carries, from its anchors. */
export function formSourcesOfAnchors(anchors: readonly { readonly id: string }[] | undefined): Map<string, string[]> {
  const pairs = (anchors ?? []).filter((anchor) => anchor.id.startsWith(SOURCE_ANCHOR_PREFIX)).map((anchor) => anchor.id.slice(SOURCE_ANCHOR_PREFIX.length));
  return decodeFormSources(pairs.join(PAIR));
}

/** Tolerant: a damaged or empty field gives an empty map, never an error in the search box. */
export function decodeFormSources(encoded: string | undefined): Map<string, string[]> {
  const sources = new Map<string, string[]>();
  if (encoded === undefined || encoded === "") return sources;
  for (const pair of encoded.split(PAIR)) {
    const at = pair.indexOf(KEY);
    if (at <= 0) continue;
    const words = pair.slice(at + 1).split(LIST).filter((word) => word.length > 0);
    if (words.length > 0) sources.set(pair.slice(0, at), words);
  }
  return sources;
}
