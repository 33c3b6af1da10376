import { createHash } from "node:crypto";
import { access, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CARD_HEIGHT, CARD_WIDTH, type FittedCard } from "./card";
import { isCompletePng } from "./png";
import { renderCardPng } from "./render";

/** Bump when the card's look changes: old cached cards are then redrawn. */
const CARD_VERSION = "card@4";

/** The cache file name of a fitted card: a hash of exactly what is drawn. */
export function cardCacheKey(fitted: FittedCard): string {
  return createHash("sha256").update(CARD_VERSION).update(JSON.stringify(fitted)).digest("hex");
}

export interface CachedCard {
  png: Buffer;
  /** False when the card came from the cache. */
  drawn: boolean;
}

/** A card is drawn once per distinct content and kept on disk across builds; a cached file that
 * is not a whole 1200×630 PNG (cut short by a crash or a full disk, issue 17) is drawn again. */
export async function cachedCard(fitted: FittedCard, cacheDir: string): Promise<CachedCard> {
  const file = join(cacheDir, `${cardCacheKey(fitted)}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached && isCompletePng(cached, { width: CARD_WIDTH, height: CARD_HEIGHT })) return { png: cached, drawn: false };
  const png = await renderCardPng(fitted);
  await mkdir(cacheDir, { recursive: true });
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(tmp, png);
  await rename(tmp, file);
  return { png, drawn: true };
}

/** The card's PNG, from the cache or drawn (see `cachedCard`). */
export async function cachedCardPng(fitted: FittedCard, cacheDir: string): Promise<Buffer> {
  return (await cachedCard(fitted, cacheDir)).png;
}

/**
 * Draws every card missing from the cache, `concurrency` at a time (a card's PNG is compressed on
 * libuv's thread pool, so a few in flight keep both cores busy). Cards already there are only
 * looked up, not read: `cachedCard` checks each one whole when its page asks for it, and draws a
 * broken one again then. Returns how many were drawn.
 */
export async function prepareCards(cards: readonly FittedCard[], cacheDir: string, concurrency = 4): Promise<{ drawn: number; cached: number }> {
  let next = 0;
  let drawn = 0;
  const worker = async () => {
    while (next < cards.length) {
      const card = cards[next++]!;
      const present = await access(join(cacheDir, `${cardCacheKey(card)}.png`)).then(() => true, () => false);
      if (!present && (await cachedCard(card, cacheDir)).drawn) drawn += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return { drawn, cached: cards.length - drawn };
}
