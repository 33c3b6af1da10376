import { choiceQuestionId, flashcardId } from "../study/question-id";
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

/** What the /quiz/ page and the progress bars group and title an entry by. */
interface StudyEntryMeta {
  /** The stable question id (src/lib/study/question-id.ts): progress is keyed by it. */
  id: string;
  title: string;
  /** Canonical tags of the note. */
  tags: string[];
  /** The note's folder in the vault, "/"-separated, "" at the root (for the per-folder progress). */
  folder: string;
}

/** A multiple-choice entry of the site's /quiz/questions.json. */
export type PracticeQuestionJson = QuestionJson & StudyEntryMeta & { kind: "choice" };

/** A flashcard entry of /quiz/questions.json (Spaced Repetition plugin syntaxes, see flashcards.ts). */
export interface FlashcardJson extends StudyEntryMeta {
  kind: "card";
  note: string;
  url: string;
  /** Markdown asked first, and revealed. */
  front: string;
  back: string;
  /** Headings above the card, outermost first. */
  context: string[];
}

/** One entry of /quiz/questions.json: multiple-choice questions first, then flashcards. */
export type StudyItemJson = PracticeQuestionJson | FlashcardJson;

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

/** A note as the study catalog needs it. */
export interface StudyNoteInput {
  /** Page param (slug). */
  note: string;
  url: string;
  title: string;
  tags: readonly string[];
  /** Vault-relative path of the note file (its folder is taken from it). */
  path: string;
  quiz?: Quiz;
  flashcards: readonly { front: string; back: string; context: readonly string[] }[];
}

/** The folder part of a vault path: `a/b/note.md` → `a/b`, `note.md` → "". */
export function folderOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

/**
 * The /quiz/questions.json payload: every note's multiple-choice question (in note order), then
 * every flashcard (in note order). A card repeated word for word (same id) is kept once: it is one
 * thing to learn, and progress is keyed by id.
 */
export function toStudyJson(notes: readonly StudyNoteInput[]): StudyItemJson[] {
  const choices: StudyItemJson[] = [];
  const cards: StudyItemJson[] = [];
  const seen = new Set<string>();
  for (const n of notes) {
    const meta = { title: n.title, tags: [...n.tags], folder: folderOf(n.path) };
    if (n.quiz) {
      const [question] = toQuestionsJson([{ note: n.note, url: n.url, quiz: n.quiz }]);
      const id = choiceQuestionId(n.quiz);
      if (question && !seen.has(id)) {
        seen.add(id);
        choices.push({ kind: "choice", id, ...question, ...meta });
      }
    }
    for (const c of n.flashcards) {
      const id = flashcardId(c);
      if (seen.has(id)) continue;
      seen.add(id);
      cards.push({ kind: "card", id, note: n.note, url: n.url, front: c.front, back: c.back, context: [...c.context], ...meta });
    }
  }
  return [...choices, ...cards];
}
