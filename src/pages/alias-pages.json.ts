import type { APIRoute } from "astro";
import { aliasRedirectPages } from "../site/redirect-pages";

/**
 * The alias redirect pages as one list: the build writes them from it and removes it
 * (src/integrations/alias-pages.ts). One route instead of one per alias, which at 5,000 notes was
 * 9,723 of Astro's 14,789 routes and most of an unchanged page's restore time.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await aliasRedirectPages()), { headers: { "Content-Type": "application/json; charset=utf-8" } });
