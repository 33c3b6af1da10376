import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { HarfBuzz, HbFont } from "harfbuzzjs";

const require = createRequire(import.meta.url);
/** harfbuzzjs is CommonJS whose export is a promise; bundlers' default-import interop mangles it. */
const hbReady = require("harfbuzzjs") as Promise<HarfBuzz>;

export type CardWeight = 600 | 700;

/** The card font ships with the `pretendard` npm package, so every machine draws the same card. */
export const CARD_FONT_FILES: Readonly<Record<CardWeight, string>> = {
  600: "pretendard/dist/public/static/Pretendard-SemiBold.otf",
  700: "pretendard/dist/public/static/Pretendard-Bold.otf",
};

export function cardFontData(weight: CardWeight): Buffer {
  return readFileSync(require.resolve(CARD_FONT_FILES[weight]));
}

/** One outline command in font units, y up (HarfBuzz's draw callbacks). */
export type OutlineCommand =
  | { type: "M" | "L"; values: [number, number] }
  | { type: "Q"; values: [number, number, number, number] }
  | { type: "C"; values: [number, number, number, number, number, number] }
  | { type: "Z"; values: [] };

export interface ShapedGlyph {
  /** Glyph id in the font. */
  id: number;
  /** Pen position of the glyph's origin, in font units from the start of the run. */
  x: number;
  y: number;
}

export interface ShapedRun {
  glyphs: ShapedGlyph[];
  /** Sum of the advances, in font units. */
  advance: number;
}

/**
 * A card font: HarfBuzz shaping (what satori uses, so advances, kerning and glyph choice are the
 * same as the satori drawing) and glyph outlines. Shaped runs and outlines are kept: a site's
 * cards share their tags and most of their characters.
 */
export interface CardFont {
  unitsPerEm: number;
  /** hhea ascender and descender (descender negative), font units: satori's line metrics. */
  ascender: number;
  descender: number;
  shape(text: string): ShapedRun;
  outline(glyph: number): readonly OutlineCommand[];
}

const loaded = new Map<CardWeight, Promise<CardFont>>();

/** The card font of `weight`, parsed once per process. */
export function loadCardFont(weight: CardWeight): Promise<CardFont> {
  let font = loaded.get(weight);
  if (!font) {
    font = openFont(cardFontData(weight));
    loaded.set(weight, font);
  }
  return font;
}

async function openFont(data: Buffer): Promise<CardFont> {
  const hb = await hbReady;
  const face = hb.createFace(hb.createBlob(data), 0);
  const font: HbFont = hb.createFont(face);
  const hhea = face.reference_table("hhea");
  if (!hhea || hhea.length < 10) throw new Error("card font has no hhea table");
  const view = new DataView(hhea.buffer, hhea.byteOffset, hhea.byteLength);
  const runs = new Map<string, ShapedRun>();
  const outlines = new Map<number, OutlineCommand[]>();
  return {
    unitsPerEm: face.upem,
    ascender: view.getInt16(4),
    descender: view.getInt16(6),
    shape(text) {
      const known = runs.get(text);
      if (known) return known;
      const buffer = hb.createBuffer();
      try {
        buffer.addText(text);
        buffer.guessSegmentProperties();
        hb.shape(font, buffer);
        let x = 0;
        const glyphs: ShapedGlyph[] = [];
        for (const g of buffer.json()) {
          glyphs.push({ id: g.g, x: x + g.dx, y: g.dy });
          x += g.ax;
        }
        const run = { glyphs, advance: x };
        runs.set(text, run);
        return run;
      } finally {
        buffer.destroy();
      }
    },
    outline(glyph) {
      let commands = outlines.get(glyph);
      if (!commands) {
        commands = font.glyphToJson(glyph) as OutlineCommand[];
        outlines.set(glyph, commands);
      }
      return commands;
    },
  };
}
