import { cachedCardPng, fitCard } from "../lib/social";
import { cachePath, settings } from "../lib/settings/settings";

/** A social card PNG response for a page with this title and tags. */
export async function cardResponse(title: string, tags: readonly string[]): Promise<Response> {
  const card = fitCard({ title, tags: [...tags], siteName: settings().title });
  if (card.removed.length > 0) console.warn(`[og] "${title}": left out of its card (the card font has no glyph for them): ${card.removed.join(" ")}`);
  const png = await cachedCardPng(card, cachePath(settings(), "og"));
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
}
