/** Reading progress back from untrusted JSON (localStorage, import files): every value checked, nothing trusted. */
import { isQuestionId } from "./question-id";
import { ANSWER_GRADES, parseCardState, type AnswerGrade } from "./scheduler";
import { replayAnswers, sortAnswers, type AnswerRecord, type LegacyQuizRunV1, type QuestionProgress, type QuizRun, type QuizRunResult } from "./progress";

export type Json = Record<string, unknown>;
export const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
export const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");
const isGrade = (v: unknown): v is AnswerGrade => typeof v === "string" && (ANSWER_GRADES as readonly string[]).includes(v);
const toIso = (v: unknown): string | undefined => {
  if (typeof v !== "string") return undefined;
  const t = Date.parse(v);
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
};

export function parseAnswer(v: unknown): AnswerRecord | undefined {
  if (!isObject(v) || !isGrade(v["grade"])) return undefined;
  const at = toIso(v["at"]);
  const chosen = v["chosen"];
  if (at === undefined || (chosen !== undefined && !isStrings(chosen))) return undefined;
  return { at, grade: v["grade"], ...(chosen === undefined ? {} : { chosen: [...chosen] }) };
}

function parseRunResults(v: unknown, validKey: (key: string) => boolean): Record<string, QuizRunResult> | undefined {
  if (v === undefined) return {};
  if (!isObject(v)) return undefined;
  const entries: [string, QuizRunResult][] = [];
  for (const [key, r] of Object.entries(v)) {
    if (!validKey(key) || !isObject(r) || !isStrings(r["chosen"]) || typeof r["correct"] !== "boolean") return undefined;
    entries.push([key, { chosen: [...r["chosen"]], correct: r["correct"] }]);
  }
  return Object.fromEntries(entries);
}

function parseIndex(v: unknown, length: number): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? Math.max(0, Math.min(Math.floor(v), length)) : undefined;
}

export function parseLegacy(v: Json): LegacyQuizRunV1 | undefined {
  if (v["v"] !== 1 || !isStrings(v["order"])) return undefined;
  const order = v["order"];
  const index = parseIndex(v["index"], order.length);
  const results = parseRunResults(v["results"], () => true);
  if (index === undefined || results === undefined) return undefined;
  return { v: 1, tag: typeof v["tag"] === "string" ? v["tag"] : "", shuffle: v["shuffle"] !== false, order: [...order], index, results };
}

export function parseRun(v: unknown): QuizRun | undefined {
  if (!isObject(v) || !isStrings(v["order"]) || !v["order"].every(isQuestionId)) return undefined;
  const order = v["order"];
  const index = parseIndex(v["index"], order.length);
  const results = parseRunResults(v["results"], isQuestionId);
  const mode = v["mode"];
  if (index === undefined || results === undefined || (mode !== "all" && mode !== "wrong" && mode !== "due")) return undefined;
  return { mode, tag: typeof v["tag"] === "string" ? v["tag"] : "", shuffle: v["shuffle"] !== false, order: [...order], index, results };
}

/** A stored question record; a missing or broken card is rebuilt from the answers. */
export function parseQuestionProgress(v: unknown): QuestionProgress | undefined {
  if (!isObject(v) || !Array.isArray(v["answers"]) || v["answers"].length === 0) return undefined;
  const answers: AnswerRecord[] = [];
  for (const a of v["answers"]) {
    const answer = parseAnswer(a);
    if (answer === undefined) return undefined;
    answers.push(answer);
  }
  const sorted = sortAnswers(answers);
  const card = parseCardState(v["card"]) ?? replayAnswers(sorted);
  if (card === undefined) return undefined;
  const note = v["note"];
  return { answers: sorted, card, ...(typeof note === "string" ? { note } : {}) };
}
