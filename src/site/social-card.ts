import { cachedCardPng, fitCard, prepareCards, type FittedCard } from "../lib/social";
import { cachePath, settings } from "../lib/settings/settings";

const cacheDir = () => cachePath(settings(), "og");

function fitted(title: string, tags: readonly string[]): FittedCard {
  return fitCard({ title, tags: [...tags], siteName: settings().title });
}

let prepared: Promise<void> | undefined;

/**
 * Draws every missing card into the cache ahead of their routes (called by the card route's
 * getStaticPaths), several at a time so both cores work; logs the `[og] … cards ready` line the
 * benchmark reads. Each route then reads its card back.
 */
export function prepareSocialCards(pages: readonly { title: string; tags: readonly string[] }[]): Promise<void> {
  prepared ??= (async () => {
    const started = performance.now();
    const cards = pages.map((p) => fitted(p.title, p.tags));
    const { drawn, cached } = await prepareCards(cards, cacheDir());
    console.log(`[og] ${cards.length} cards ready in ${Math.round(performance.now() - started)} ms (${drawn} drawn, ${cached} cached)`);
  })();
  return prepared;
}

/** A social card PNG response for a page with this title and tags. */
export async function cardResponse(title: string, tags: readonly string[]): Promise<Response> {
  const card = fitted(title, tags);
  if (card.removed.length > 0) console.warn(`[og] "${title}": left out of its card (the card font has no glyph for them): ${card.removed.join(" ")}`);
  await prepared;
  const png = await cachedCardPng(card, cacheDir());
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
}
