import type { APIRoute, GetStaticPaths } from "astro";
import { notePreview } from "../../lib/preview/note-preview";
import { getNotes, type Note } from "../../site/notes";
import { pageKey } from "../../site/page-keys";

/** One small JSON per note for link previews (title, summary, first diagram), fetched on hover. */
export const getStaticPaths = (async () => {
  const notes = await getNotes();
  // The preview shows only the note's own title, summary and rendering (its digest): see site/page-keys.ts.
  return notes.map((note) => ({ params: { note: note.data.param }, props: { note }, cacheKey: pageKey("preview", note.digest, note.data.title, note.data.summary) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ note: Note }> = ({ props }) => {
  const { note } = props;
  const preview = notePreview({ title: note.data.title, summary: note.data.summary, html: note.rendered?.html });
  return new Response(JSON.stringify(preview), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
