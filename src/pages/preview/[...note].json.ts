import type { APIRoute, GetStaticPaths } from "astro";
import { getNotes, type Note } from "../../site/notes";
import { previewJson } from "../../site/previews";

/** One small JSON per note for link previews, fetched on hover. A build writes them all from one
 * bundle (src/pages/file-bundles/[bundle].json.ts); the dev server serves them from here. */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  return (await getNotes()).map((note) => ({ params: { note: note.data.param }, props: { note } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ note: Note }> = ({ props }) =>
  new Response(previewJson(props.note), { headers: { "Content-Type": "application/json; charset=utf-8" } });
