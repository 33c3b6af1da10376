/** One answer choice of a practice question, e.g. `{ letter: "C", text: "AWS Glue" }`. */
export interface QuizOption {
  letter: string;
  text: string;
}

/**
 * Why one or more options are right or wrong. `letters` is empty when the note names something
 * that could not be tied to exactly one option; the text is kept so nothing the author wrote is lost.
 */
export interface QuizExplanation {
  letters: string[];
  text: string;
}

export interface Quiz {
  question: string;
  options: QuizOption[];
  /** Letters of the correct options, in the order the note gives them. */
  answers: string[];
  explanations: QuizExplanation[];
  /** Explanation prose that is not about one specific option. */
  generalExplanation?: string;
  /** True when more than one option must be chosen. */
  multiple: boolean;
}

/** `line` is 1-based and relative to the section text given to `parseQuiz`. */
export type QuizParseResult =
  | { ok: true; quiz: Quiz }
  | { ok: false; reason: string; line: number };
