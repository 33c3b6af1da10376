import type { APIRoute } from "astro";
import { siteConfig } from "../site.config";
import { cardResponse } from "../site/social-card";

/** The social card of every page that is not a note. */
export const GET: APIRoute = () => cardResponse(siteConfig.description, []);
