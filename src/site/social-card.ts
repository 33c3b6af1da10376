import { join } from "node:path";
import { cachedCardPng } from "../lib/social";
import { siteConfig } from "../site.config";

const cacheDir = process.env["OG_CACHE_DIR"] ?? join(process.cwd(), ".cache", "og");

/** A social card PNG response for a page with this title and tags. */
export async function cardResponse(title: string, tags: readonly string[]): Promise<Response> {
  const png = await cachedCardPng({ title, tags: [...tags], siteName: siteConfig.title }, cacheDir);
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png" } });
}
