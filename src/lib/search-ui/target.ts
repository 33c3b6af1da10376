import { ownExcerpt, SEARCH_FORMS_ANCHOR_ID, visibleHits } from "../search/excerpt";

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
