export type { Quiz, QuizExplanation, QuizOption, QuizParseResult } from "./schema";
