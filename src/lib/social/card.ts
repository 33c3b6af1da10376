import { measureAt, measureText } from "./measure";
import { cardText } from "./sanitize";
import { ellipsize, wrapText } from "./wrap";

/** What a note's social card shows, before it is fitted to the card. */
export interface SocialCard {
  title: string;
  tags: string[];
  siteName: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Geometry shared by the fitting here and the drawing in `cardTree`, so what is
 * measured is what is drawn. */
const PADDING_X = 80;
/** The accent bar down the left edge. */
const ACCENT = 24;

export const CARD_METRICS = {
  paddingX: PADDING_X,
  paddingY: 72,
  accent: ACCENT,
  contentWidth: CARD_WIDTH - 2 * PADDING_X - ACCENT,
  siteName: { fontSize: 30 },
  /** Tried in order: the first size at which the whole title fits three lines wins;
   * otherwise the last size, cut with an ellipsis. */
  titleSizes: [64, 56],
  titleMaxLines: 3,
  titleLineHeight: 1.25,
  chip: { fontSize: 26, paddingX: 20, gap: 14, maxRows: 2, maxCount: 8 },
} as const;

/** A card with every line already broken and cut: the drawing never wraps text itself
 * (satori's wrapping can neither stop at three lines nor break an over-long Korean word). */
export interface FittedCard {
  siteName: string;
  title: { lines: string[]; fontSize: number; truncated: boolean };
  /** Tag chip labels (`#service/glue`) that fit `maxRows` rows, in order. */
  chips: string[];
  /** Tags that did not fit, drawn as a final `+N` chip. */
  hiddenTags: number;
  /** Characters the card font cannot draw (emoji) that were left out. */
  removed: string[];
}

function chipWidth(label: string): number {
  const { fontSize, paddingX } = CARD_METRICS.chip;
  return measureText(label, fontSize) + 2 * paddingX;
}

/** Greedily fills up to `maxRows` rows of chips, keeping room on the last row for a
 * `+N` chip when some tags are left. A tag wider than a row is cut with an ellipsis. */
export function fitChips(tags: readonly string[], rowWidth: number = CARD_METRICS.contentWidth): { chips: string[]; hidden: number } {
  const { gap, maxRows, maxCount, fontSize, paddingX } = CARD_METRICS.chip;
  const labels = tags.map((t) => `#${cardText(t).text.replace(/^#+/u, "")}`).filter((l) => l.length > 1);
  const chips: string[] = [];
  let row = 1;
  let used = 0;
  for (const [i, label] of labels.entries()) {
    if (chips.length >= maxCount) break;
    const left = labels.length - i - 1;
    // Only the last row needs room for `+N`.
    const reserveFor = (r: number) => (r === maxRows && left > 0 ? gap + chipWidth(`+${left}`) : 0);
    const fit = (text: string, r: number, start: number) => start + chipWidth(text) + reserveFor(r) <= rowWidth;
    const start = used > 0 ? used + gap : 0;
    if (fit(label, row, start)) {
      chips.push(label);
      used = start + chipWidth(label);
      continue;
    }
    if (used > 0 && row < maxRows && fit(label, row + 1, 0)) {
      row += 1;
      chips.push(label);
      used = chipWidth(label);
      continue;
    }
    // Too wide for a row of its own: cut it, but only when it starts a fresh row.
    const freshRow = used === 0 ? row : row < maxRows ? row + 1 : 0;
    if (freshRow === 0) break;
    const cut = ellipsize(label, rowWidth - reserveFor(freshRow) - 2 * paddingX, measureAt(fontSize));
    if (cut.length <= 2) break;
    row = freshRow;
    chips.push(cut);
    used = chipWidth(cut);
  }
  return { chips, hidden: labels.length - chips.length };
}

function fitTitle(title: string): FittedCard["title"] {
  const { titleSizes, titleMaxLines: maxLines, contentWidth: maxWidth } = CARD_METRICS;
  let last: FittedCard["title"] = { lines: [], fontSize: titleSizes[0], truncated: false };
  for (const fontSize of titleSizes) {
    last = { ...wrapText(title, { maxWidth, maxLines, measure: measureAt(fontSize), balance: true }), fontSize };
    if (!last.truncated) break;
  }
  return last;
}

/** Fits a card's text to the card: emoji dropped (the card font has none), the title
 * broken at spaces into at most three lines (a word longer than a line is split) and
 * cut with an ellipsis, the site name kept to one line, the tags to two rows of chips. */
export function fitCard(card: SocialCard): FittedCard {
  const site = cardText(card.siteName);
  const given = cardText(card.title);
  // An emoji-only title would leave a blank card: show the site name instead.
  const title = given.text || site.text;
  const { fontSize } = CARD_METRICS.siteName;
  const siteName = measureText(site.text, fontSize) <= CARD_METRICS.contentWidth ? site.text : ellipsize(site.text, CARD_METRICS.contentWidth, measureAt(fontSize));
  const { chips, hidden } = fitChips(card.tags);
  return { siteName, title: fitTitle(title), chips, hiddenTags: hidden, removed: given.removed };
}
