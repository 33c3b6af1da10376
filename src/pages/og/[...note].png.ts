import type { APIRoute, GetStaticPaths } from "astro";
import { getNotes } from "../../site/notes";
import { pageKey } from "../../site/page-keys";
import { cardResponse, prepareSocialCards } from "../../site/social-card";

/** One social card per note, its `og:image` (at the note's own path: og/<folder>/<name>.png);
 * all cards are drawn ahead, together (prepareSocialCards). */
export const getStaticPaths = (async () => {
  const notes = await getNotes();
  const pages = notes.map((note) => ({ param: note.data.param, title: note.data.title, tags: [...note.data.tags].sort() }));
  // Not awaited: cards are drawn while Astro generates other routes.
  prepareSocialCards(pages).catch(() => undefined); // each card route awaits it and fails with its error
  return pages.map(({ param, title, tags }) => ({ params: { note: param }, props: { title, tags }, cacheKey: pageKey("card", title, tags) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ title: string; tags: string[] }> = ({ props }) => cardResponse(props.title, props.tags);
