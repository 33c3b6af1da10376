/**
 * Progress in localStorage: one entry per site base path, read without ever throwing, migrated
 * from v1, and written back by the caller with `saveProgress`.
 */
import { isQuestionId } from "./question-id";
import { emptyProgress, PROGRESS_VERSION, recordAnswer, type LegacyQuizRunV1, type QuestionProgress, type QuizRun, type QuizRunResult, type StudyProgress, type StudyQuestionRef } from "./progress";
import { isObject, parseLegacy, parseQuestionProgress, parseRun } from "./progress-json";

/** The localStorage key for a site served under `base` (siteConfig.base, e.g. "/" or "/kb/"); v1's key, so there is one entry per site. */
export function progressStorageKey(base: string): string {
  return `kb-quiz:${base}`;
}

export type LoadProblem =
  /** localStorage threw (disabled, private mode): progress works for this page only. */
  | { kind: "storage-unavailable" }
  /** The stored value was not readable at all; `raw` is it, for a backup before it is overwritten. */
  | { kind: "corrupt"; raw: string }
  /** Written by a newer version of the site; saving would replace it. */
  | { kind: "newer-version"; version: number; raw: string }
  /** Some records were unreadable and were left out; the rest loaded. */
  | { kind: "repaired"; dropped: number };

export interface LoadedProgress {
  progress: StudyProgress;
  problem?: LoadProblem;
  /** Set when a v1 value was read (the caller should save, to store it as v2). */
  migratedFrom?: 1;
}

export interface LoadOptions {
  /** The questions this page knows, in document order within each note. Needed to migrate v1. */
  questions?: readonly Pick<StudyQuestionRef, "id" | "note" | "kind">[];
  /** True when `questions` is every question of the site (the /quiz/ page): a v1 entry for a note
   * without a question any more is then dropped, as v1 itself did. */
  catalogComplete?: boolean;
  /** The time given to migrated v1 answers, which were stored without one. Default: now. */
  now?: Date;
}

/**
 * Ties a v1 run to question ids: each slug is the note's first multiple-choice question (v1 had one
 * question per note). Only when every slug resolves, or the catalog is complete; otherwise the v1
 * value is kept as `legacy` and tried again on the next load.
 */
function migrateLegacy(progress: StudyProgress, legacy: LegacyQuizRunV1, options: LoadOptions): StudyProgress {
  const idOf = new Map<string, string>();
  for (const q of options.questions ?? []) if (q.kind === "choice" && !idOf.has(q.note)) idOf.set(q.note, q.id);
  const resolvable = legacy.order.every((slug) => idOf.has(slug)) && Object.keys(legacy.results).every((slug) => idOf.has(slug));
  if (!resolvable && options.catalogComplete !== true) return { ...progress, legacy };

  const at = options.now ?? new Date();
  let next: StudyProgress = { v: 2, questions: progress.questions, ...(progress.run ? { run: progress.run } : {}) };
  const results: [string, QuizRunResult][] = [];
  for (const [slug, r] of Object.entries(legacy.results)) {
    const id = idOf.get(slug);
    if (id === undefined) continue;
    results.push([id, r]);
    next = recordAnswer(next, id, r.correct ? "right" : "wrong", at, { chosen: r.chosen, note: slug });
  }
  const kept = legacy.order.map((slug, i) => ({ id: idOf.get(slug), passed: i < legacy.index }));
  const order = kept.flatMap((k) => (k.id === undefined ? [] : [k.id]));
  if (order.length === 0 || next.run !== undefined) return next;
  const run: QuizRun = {
    mode: "all",
    tag: legacy.tag,
    shuffle: legacy.shuffle,
    order,
    index: kept.filter((k) => k.passed && k.id !== undefined).length,
    results: Object.fromEntries(results),
  };
  return { ...next, run };
}

/** Reads the progress stored for `base`. Never throws: unreadable storage gives empty progress and a `problem`. */
export function loadProgress(storage: Pick<Storage, "getItem"> | null | undefined, base: string, options: LoadOptions = {}): LoadedProgress {
  let raw: string | null;
  try {
    if (!storage) return { progress: emptyProgress(), problem: { kind: "storage-unavailable" } };
    raw = storage.getItem(progressStorageKey(base));
  } catch {
    return { progress: emptyProgress(), problem: { kind: "storage-unavailable" } };
  }
  if (raw === null) return { progress: emptyProgress() };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), problem: { kind: "corrupt", raw } };
  }
  if (!isObject(value)) return { progress: emptyProgress(), problem: { kind: "corrupt", raw } };
  const version = value["v"];

  if (version === 1) {
    const legacy = parseLegacy(value);
    if (legacy === undefined) return { progress: emptyProgress(), problem: { kind: "corrupt", raw } };
    return { progress: migrateLegacy(emptyProgress(), legacy, options), migratedFrom: 1 };
  }
  if (typeof version === "number" && Number.isInteger(version) && version > PROGRESS_VERSION) {
    return { progress: emptyProgress(), problem: { kind: "newer-version", version, raw } };
  }
  if (version !== PROGRESS_VERSION || !isObject(value["questions"])) return { progress: emptyProgress(), problem: { kind: "corrupt", raw } };

  let dropped = 0;
  const questions: [string, QuestionProgress][] = [];
  for (const [id, record] of Object.entries(value["questions"])) {
    const parsed = isQuestionId(id) ? parseQuestionProgress(record) : undefined;
    if (parsed === undefined) dropped++;
    else questions.push([id, parsed]);
  }
  let progress: StudyProgress = { v: 2, questions: Object.fromEntries(questions) };
  if (value["run"] !== undefined) {
    const run = parseRun(value["run"]);
    if (run === undefined) dropped++;
    else progress.run = run;
  }
  if (value["legacy"] !== undefined) {
    const legacy = isObject(value["legacy"]) ? parseLegacy(value["legacy"]) : undefined;
    if (legacy === undefined) dropped++;
    else progress = migrateLegacy(progress, legacy, options);
  }
  return dropped > 0 ? { progress, problem: { kind: "repaired", dropped } } : { progress };
}

/** Stores `progress` for `base`. False when storage refused (full, disabled); the page keeps working. */
export function saveProgress(storage: Pick<Storage, "setItem"> | null | undefined, base: string, progress: StudyProgress): boolean {
  try {
    if (!storage) return false;
    storage.setItem(progressStorageKey(base), JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}
