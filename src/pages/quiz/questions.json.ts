import type { APIRoute } from "astro";
import { toQuestionsJson, type PracticeQuestionJson } from "../../lib/quiz";
import { getNotes } from "../../site/notes";

/** Every note's practice question, newest note first; `url` is base-relative (noteHref). */
export const GET: APIRoute = async () => {
  const withQuiz = (await getNotes()).flatMap((note) => (note.data.quiz ? [{ note, quiz: note.data.quiz }] : []));
  const questions = toQuestionsJson(withQuiz.map(({ note, quiz }) => ({ note: note.data.param, url: note.data.href, quiz })));
  const payload: PracticeQuestionJson[] = questions.map((question, i) => {
    const note = withQuiz[i]?.note;
    return { ...question, title: note?.data.title ?? question.note, tags: [...(note?.data.tags ?? [])] };
  });
  return new Response(JSON.stringify(payload), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
