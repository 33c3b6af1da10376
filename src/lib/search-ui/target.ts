import { ownExcerpt, SEARCH_FORMS_ANCHOR_ID } from "../search/excerpt";

/** The parts of a Pagefind result's `data()` a result row is built from. */
export interface PagefindResultData {
  readonly url: string;
  readonly content: string;
  readonly locations: readonly number[];
  readonly anchors?: readonly { readonly element: string; readonly id: string; readonly text?: string; readonly location: number }[];
  readonly meta?: Readonly<Record<string, string | undefined>>;
}

/** Where a result leads and what it shows. */
export interface ResultView {
  /** The note, or the heading inside it where the match is (`…/#heading-id`). */
  readonly href: string;
  /** The heading's text when `href` points into the note. */
  readonly section?: string;
  /** HTML: the note's own words around the match with <mark>s, or `undefined` when the match is
   * only in the title, tags, aliases or hidden forms (show the summary instead). */
  readonly excerpt?: string;
}

const HEADING = /^h[2-6]$/u;

const bare = (word: string): string => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").toLowerCase();

/** The note's `readings` meta (see SearchIndexFields.astro): reading form → the note's spellings. */
function readingSpellings(data: PagefindResultData): Record<string, readonly string[]> {
  const raw = data.meta?.["readings"];
  if (raw === undefined || raw === "") return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, readonly string[]>) : {};
  } catch {
    return {};
  }
}

const HANGUL_TAIL = /^[가-힣]+$/u;

/** Positions of every run of visible words that spells `spelling` (the last word may carry a particle: Lambda를). */
function spellingRuns(visible: readonly string[], spelling: string): number[] {
  const parts = spelling.split(/\s+/u).map(bare).filter((part) => part.length > 0);
  const runs: number[] = [];
  if (parts.length === 0) return runs;
  for (let start = 0; start + parts.length <= visible.length; start++) {
    const matches = parts.every((part, offset) => {
      const word = visible[start + offset] ?? "";
      return word === part || (offset === parts.length - 1 && word.startsWith(part) && HANGUL_TAIL.test(word.slice(part.length)));
    });
    if (matches) for (let offset = 0; offset < parts.length; offset++) runs.push(start + offset);
  }
  return runs;
}

/**
 * Match positions among the note's visible words. Pagefind also matches the hidden search forms
 * (they sit after the forms anchor); a form hit is shown on the visible words that contain it
 * (스토어 → 메타스토어와), the same rule as ownExcerpt, so the link and the excerpt agree, or, for
 * the reading of a service, on the note's own spelling of it (람다 → Lambda를).
 */
export function visibleHits(data: PagefindResultData, anchorId = SEARCH_FORMS_ANCHOR_ID): number[] {
  const words = data.content.split(/\s+/u).filter((word) => word.length > 0);
  const boundary = Math.min(words.length, data.anchors?.find((anchor) => anchor.id === anchorId)?.location ?? words.length);
  const direct = [...new Set(data.locations.filter((location) => location >= 0 && location < boundary))].sort((a, b) => a - b);
  if (direct.length > 0) return direct;
  const forms = data.locations
    .filter((location) => location >= boundary)
    .map((location) => bare(words[location] ?? ""))
    .filter((form) => [...form].length >= 2);
  if (forms.length === 0) return [];
  const visible = words.slice(0, boundary).map(bare);
  const mapped = new Set<number>();
  visible.forEach((word, index) => {
    if (forms.some((form) => word.includes(form))) mapped.add(index);
  });
  const spellings = readingSpellings(data);
  for (const form of new Set(forms)) {
    for (const spelling of spellings[form] ?? []) for (const at of spellingRuns(visible, spelling)) mapped.add(at);
  }
  return [...mapped].sort((a, b) => a - b);
}

/**
 * A result's link and excerpt. A match in the note's lead (title, tags, aliases: the words before its
 * first heading) links to the note itself; otherwise the link goes to a heading that names the query,
 * else to the one whose section holds most matches (the earliest on a tie), and the excerpt comes
 * from that section. Pagefind's own
 * sub_results are not used: the hidden forms sit in the last section and would pull links there.
 */
export function resultView(data: PagefindResultData, anchorId = SEARCH_FORMS_ANCHOR_ID): ResultView {
  const hits = visibleHits(data, anchorId);
  const formsAt = data.anchors?.find((anchor) => anchor.id === anchorId)?.location ?? Number.POSITIVE_INFINITY;
  const headings = (data.anchors ?? [])
    .filter((anchor) => HEADING.test(anchor.element) && anchor.location < formsAt)
    .sort((a, b) => a.location - b.location);
  const leadEnd = headings[0]?.location ?? 0;
  const bodyHits = hits.filter((hit) => hit >= leadEnd);

  // A heading that itself names the query wins (the reader lands on "파이프라인 오케스트레이션",
  // not on a passing mention); otherwise the section with most matches, earliest on a tie.
  let best: { index: number; hits: number[]; named: boolean } | undefined;
  headings.forEach((heading, index) => {
    const end = headings[index + 1]?.location ?? Number.POSITIVE_INFINITY;
    const inside = bodyHits.filter((hit) => hit >= heading.location && hit < end);
    const headingWords = (heading.text ?? "").split(/\s+/u).filter((w) => w.length > 0).length;
    const named = inside.some((hit) => hit < heading.location + headingWords);
    const better = best === undefined ? inside.length > 0 : (named && !best.named) || (named === best.named && inside.length > best.hits.length);
    if (better) best = { index, hits: inside, named };
  });

  const excerptOf = (locations: readonly number[]): string | undefined =>
    locations.length > 0 ? ownExcerpt({ content: data.content, locations, anchors: data.anchors ?? [] }, { anchorId }) : undefined;
  const leadMatched = hits.some((hit) => hit < leadEnd);
  const heading = best === undefined ? undefined : headings[best.index];
  if (leadMatched || heading === undefined || best === undefined) {
    const excerpt = excerptOf(bodyHits);
    return excerpt === undefined ? { href: data.url } : { href: data.url, excerpt };
  }
  const href = `${data.url.replace(/#.*$/u, "")}#${encodeURIComponent(heading.id)}`;
  const section = (heading.text ?? "").trim();
  const excerpt = excerptOf(best.hits);
  return { href, ...(section ? { section } : {}), ...(excerpt === undefined ? {} : { excerpt }) };
}
