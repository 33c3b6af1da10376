/**
 * Spaced repetition over practice questions with FSRS (ts-fsrs, the reference TypeScript
 * implementation by the open-spaced-repetition group, MIT, no dependencies, ~7 KB gzipped).
 *
 * Why FSRS rather than SM-2: it models each question's memory stability and difficulty from the
 * whole answer history and schedules for a target recall probability (90 %), so it needs fewer
 * reviews than SM-2 for the same retention and copes with late or early reviews, which a site that
 * learners visit irregularly produces all the time. It is Anki's scheduler since 23.10, so the
 * intervals match what an Anki user expects after exporting.
 *
 * Settings, and why:
 * - Day-level scheduling: no minute-level learning steps for new questions (a static site has no
 *   session to bring a question back in 10 minutes); a wrong answer is due again the next study
 *   day (relearning step "1d"), which is the "reset" a learner expects.
 * - No fuzz: the same history always gives the same schedule (tests, and two devices agree).
 * - A right answer given before the question is due (re-answering on the note page, "틀린 문제 다시"
 *   right after seeing the solution) is recorded by the caller but does not move the schedule: the
 *   learner just saw the answer, so it is no evidence of memory. A wrong answer always counts.
 * - Study days start at 04:00 local time (as in Anki), so late-night study belongs to the day
 *   before and "오늘 복습할 문제" means everything due before the next 04:00.
 */
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from "ts-fsrs";

/** The outcome of one answer. `right-after-retry`: right, but only after a wrong attempt at it. */
export type AnswerGrade = "right" | "right-after-retry" | "wrong";

export const ANSWER_GRADES: readonly AnswerGrade[] = ["right", "right-after-retry", "wrong"];

export type CardPhase = "learning" | "review" | "relearning";

/** A question's scheduling state, as plain JSON (stored in localStorage and in export files). */
export interface CardState {
  /** When the question is next due (ISO 8601). */
  due: string;
  stability: number;
  difficulty: number;
  /** Whole days the last counted review scheduled. */
  scheduledDays: number;
  learningSteps: number;
  /** Counted reviews (early right answers are not counted). */
  reps: number;
  /** Times a question that had been learned was answered wrongly. */
  lapses: number;
  phase: CardPhase;
  /** The last counted review (ISO 8601). */
  lastReview: string;
}

/** The hour (local time) a study day starts. */
export const STUDY_DAY_START_HOUR = 4;

const scheduler = fsrs(
  generatorParameters({
    enable_fuzz: false,
    enable_short_term: true,
    learning_steps: [],
    relearning_steps: ["1d"],
  }),
);

const RATING: Record<AnswerGrade, Grade> = { right: Rating.Good, "right-after-retry": Rating.Hard, wrong: Rating.Again };
const PHASE: Record<Exclude<State, State.New>, CardPhase> = {
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};
const STATE: Record<CardPhase, State> = { learning: State.Learning, review: State.Review, relearning: State.Relearning };

function toFsrs(card: CardState): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0, // deprecated in ts-fsrs 5: it derives elapsed time from last_review
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE[card.phase],
    last_review: new Date(card.lastReview),
  };
}

function fromFsrs(card: Card, reviewedAt: Date): CardState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    phase: card.state === State.New ? "learning" : PHASE[card.state],
    lastReview: reviewedAt.toISOString(),
  };
}

/** The start (local 04:00) of the study day `at` belongs to. */
export function startOfStudyDay(at: Date): Date {
  const start = new Date(at.getTime());
  start.setHours(STUDY_DAY_START_HOUR, 0, 0, 0);
  if (start.getTime() > at.getTime()) start.setDate(start.getDate() - 1);
  return start;
}

function nextStudyDayStart(at: Date): Date {
  const next = startOfStudyDay(at);
  next.setDate(next.getDate() + 1);
  return next;
}

/** When the question is next due. */
export function nextDue(card: CardState): Date {
  return new Date(card.due);
}

/** True when the question is due on `now`'s study day or earlier. A never-answered question is not due (it is new). */
export function isDue(card: CardState | undefined, now: Date): boolean {
  return card !== undefined && nextDue(card).getTime() < nextStudyDayStart(now).getTime();
}

/**
 * Study days from `now` until the question is due: 0 = due today (or overdue), 1 = tomorrow, …
 * For "다음 복습: 내일 / 3일 후" after an answer.
 */
export function studyDaysUntilDue(card: CardState, now: Date): number {
  const from = startOfStudyDay(now);
  const to = startOfStudyDay(nextDue(card));
  if (to.getTime() <= from.getTime()) return 0;
  // Calendar-day difference of the two local dates; Math.round absorbs a DST hour.
  return Math.round((Date.UTC(to.getFullYear(), to.getMonth(), to.getDate()) - Date.UTC(from.getFullYear(), from.getMonth(), from.getDate())) / 86_400_000);
}

/**
 * The state after answering at `now`. `card` is the state before (undefined: first answer).
 * A right answer to a question that is not yet due returns `card` unchanged (see the file comment).
 */
export function review(card: CardState | undefined, grade: AnswerGrade, now: Date): CardState {
  if (card !== undefined && grade !== "wrong" && !isDue(card, now)) return card;
  const before = card === undefined ? createEmptyCard(now) : toFsrs(card);
  // A clock set back (another device, a corrected system time) must not produce negative elapsed time.
  const at = card !== undefined && now.getTime() < Date.parse(card.lastReview) ? new Date(card.lastReview) : now;
  return fromFsrs(scheduler.next(before, at, RATING[grade]).card, at);
}

const isFiniteNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isIsoDate = (v: unknown): v is string => typeof v === "string" && Number.isFinite(Date.parse(v));

/** A `CardState` from untrusted JSON, or undefined when any field is missing or impossible. */
export function parseCardState(value: unknown): CardState | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const phase = v["phase"];
  if (
    !isIsoDate(v["due"]) ||
    !isIsoDate(v["lastReview"]) ||
    !isFiniteNumber(v["stability"]) ||
    !isFiniteNumber(v["difficulty"]) ||
    !isFiniteNumber(v["scheduledDays"]) ||
    !isFiniteNumber(v["learningSteps"]) ||
    !isFiniteNumber(v["reps"]) ||
    !isFiniteNumber(v["lapses"]) ||
    (phase !== "learning" && phase !== "review" && phase !== "relearning") ||
    v["stability"] <= 0 ||
    v["difficulty"] < 1 ||
    v["difficulty"] > 10 ||
    v["scheduledDays"] < 0 ||
    v["learningSteps"] < 0 ||
    v["reps"] < 0 ||
    v["lapses"] < 0
  ) {
    return undefined;
  }
  return {
    due: new Date(v["due"]).toISOString(),
    stability: v["stability"],
    difficulty: v["difficulty"],
    scheduledDays: v["scheduledDays"],
    learningSteps: Math.floor(v["learningSteps"]),
    reps: Math.floor(v["reps"]),
    lapses: Math.floor(v["lapses"]),
    phase,
    lastReview: new Date(v["lastReview"]).toISOString(),
  };
}
