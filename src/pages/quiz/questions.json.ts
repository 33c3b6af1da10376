import type { APIRoute } from "astro";
import { toStudyJson } from "../../lib/quiz";
import { getNotes } from "../../site/notes";

/** Every practice question and flashcard, newest note first; `url` is base-relative (noteHref).
 * Fetched only by /quiz/ and by the progress bars of a reader who has progress. */
export const GET: APIRoute = async () => {
  const payload = toStudyJson(
    (await getNotes()).map((note) => ({
      note: note.data.param,
      url: note.data.href,
      title: note.data.title,
      tags: note.data.tags,
      path: note.data.path,
      ...(note.data.quiz ? { quiz: note.data.quiz } : {}),
      flashcards: note.data.flashcards,
    })),
  );
  return new Response(JSON.stringify(payload), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
