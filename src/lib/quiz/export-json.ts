import type { Quiz } from "./types";

export interface QuestionJson {
  note: string;
  url: string;
  question: string;
  options: { letter: string; text: string }[];
  answers: string[];
  explanations: { letters: string[]; text: string }[];
  /** Present only when the note has explanation prose not tied to an option. */
  generalExplanation?: string;
  multiple: boolean;
}

/** An entry of the site's /quiz/questions.json: the question plus what the /quiz/ page filters
 * and titles it by. */
export type PracticeQuestionJson = QuestionJson & { title: string; tags: string[] };

/** The public questions.json payload: one entry per parsed quiz, copied so callers cannot alias the input. */
export function toQuestionsJson(items: readonly { note: string; url: string; quiz: Quiz }[]): QuestionJson[] {
  return items.map(({ note, url, quiz }) => ({
    note,
    url,
    question: quiz.question,
    options: quiz.options.map((o) => ({ letter: o.letter, text: o.text })),
    answers: [...quiz.answers],
    explanations: quiz.explanations.map((e) => ({ letters: [...e.letters], text: e.text })),
    ...(quiz.generalExplanation === undefined ? {} : { generalExplanation: quiz.generalExplanation }),
    multiple: quiz.multiple,
  }));
}
