import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { FittedCard } from "./card";
import { renderCardPng } from "./render";

/** Bump when the card's look changes: old cached cards are then redrawn. */
const CARD_VERSION = "card@3";

/** A card is drawn once per distinct content and kept on disk across builds
 * (a 5,000-note site would otherwise spend minutes redrawing identical PNGs); keyed by the
 * fitted card (`fitCard`), which is exactly what is drawn. */
export async function cachedCardPng(fitted: FittedCard, cacheDir: string): Promise<Buffer> {
  const key = createHash("sha256").update(CARD_VERSION).update(JSON.stringify(fitted)).digest("hex");
  const file = join(cacheDir, `${key}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached && cached.length > 0) return cached;
  const png = await renderCardPng(fitted);
  await mkdir(cacheDir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, png);
  await rename(tmp, file);
  return png;
}
