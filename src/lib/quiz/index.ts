export type { Quiz, QuizExplanation, QuizOption, QuizParseResult } from "./schema";
export { quizSchema } from "./schema";
export { extractQuizSection, findQuizSection, isQuizHeadingTitle, quizLines, type QuizLine, type QuizSection, type QuizSectionFound } from "./section";
export { parseQuiz } from "./parse";
export { matchOptionByName, nameTokens } from "./option-match";
export { folderOf, toQuestionsJson, toStudyJson, type FlashcardJson, type QuestionJson, type PracticeQuestionJson, type StudyItemJson, type StudyNoteInput } from "./export-json";
export { toAnkiTsv, ankiTag, type AnkiItem } from "./export-anki";
export {
  parseFlashcards,
  isFlashcardNote,
  flashcardBlocks,
  flashcardsInBlock,
  DEFAULT_FLASHCARD_TAGS,
  type Flashcard,
  type FlashcardSyntax,
  type SourceBlock,
} from "./flashcards";
