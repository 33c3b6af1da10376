import type { APIRoute, GetStaticPaths } from "astro";
import { getNotes } from "../../site/notes";
import { cardResponse } from "../../site/social-card";

/** One social card per note, its `og:image` (at the note's own path: og/<folder>/<name>.png). A build
 * links them all from the card cache (the social-cards bundle, src/pages/file-bundles/[bundle].json.ts);
 * the dev server draws them here. */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  return (await getNotes()).map((note) => ({ params: { note: note.data.param }, props: { title: note.data.title, tags: [...note.data.tags].sort() } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ title: string; tags: string[] }> = ({ props }) => cardResponse(props.title, props.tags);
