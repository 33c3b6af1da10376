import { CARD_HEIGHT, CARD_METRICS, CARD_WIDTH, type FittedCard } from "./card";
import type { CardFont, CardWeight } from "./card-font";
import { fillCoverage, type Coverage, type PathCommand } from "./raster";

/**
 * Draws a fitted card's title and tag chips onto a copy of its template (background, accent bar
 * and site name, the same on every card): the layout `cardTree` gives satori, computed here the
 * way satori computes it (flex column with space-between, chips wrapping in rows, HarfBuzz
 * advances, Chrome's baseline rounding), so the pixels match satori's drawing.
 */

const { paddingX: PADDING_X, paddingY: PADDING_Y, accent: ACCENT, contentWidth: CONTENT_WIDTH } = CARD_METRICS;
const CONTENT_LEFT = PADDING_X + ACCENT;
const CONTENT_TOP = PADDING_Y;
const CONTENT_HEIGHT = CARD_HEIGHT - 2 * PADDING_Y;
/** Chip padding is `8px 20px` in `cardTree`. */
const CHIP_PADDING_Y = 8;
const WHITE = [255, 255, 255] as const;
/** `#ffffff29`: the chip background. */
const CHIP_ALPHA = 0x29 / 255;

export type CardFonts = Readonly<Record<CardWeight, CardFont>>;

/** Satori's line box: the "normal" height is the hhea ascent plus descent, and a text's
 * measured height reaches the layout rounded to whole pixels. */
function normalLineHeight(font: CardFont, fontSize: number): number {
  return Math.round(((font.ascender - font.descender) / font.unitsPerEm) * fontSize);
}

/** Where satori puts the baseline in a line box of `lineHeight` px: ascent and descent rounded
 * to pixels and half the leading floored, like Chrome. */
function baselineOffset(font: CardFont, fontSize: number, lineHeight: number): number {
  const asc = Math.round((font.ascender / font.unitsPerEm) * fontSize);
  const desc = Math.round((-font.descender / font.unitsPerEm) * fontSize);
  return asc + Math.floor((lineHeight - asc - desc) / 2);
}

export interface PlacedText {
  text: string;
  weight: CardWeight;
  fontSize: number;
  /** Pen start of the run and its baseline, in card pixels. */
  x: number;
  baseline: number;
}

export interface PlacedChip {
  left: number;
  top: number;
  width: number;
  height: number;
  label: PlacedText;
}

export interface CardLayout {
  title: PlacedText[];
  chips: PlacedChip[];
}

/** The layout engine rounds each box's edges to whole pixels. */
const snap = (start: number, size: number) => {
  const a = Math.round(start);
  return { start: a, size: Math.round(start + size) - a };
};

/** Where `cardTree`'s title lines and chips land on the card. */
export function layoutCard(card: FittedCard, fonts: CardFonts): CardLayout {
  const semi = fonts[600];
  const bold = fonts[700];
  const siteHeight = normalLineHeight(semi, CARD_METRICS.siteName.fontSize);
  const { fontSize: titleSize, lines } = card.title;
  const titleLine = titleSize * CARD_METRICS.titleLineHeight;
  const titleHeight = lines.length * titleLine;

  const { fontSize: chipSize, paddingX: chipPadX, gap } = CARD_METRICS.chip;
  const chipHeight = normalLineHeight(semi, chipSize) + 2 * CHIP_PADDING_Y;
  const labels = card.hiddenTags > 0 ? [...card.chips, `+${card.hiddenTags}`] : card.chips;
  // flex-wrap: a chip moves to the next row when it would overflow this one.
  const rows: { label: string; x: number; width: number }[][] = [];
  let used = 0;
  for (const label of labels) {
    // Satori rounds a text's measured width up to a whole pixel.
    const width = Math.ceil((semi.shape(label).advance / semi.unitsPerEm) * chipSize) + 2 * chipPadX;
    const row = rows.at(-1);
    if (row && used + gap + width <= CONTENT_WIDTH) {
      row.push({ label, x: used + gap, width });
      used += gap + width;
    } else {
      rows.push([{ label, x: 0, width }]);
      used = width;
    }
  }
  const chipsHeight = rows.length === 0 ? 0 : rows.length * chipHeight + (rows.length - 1) * gap;
  // justify-content: space-between over three children.
  const free = Math.max(0, CONTENT_HEIGHT - siteHeight - titleHeight - chipsHeight) / 2;
  const titleTop = CONTENT_TOP + siteHeight + free;
  const chipsTop = titleTop + titleHeight + free;

  const titleBaseline = baselineOffset(bold, titleSize, titleLine);
  const title = lines.map((text, i) => ({ text, weight: 700 as const, fontSize: titleSize, x: CONTENT_LEFT, baseline: Math.round(titleTop + i * titleLine) + titleBaseline }));

  const chipBaseline = baselineOffset(semi, chipSize, normalLineHeight(semi, chipSize));
  const chips: PlacedChip[] = [];
  rows.forEach((row, r) => {
    const top = chipsTop + r * (chipHeight + gap);
    for (const chip of row) {
      const x = snap(CONTENT_LEFT + chip.x, chip.width);
      const y = snap(top, chipHeight);
      chips.push({
        left: x.start,
        top: y.start,
        width: x.size,
        height: y.size,
        label: { text: chip.label, weight: 600, fontSize: chipSize, x: Math.round(CONTENT_LEFT + chip.x + chipPadX), baseline: Math.round(top + CHIP_PADDING_Y) + chipBaseline },
      });
    }
  });
  return { title, chips };
}

/** A pill: a rectangle whose ends are half circles (`border-radius: 999px` on a chip). */
export function pillPath(left: number, top: number, width: number, height: number): PathCommand[] {
  const r = Math.min(width, height) / 2;
  const k = 0.5522847498 * r;
  const right = left + width;
  const bottom = top + height;
  return [
    { type: "M", x: left + r, y: top },
    { type: "L", x: right - r, y: top },
    { type: "C", x1: right - r + k, y1: top, x2: right, y2: top + r - k, x: right, y: top + r },
    { type: "L", x: right, y: bottom - r },
    { type: "C", x1: right, y1: bottom - r + k, x2: right - r + k, y2: bottom, x: right - r, y: bottom },
    { type: "L", x: left + r, y: bottom },
    { type: "C", x1: left + r - k, y1: bottom, x2: left, y2: bottom - r + k, x: left, y: bottom - r },
    { type: "L", x: left, y: top + r },
    { type: "C", x1: left, y1: top + r - k, x2: left + r - k, y2: top, x: left + r, y: top },
    { type: "Z" },
  ];
}

/** Glyph coverage at a quarter-pixel offset, drawn once per process and reused by every card. */
const SUBPIXEL = 10;
const glyphMasks = new Map<string, Coverage | null>();

function glyphMask(font: CardFont, weight: CardWeight, glyph: number, fontSize: number, fx: number, fy: number): Coverage | undefined {
  const key = `${weight}|${fontSize}|${glyph}|${fx}|${fy}`;
  const known = glyphMasks.get(key);
  if (known !== undefined) return known ?? undefined;
  const scale = fontSize / font.unitsPerEm;
  const ox = fx / SUBPIXEL;
  const oy = fy / SUBPIXEL;
  const commands: PathCommand[] = font.outline(glyph).map((c): PathCommand => {
    const px = (x: number) => ox + x * scale;
    const py = (y: number) => oy - y * scale;
    switch (c.type) {
      case "M":
      case "L":
        return { type: c.type, x: px(c.values[0]), y: py(c.values[1]) };
      case "Q":
        return { type: "Q", x1: px(c.values[0]), y1: py(c.values[1]), x: px(c.values[2]), y: py(c.values[3]) };
      case "C":
        return { type: "C", x1: px(c.values[0]), y1: py(c.values[1]), x2: px(c.values[2]), y2: py(c.values[3]), x: px(c.values[4]), y: py(c.values[5]) };
      case "Z":
        return { type: "Z" };
    }
  });
  const mask = fillCoverage(commands);
  glyphMasks.set(key, mask ?? null);
  return mask;
}

/** An RGB card (1200×630, 3 bytes a pixel) and the rows drawn on since it was the template. */
export interface Canvas {
  rgb: Uint8Array;
  /** Drawn rows: [top, bottom); empty when top ≥ bottom. */
  top: number;
  bottom: number;
}

const CARD_AREA = { width: CARD_WIDTH, height: CARD_HEIGHT };

/** Blends `color` at `opacity` × coverage over a canvas of `area`, source-over like resvg. */
function blendInto(canvas: Canvas, area: { width: number; height: number }, mask: Coverage, dx: number, dy: number, color: readonly [number, number, number], opacity = 1): void {
  const rgb = canvas.rgb;
  canvas.top = Math.max(0, Math.min(canvas.top, mask.top + dy));
  canvas.bottom = Math.min(area.height, Math.max(canvas.bottom, mask.top + dy + mask.height));
  for (let y = 0; y < mask.height; y++) {
    const cy = mask.top + dy + y;
    if (cy < 0 || cy >= area.height) continue;
    const row = y * mask.width;
    for (let x = 0; x < mask.width; x++) {
      const a = mask.alpha[row + x]! * opacity;
      if (a <= 0) continue;
      const cx = mask.left + dx + x;
      if (cx < 0 || cx >= area.width) continue;
      const i = (cy * area.width + cx) * 3;
      rgb[i] = Math.round(rgb[i]! + (color[0] - rgb[i]!) * a);
      rgb[i + 1] = Math.round(rgb[i + 1]! + (color[1] - rgb[i + 1]!) * a);
      rgb[i + 2] = Math.round(rgb[i + 2]! + (color[2] - rgb[i + 2]!) * a);
    }
  }
}

function drawTextInto(canvas: Canvas, area: { width: number; height: number }, text: PlacedText, fonts: CardFonts, color: readonly [number, number, number]): void {
  const font = fonts[text.weight];
  const scale = text.fontSize / font.unitsPerEm;
  for (const g of font.shape(text.text).glyphs) {
    const x = text.x + g.x * scale;
    const y = text.baseline - g.y * scale;
    const ix = Math.floor(x);
    const iy = Math.floor(y);
    const fx = Math.round((x - ix) * SUBPIXEL);
    const fy = Math.round((y - iy) * SUBPIXEL);
    const mask = glyphMask(font, text.weight, g.id, text.fontSize, fx, fy);
    if (mask) blendInto(canvas, area, mask, ix, iy, color);
  }
}

const drawText = (canvas: Canvas, text: PlacedText, fonts: CardFonts, color: readonly [number, number, number]) => drawTextInto(canvas, CARD_AREA, text, fonts, color);

/** A chip drawn once: its pixels over the card background, copied onto every card that has it. */
interface ChipPatch {
  width: number;
  height: number;
  rgb: Uint8Array;
}
const chipPatches = new Map<string, ChipPatch>();

/** Chips sit on the plain background, and their boxes and labels start on whole pixels, so a chip
 * looks the same on every card: it is drawn once per label and size and then copied. */
function chipPatch(chip: PlacedChip, background: readonly [number, number, number], fonts: CardFonts): ChipPatch {
  const key = `${chip.label.text}|${chip.width}|${chip.height}|${chip.label.x - chip.left}|${chip.label.baseline - chip.top}|${background.join(",")}`;
  const known = chipPatches.get(key);
  if (known) return known;
  const rgb = new Uint8Array(chip.width * chip.height * 3);
  for (let i = 0; i < rgb.length; i += 3) rgb.set(background, i);
  const local: Canvas = { rgb, top: chip.height, bottom: 0 };
  const area = { width: chip.width, height: chip.height };
  const pill = fillCoverage(pillPath(0, 0, chip.width, chip.height));
  if (pill) blendInto(local, area, pill, 0, 0, WHITE, CHIP_ALPHA);
  drawTextInto(local, area, { ...chip.label, x: chip.label.x - chip.left, baseline: chip.label.baseline - chip.top }, fonts, WHITE);
  const patch = { width: chip.width, height: chip.height, rgb };
  chipPatches.set(key, patch);
  return patch;
}

function copyPatch(canvas: Canvas, patch: ChipPatch, left: number, top: number): void {
  const rows = Math.min(patch.height, CARD_HEIGHT - top);
  const cols = Math.min(patch.width, CARD_WIDTH - left);
  if (rows <= 0 || cols <= 0 || left < 0 || top < 0) return;
  for (let y = 0; y < rows; y++) canvas.rgb.set(patch.rgb.subarray(y * patch.width * 3, (y * patch.width + cols) * 3), ((top + y) * CARD_WIDTH + left) * 3);
  canvas.top = Math.min(canvas.top, top);
  canvas.bottom = Math.max(canvas.bottom, top + rows);
}

/** Draws the card's chips and title lines onto `canvas`, which holds the template. */
export function drawCard(card: FittedCard, canvas: Canvas, fonts: CardFonts): void {
  const layout = layoutCard(card, fonts);
  for (const chip of layout.chips) {
    // The template's colour under the chip: the card background.
    const i = (chip.top * CARD_WIDTH + chip.left) * 3;
    const background = [canvas.rgb[i] ?? 0, canvas.rgb[i + 1] ?? 0, canvas.rgb[i + 2] ?? 0] as const;
    copyPatch(canvas, chipPatch(chip, background, fonts), chip.left, chip.top);
  }
  for (const line of layout.title) drawText(canvas, line, fonts, WHITE);
}
