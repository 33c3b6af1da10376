import { CARD_HEIGHT, CARD_METRICS, type FittedCard } from "./card";

/** A satori element tree (the object form of JSX), kept free of satori's types so it is
 * plain data that tests can read. */
export interface CardElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardElement | string)[] | CardElement | string };
}

const { paddingX: PADDING_X, paddingY: PADDING_Y, accent: ACCENT, contentWidth: CONTENT_WIDTH } = CARD_METRICS;

const el = (type: string, style: Record<string, string | number>, children: NonNullable<CardElement["props"]["children"]>): CardElement => ({
  type,
  props: { style, children },
});

const chip = (label: string): CardElement => {
  const { fontSize, paddingX } = CARD_METRICS.chip;
  return el("div", { fontSize, fontWeight: 600, padding: `8px ${paddingX}px`, borderRadius: 999, backgroundColor: "#ffffff29", color: "#ffffff", display: "flex", whiteSpace: "nowrap" }, label);
};

export function cardTree(card: FittedCard): CardElement {
  const { fontSize, lines } = card.title;
  const labels = card.hiddenTags > 0 ? [...card.chips, `+${card.hiddenTags}`] : card.chips;
  return el(
    "div",
    {
      // Satori sizes boxes without their padding (content-box): the padded card fills the canvas.
      width: CONTENT_WIDTH,
      height: CARD_HEIGHT - 2 * PADDING_Y,
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      padding: `${PADDING_Y}px ${PADDING_X}px`,
      // Flat colours: a gradient made each PNG ~240 KB and 40 % slower to draw; flat is ~40 KB.
      backgroundColor: "#172554",
      borderLeft: `${ACCENT}px solid #3b82f6`,
      color: "#ffffff",
      fontFamily: "Pretendard",
    },
    [
      el("div", { fontSize: CARD_METRICS.siteName.fontSize, fontWeight: 600, color: "#bfdbfe", display: "flex", whiteSpace: "nowrap" }, card.siteName),
      el(
        "div",
        { width: CONTENT_WIDTH, display: "flex", flexDirection: "column" },
        // One box per line, never re-wrapped: `fitCard` already measured them.
        lines.map((line) => el("div", { fontSize, fontWeight: 700, lineHeight: CARD_METRICS.titleLineHeight, display: "flex", whiteSpace: "nowrap" }, line)),
      ),
      el("div", { width: CONTENT_WIDTH, display: "flex", flexDirection: "row", flexWrap: "wrap", gap: CARD_METRICS.chip.gap }, labels.map(chip)),
    ],
  );
}
