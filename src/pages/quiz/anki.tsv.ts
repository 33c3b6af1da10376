import type { APIRoute } from "astro";
import { toAnkiTsv } from "../../lib/quiz";
import { getNotes } from "../../site/notes";
import { absoluteUrl } from "../../site/urls";
import { QUIZ_HEADING_ID } from "../../lib/quiz/heading";

/** Every practice question as an Anki import file; the back links to the question on the site. */
export const GET: APIRoute = async () => {
  const items = (await getNotes()).flatMap((note) =>
    note.data.quiz
      ? [{ note: note.data.title, url: absoluteUrl(`${note.data.href}#${encodeURIComponent(QUIZ_HEADING_ID)}`) ?? "", quiz: note.data.quiz, tags: note.data.tags }]
      : [],
  );
  return new Response(toAnkiTsv(items), { headers: { "Content-Type": "text/tab-separated-values; charset=utf-8" } });
};
