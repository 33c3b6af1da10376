import {
  cachedCardPng,
  cardCacheKey,
  fitCard,
  prepareCards,
  type FittedCard,
} from "../lib/social";
import type { CachedFile } from "../lib/site-files/file-bundle";
import { cachePath, settings } from "../lib/settings/settings";
import { getNotes } from "./notes";

/** The card cache, under the cache root. */
const CARD_CACHE = "og";
const cacheDir = () => cachePath(settings(), CARD_CACHE);

function fitted(title: string, tags: readonly string[]): FittedCard {
  return fitCard({ title, tags: [...tags], siteName: settings().title });
}

interface NoteCard {
  /** The note's page param: its card is `og/<param>.png`. */
  param: string;
  title: string;
  card: FittedCard;
}

let noteCards: Promise<NoteCard[]> | undefined;

/** Every note's card, fitted once per build. */
function getNoteCards(): Promise<NoteCard[]> {
  noteCards ??= getNotes().then((notes) =>
    notes.map((note) => ({
      param: note.data.param,
      title: note.data.title,
      card: fitted(note.data.title, [...note.data.tags].sort()),
    })),
  );
  return noteCards;
}

let prepared: Promise<void> | undefined;

/**
 * Draws every missing note card into the cache, several at a time so both cores work; logs the
 * `[og] … cards ready` line the benchmark reads. Started once, early (the card bundle's route list).
 */
export function prepareSocialCards(): Promise<void> {
  prepared ??= (async () => {
    const started = performance.now();
    const cards = (await getNoteCards()).map((c) => c.card);
    const { drawn, cached } = await prepareCards(cards, cacheDir());
    console.log(
      `[og] ${cards.length} cards ready in ${Math.round(performance.now() - started)} ms (${drawn} drawn, ${cached} cached)`,
    );
  })();
  return prepared;
}

function warnRemoved(title: string, card: FittedCard): void {
  if (card.removed.length > 0)
    console.warn(
      `[og] "${title}": left out of its card (the card font has no glyph for them): ${card.removed.join(" ")}`,
    );
}

/** Every note's social card (its `og:image`), as files for the build to link from the card cache
 * (lib/site-files/file-bundle.ts). */
export async function socialCardFiles(): Promise<CachedFile[]> {
  await prepareSocialCards();
  return (await getNoteCards()).map(({ param, title, card }) => {
    warnRemoved(title, card);
    return {
      path: `og/${param}.png`,
      fromCache: `${CARD_CACHE}/${cardCacheKey(card)}.png`,
    };
  });
}

/** What the cards show: each note's path and exactly what its card draws. Waits for the cards: a
 * bundle restored from the last build links them from the cache, so they must all be there. */
export async function socialCardsKey(): Promise<unknown> {
  await prepareSocialCards();
  return (await getNoteCards()).map(({ param, card }) => [
    param,
    cardCacheKey(card),
  ]);
}

/** A social card PNG response for a page with this title and tags (the site's own card; note cards
 * on the dev server). */
export async function cardResponse(
  title: string,
  tags: readonly string[],
): Promise<Response> {
  const card = fitted(title, tags);
  warnRemoved(title, card);
  await prepared;
  const png = await cachedCardPng(card, cacheDir());
  return new Response(new Uint8Array(png), {
    headers: { "content-type": "image/png" },
  });
}
