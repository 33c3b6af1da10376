import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { settings } from "../lib/settings/settings";
import { getNotes } from "../site/notes";
import { absoluteUrl, href } from "../site/urls";

/** Every note, newest first, with absolute links that include the base path. Only written when the
 * site URL is known: a feed cannot point anywhere with relative links. */
export const GET: APIRoute = async () => {
  const config = settings();
  const site = absoluteUrl(href());
  if (site === undefined) return new Response(null, { status: 404 });
  const notes = await getNotes();
  return rss({
    title: config.title,
    description: config.description || config.title,
    site,
    customData: `<language>${config.lang}</language>`,
    items: notes.map((note) => {
      const date = note.data.modified;
      return {
        title: note.data.title,
        link: absoluteUrl(note.data.href) ?? note.data.href,
        description: note.data.summary,
        categories: note.data.tags,
        ...(date ? { pubDate: new Date(`${date}T00:00:00Z`) } : {}),
      };
    }),
  });
};
