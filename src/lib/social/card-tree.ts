import { CARD_HEIGHT, CARD_WIDTH, type SocialCard } from "./card";

/** A satori element tree (the object form of JSX), kept free of satori's types so it is
 * plain data that tests can read. */
export interface CardElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardElement | string)[] | CardElement | string };
}

const PADDING_X = 80;
const PADDING_Y = 72;
const ACCENT = 24;
const CONTENT_WIDTH = CARD_WIDTH - 2 * PADDING_X;

const el = (type: string, style: Record<string, string | number>, children: NonNullable<CardElement["props"]["children"]>): CardElement => ({
  type,
  props: { style, children },
});

export function cardTree(card: SocialCard): CardElement {
  return el(
    "div",
    {
      // Satori sizes boxes without their padding (content-box): the padded card fills the canvas.
      width: CONTENT_WIDTH - ACCENT,
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
      el("div", { fontSize: 30, fontWeight: 600, color: "#bfdbfe", display: "flex" }, card.siteName),
      el("div", { width: CONTENT_WIDTH - ACCENT, fontSize: 64, fontWeight: 700, lineHeight: 1.25, display: "flex", flexWrap: "wrap", wordBreak: "keep-all" }, card.title),
      el(
        "div",
        { width: CONTENT_WIDTH - ACCENT, display: "flex", flexDirection: "row", flexWrap: "wrap", gap: 14 },
        card.tags.map((tag) =>
          el("div", { fontSize: 26, fontWeight: 600, padding: "8px 20px", borderRadius: 999, backgroundColor: "#ffffff29", color: "#ffffff", display: "flex" }, `#${tag}`),
        ),
      ),
    ],
  );
}
