import type { APIRoute } from "astro";
import { settings } from "../lib/settings/settings";
import { cardResponse } from "../site/social-card";

/** The social card of every page that is not a note. */
export const GET: APIRoute = () => cardResponse(settings().description || settings().title, []);
