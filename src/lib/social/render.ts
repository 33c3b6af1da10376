import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { CARD_HEIGHT, CARD_WIDTH, type FittedCard } from "./card";
import { cardFontData, loadCardFont } from "./card-font";
import { cardTree } from "./card-tree";
import { drawCard, type CardFonts } from "./draw";
import { CanvasPool } from "./canvas-pool";

let satoriFonts: { name: string; data: Buffer; weight: 600 | 700; style: "normal" }[] | undefined;

function fontsForSatori() {
  satoriFonts ??= ([600, 700] as const).map((weight) => ({ name: "Pretendard", data: cardFontData(weight), weight, style: "normal" as const }));
  return satoriFonts;
}

/** The card as satori lays it out and resvg draws it: the reference look, and the template. */
export async function renderCardWithSatori(card: FittedCard): Promise<Resvg> {
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: fontsForSatori() });
  // Satori has already turned every glyph into a path, so resvg needs no fonts. Its default
  // (loadSystemFonts) parses every font on the machine for each card: ~150 ms a card where
  // fonts-noto-cjk is installed (issue 18's 218 ms per card), ~0 on a bare machine.
  return new Resvg(svg, { fitTo: { mode: "width", value: CARD_WIDTH }, font: { loadSystemFonts: false } });
}

/** The satori + resvg PNG (~50 ms a card): what the fast drawing is checked against. */
export async function renderCardPngWithSatori(card: FittedCard): Promise<Buffer> {
  return (await renderCardWithSatori(card)).render().asPng();
}

/** RGBA pixels (resvg's, premultiplied but opaque here) to RGB. */
function toRgb(rgba: Uint8Array): Uint8Array {
  const rgb = new Uint8Array((rgba.length / 4) * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i]!;
    rgb[j + 1] = rgba[i + 1]!;
    rgb[j + 2] = rgba[i + 2]!;
  }
  return rgb;
}

/** The satori + resvg drawing of a card, as RGB pixels. */
export async function satoriPixels(card: FittedCard): Promise<Uint8Array> {
  return toRgb((await renderCardWithSatori(card)).render().pixels);
}

let fonts: Promise<CardFonts> | undefined;

function cardFonts(): Promise<CardFonts> {
  fonts ??= Promise.all([loadCardFont(600), loadCardFont(700)]).then(([semi, bold]) => ({ 600: semi, 700: bold }));
  return fonts;
}

/** What every card of a site shares (background, accent bar, site name), drawn once by satori. */
const pools = new Map<string, Promise<CanvasPool>>();

function poolFor(siteName: string): Promise<CanvasPool> {
  let pool = pools.get(siteName);
  if (!pool) {
    pool = satoriPixels({ siteName, title: { lines: [], fontSize: 64, truncated: false }, chips: [], hiddenTags: 0, removed: [] }).then(
      (template) => new CanvasPool(template, CARD_WIDTH, CARD_HEIGHT),
    );
    pools.set(siteName, pool);
  }
  return pool;
}

/** The card's pixels (RGB, 1200×630): the template with the title and chips drawn on it. */
export async function cardPixels(card: FittedCard): Promise<Uint8Array> {
  const [pool, f] = await Promise.all([poolFor(card.siteName), cardFonts()]);
  return pool.pixels((canvas) => drawCard(card, canvas, f));
}

/**
 * A 1200×630 PNG social card (fit it first with `fitCard`): the site's template, drawn once by
 * satori, with only the title and tag chips drawn per card and the PNG compressed on libuv's
 * thread pool, so cards rendered together use both cores.
 */
export async function renderCardPng(card: FittedCard): Promise<Buffer> {
  const [pool, f] = await Promise.all([poolFor(card.siteName), cardFonts()]);
  return pool.png((canvas) => drawCard(card, canvas, f));
}
