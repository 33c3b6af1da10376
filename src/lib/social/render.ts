import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { CARD_HEIGHT, CARD_WIDTH, type FittedCard } from "./card";
import { cardTree } from "./card-tree";

const require = createRequire(import.meta.url);
let fonts: { name: string; data: Buffer; weight: 600 | 700; style: "normal" }[] | undefined;

/** The card font ships with the `pretendard` npm package, so every machine draws the same card. */
function cardFonts() {
  fonts ??= ([["SemiBold", 600], ["Bold", 700]] as const).map(([file, weight]) => ({
    name: "Pretendard",
    data: readFileSync(require.resolve(`pretendard/dist/public/static/Pretendard-${file}.otf`)),
    weight,
    style: "normal" as const,
  }));
  return fonts;
}

/** A 1200×630 PNG social card (fit it first with `fitCard`). */
export async function renderCardPng(card: FittedCard): Promise<Buffer> {
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: cardFonts() });
  // Satori has already turned every glyph into a path, so resvg needs no fonts. Its default
  // (loadSystemFonts) parses every font on the machine for each card: ~150 ms a card where
  // fonts-noto-cjk is installed (issue 18's 218 ms per card), ~0 on a bare machine.
  return new Resvg(svg, { fitTo: { mode: "width", value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
