import type { APIRoute } from "astro";
import { siteFeed } from "../lib/seo/feed";
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
  const xml = await siteFeed({
    title: config.title,
    description: config.description,
    lang: config.lang,
    siteUrl: site,
    items: notes.map((note) => ({
      title: note.data.title,
      url: absoluteUrl(note.data.href) ?? note.data.href,
      summary: note.data.summary,
      tags: note.data.tags,
      date: note.data.updated ?? "1970-01-01",
    })),
  });
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
