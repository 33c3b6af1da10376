import type { APIRoute, GetStaticPaths } from "astro";
import { notePreview } from "../../lib/preview/note-preview";
import { getNotes, type Note } from "../../site/notes";

/** One small JSON per note for link previews (title, summary, first diagram), fetched on hover. */
export const getStaticPaths = (async () => {
  const notes = await getNotes();
  return notes.map((note) => ({ params: { note: note.data.param }, props: { note } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ note: Note }> = ({ props }) => {
  const { note } = props;
  const preview = notePreview({ title: note.data.title, summary: note.data.summary, html: note.rendered?.html });
  return new Response(JSON.stringify(preview), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
