import type { APIRoute } from "astro";
import { toAnkiTsv } from "../../lib/quiz";
import { getNotes } from "../../site/notes";
import { absoluteUrl, noteHref } from "../../site/urls";


/** Every practice question as an Anki import file; the back links to the question on the site. */
export const GET: APIRoute = async () => {
  const items = (await getNotes()).flatMap((note) =>
    note.data.quiz
      ? [{ note: note.data.title, url: absoluteUrl(noteHref(note.id, "관련-문제")), quiz: note.data.quiz, tags: note.data.tags }]
      : [],
  );
  return new Response(toAnkiTsv(items), { headers: { "Content-Type": "text/tab-separated-values; charset=utf-8" } });
};
