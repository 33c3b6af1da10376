import type { APIRoute } from "astro";
import { toAnkiTsv, type Quiz } from "../../lib/quiz";
import { getNotes, type Note } from "../../site/notes";
import { absoluteUrl, noteHref } from "../../site/urls";

type NoteQuiz = NonNullable<Note["data"]["quiz"]>;

/** The collection's zod type spells the optional field `?: string | undefined`; Quiz leaves it out. */
function asQuiz({ generalExplanation, ...rest }: NoteQuiz): Quiz {
  return generalExplanation === undefined ? rest : { ...rest, generalExplanation };
}

/** Every practice question as an Anki import file; the back links to the question on the site. */
export const GET: APIRoute = async () => {
  const items = (await getNotes()).flatMap((note) =>
    note.data.quiz
      ? [{ note: note.data.title, url: absoluteUrl(noteHref(note.id, "관련-문제")), quiz: asQuiz(note.data.quiz), tags: note.data.tags }]
      : [],
  );
  return new Response(toAnkiTsv(items), { headers: { "Content-Type": "text/tab-separated-values; charset=utf-8" } });
};
