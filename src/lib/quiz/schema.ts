import { z } from "astro/zod";

/** A practice question as the notes write it; the one declaration its TypeScript types come from. */
export const quizOptionSchema = z.object({ letter: z.string(), text: z.string() });

/**
 * Why one or more options are right or wrong. `letters` is empty when the note names something
 * that could not be tied to exactly one option; the text is kept so nothing the author wrote is lost.
 */
export const quizExplanationSchema = z.object({ letters: z.array(z.string()), text: z.string() });

export const quizSchema = z.object({
  question: z.string(),
  options: z.array(quizOptionSchema),
  /** Letters of the correct options, in the order the note gives them. */
  answers: z.array(z.string()).min(1),
  explanations: z.array(quizExplanationSchema),
  /** Explanation prose that is not about one specific option. */
  generalExplanation: z.string().optional(),
  /** True when more than one option must be chosen. */
  multiple: z.boolean(),
});

export type QuizOption = z.infer<typeof quizOptionSchema>;
export type QuizExplanation = z.infer<typeof quizExplanationSchema>;
export type Quiz = z.infer<typeof quizSchema>;

/** `line` is 1-based and relative to the section text given to `parseQuiz`. */
export type QuizParseResult = { ok: true; quiz: Quiz } | { ok: false; reason: string; line: number };
