import type { APIRoute } from "astro";
import { toAnkiTsv } from "../../lib/quiz";
import { getNotes } from "../../site/notes";
import { absoluteUrl } from "../../site/urls";
import { QUIZ_HEADING_ID } from "../../lib/quiz/heading";

/** Every practice question and flashcard as an Anki import file; the back links to the note on the site. */
export const GET: APIRoute = async () => {
  const items = (await getNotes()).flatMap((note) =>
    note.data.quiz || note.data.flashcards.length > 0
      ? [
          {
            note: note.data.title,
            url: absoluteUrl(note.data.quiz ? `${note.data.href}#${encodeURIComponent(QUIZ_HEADING_ID)}` : note.data.href) ?? "",
            quiz: note.data.quiz,
            flashcards: note.data.flashcards,
            tags: note.data.tags,
          },
        ]
      : [],
  );
  return new Response(toAnkiTsv(items), { headers: { "Content-Type": "text/tab-separated-values; charset=utf-8" } });
};
