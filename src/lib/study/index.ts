export { choiceQuestionId, flashcardId, isQuestionId, type StudyQuestionKind } from "./question-id";
export {
  ANSWER_GRADES,
  STUDY_DAY_START_HOUR,
  isDue,
  nextDue,
  parseCardState,
  review,
  startOfStudyDay,
  studyDaysUntilDue,
  type AnswerGrade,
  type CardPhase,
  type CardState,
} from "./scheduler";
export {
  PROGRESS_VERSION,
  dueQuestions,
  emptyProgress,
  latestAnswer,
  recordAnswer,
  replayAnswers,
  wrongQuestions,
  type AnswerRecord,
  type LegacyQuizRunV1,
  type QuestionProgress,
  type QuizRun,
  type QuizRunMode,
  type QuizRunResult,
  type StudyProgress,
  type StudyQuestionRef,
} from "./progress";
export { loadProgress, progressStorageKey, saveProgress, type LoadOptions, type LoadProblem, type LoadedProgress } from "./progress-storage";
export { folderGroups, progressBy, progressOf, tagGroups, type ProgressCounts } from "./progress-counts";
export { PROGRESS_FILE_FORMAT, exportProgress, importProgress, type ImportError, type ImportResult } from "./progress-file";
export { dueLabel, shortKoreanDate, type DueMessages } from "./due-label";
export { appendAnswer } from "./quick-record";
