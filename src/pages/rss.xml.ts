import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { siteConfig } from "../site.config";
import { getKnowledgeGraph } from "../site/graph";
import { absoluteUrl, href, noteHref } from "../site/urls";

/** Every note, newest first, with absolute links that include the base path. */
export const GET: APIRoute = async () => {
  const graph = await getKnowledgeGraph();
  return rss({
    title: siteConfig.title,
    description: siteConfig.description,
    site: absoluteUrl(href()),
    customData: `<language>${siteConfig.lang}</language>`,
    items: graph.notes.map((note) => {
      const date = note.data.modified ?? note.data.created;
      return {
        title: note.data.title,
        link: absoluteUrl(noteHref(note.id)),
        description: note.data.summary,
        categories: graph.tagsOf(note.id),
        ...(date ? { pubDate: new Date(`${date}T00:00:00Z`) } : {}),
      };
    }),
  });
};
