import { describe, expect, it } from "vitest";
import {
  isDue,
  nextDue,
  parseCardState,
  review,
  startOfStudyDay,
  studyDaysUntilDue,
  type AnswerGrade,
  type CardState,
} from "./scheduler";

// Local-time constructors: the study day is a local notion, so the tests hold in any time zone
// (run e.g. with TZ=Asia/Seoul or TZ=America/New_York, which has a DST switch in March).
const day = (d: number, hour = 9, minute = 0): Date => new Date(2026, 0, d, hour, minute);

/** Answers on the day the question falls due (at 09:00 local), as a diligent learner would. */
function answerOnDueDays(grades: readonly AnswerGrade[], start = day(1)): { intervals: number[]; card: CardState } {
  let now = start;
  let card: CardState | undefined;
  const intervals: number[] = [];
  for (const grade of grades) {
    card = review(card, grade, now);
    intervals.push(studyDaysUntilDue(card, now));
    const due = nextDue(card);
    now = new Date(due.getFullYear(), due.getMonth(), due.getDate(), 9, 0);
  }
  if (card === undefined) throw new Error("no grades");
  return { intervals, card };
}

describe("review over simulated days", () => {
  it("due dates grow after each right answer", () => {
    const { intervals, card } = answerOnDueDays(["right", "right", "right", "right", "right"]);
    expect(intervals[0]).toBeGreaterThanOrEqual(1);
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1] ?? Infinity);
    // Five right answers in a row put the question months away.
    expect(intervals.at(-1)).toBeGreaterThan(90);
    expect(card.reps).toBe(5);
    expect(card.lapses).toBe(0);
  });

  it("a wrong answer resets the question to the next study day, and it grows again from there", () => {
    const { intervals, card } = answerOnDueDays(["right", "right", "right", "right", "wrong", "right", "right"]);
    const beforeLapse = intervals[3] ?? 0;
    expect(beforeLapse).toBeGreaterThan(30);
    expect(intervals[4]).toBe(1);
    expect(card.lapses).toBe(1);
    // Growing again, but from the lapse, not from where it was.
    expect(intervals[5]).toBeGreaterThan(1);
    expect(intervals[6]).toBeGreaterThan(intervals[5] ?? Infinity);
    expect(intervals[5]).toBeLessThan(beforeLapse);
  });

  it("a first wrong answer is due tomorrow and not today", () => {
    const now = day(1, 9);
    const card = review(undefined, "wrong", now);
    expect(studyDaysUntilDue(card, now)).toBe(1);
    expect(isDue(card, day(1, 23, 59))).toBe(false);
    expect(isDue(card, day(2, 4, 0))).toBe(true);
  });

  it("right after a retry schedules sooner than right, later than wrong", () => {
    const at = day(1);
    const right = studyDaysUntilDue(review(undefined, "right", at), at);
    const retry = studyDaysUntilDue(review(undefined, "right-after-retry", at), at);
    const wrong = studyDaysUntilDue(review(undefined, "wrong", at), at);
    expect(right).toBeGreaterThan(retry);
    expect(retry).toBeGreaterThanOrEqual(wrong);
    // Also later in a card's life, where the grades differ more.
    const { card } = answerOnDueDays(["right", "right"]);
    const dueDay = nextDue(card);
    const at2 = new Date(dueDay.getFullYear(), dueDay.getMonth(), dueDay.getDate(), 9);
    const afterRight = studyDaysUntilDue(review(card, "right", at2), at2);
    const afterRetry = studyDaysUntilDue(review(card, "right-after-retry", at2), at2);
    expect(afterRight).toBeGreaterThan(afterRetry);
    expect(afterRetry).toBeGreaterThan(1);
  });

  it("a right answer before the due day leaves the schedule alone; a wrong one resets it", () => {
    const first = review(undefined, "right", day(1));
    const early = review(first, "right", day(1, 9, 5));
    expect(early).toEqual(first);
    expect(review(first, "right-after-retry", day(1, 20))).toEqual(first);
    const lapse = review(first, "wrong", day(1, 9, 10));
    expect(studyDaysUntilDue(lapse, day(1, 9, 10))).toBe(1);
    // The next day it is due, and a right answer then counts again.
    const next = review(lapse, "right", day(2, 9));
    expect(next).not.toEqual(lapse);
    expect(studyDaysUntilDue(next, day(2, 9))).toBeGreaterThanOrEqual(1);
  });

  it("is deterministic: the same history gives the same state", () => {
    const grades: AnswerGrade[] = ["right", "wrong", "right", "right-after-retry", "right"];
    expect(answerOnDueDays(grades)).toEqual(answerOnDueDays(grades));
  });

  it("a clock set back does not produce a state reviewed before its previous review", () => {
    const card = review(undefined, "wrong", day(5));
    const back = review(card, "wrong", day(3));
    expect(Date.parse(back.lastReview)).toBeGreaterThanOrEqual(Date.parse(card.lastReview));
    expect(Date.parse(back.due)).toBeGreaterThan(Date.parse(card.lastReview));
  });

  it("keeps a learner who answers every due question at a falling workload over 120 days", () => {
    // Ten questions, one wrong answer in every fifth review, the rest right.
    const cards = new Map<number, CardState | undefined>(Array.from({ length: 10 }, (_, i) => [i, undefined]));
    let reviews = 0;
    const perMonth = [0, 0, 0, 0];
    for (let d = 1; d <= 120; d++) {
      const now = new Date(2026, 0, d, 9);
      for (const [id, card] of cards) {
        if (card !== undefined && !isDue(card, now)) continue;
        reviews++;
        perMonth[Math.min(3, Math.floor((d - 1) / 30))]! += 1;
        cards.set(id, review(card, reviews % 5 === 0 ? "wrong" : "right", now));
      }
    }
    expect(perMonth[0]).toBeGreaterThan(perMonth[3] ?? Infinity);
    expect(reviews).toBeLessThan(10 * 20);
    for (const card of cards.values()) expect(card?.reps).toBeGreaterThan(2);
  });
});

describe("study days", () => {
  it("start at 04:00 local time, so late-night study belongs to the day before", () => {
    expect(startOfStudyDay(day(2, 3, 59))).toEqual(day(1, 4));
    expect(startOfStudyDay(day(2, 4, 0))).toEqual(day(2, 4));
    expect(startOfStudyDay(day(2, 23, 0))).toEqual(day(2, 4));
  });

  it("make a question due from the start of its due day, whatever the hour it was answered", () => {
    const card = review(undefined, "wrong", day(1, 21)); // due day 2 at 21:00
    expect(isDue(card, day(2, 4, 1))).toBe(true);
    expect(isDue(card, day(2, 3, 59))).toBe(false);
    const lateNight = review(undefined, "wrong", day(2, 2)); // study day 1 → due study day 2
    expect(studyDaysUntilDue(lateNight, day(2, 2))).toBe(1);
    expect(isDue(lateNight, day(2, 10))).toBe(true);
  });

  it("count whole days across a month end and a daylight-saving switch", () => {
    const card = review(undefined, "wrong", new Date(2026, 2, 7, 9)); // US DST starts 8 March
    expect(studyDaysUntilDue(card, new Date(2026, 2, 7, 9))).toBe(1);
    const longCard: CardState = { ...card, due: new Date(2026, 3, 2, 9).toISOString() };
    expect(studyDaysUntilDue(longCard, new Date(2026, 2, 28, 22))).toBe(5);
    expect(studyDaysUntilDue(longCard, new Date(2026, 3, 5, 9))).toBe(0);
  });

  it("a question never answered is not due", () => {
    expect(isDue(undefined, day(1))).toBe(false);
  });
});

describe("parseCardState", () => {
  it("round-trips a reviewed state through JSON", () => {
    const { card } = answerOnDueDays(["right", "wrong", "right"]);
    expect(parseCardState(JSON.parse(JSON.stringify(card)))).toEqual(card);
  });

  it.each([
    ["null", null],
    ["a string", "card"],
    ["an array", []],
    ["no due", { stability: 1 }],
  ])("rejects %s", (_, value) => {
    expect(parseCardState(value)).toBeUndefined();
  });

  it("rejects impossible values field by field", () => {
    const { card } = answerOnDueDays(["right"]);
    const broken: Record<string, unknown>[] = [
      { ...card, due: "not a date" },
      { ...card, lastReview: 12 },
      { ...card, stability: 0 },
      { ...card, stability: Number.NaN },
      { ...card, difficulty: 11 },
      { ...card, reps: -1 },
      { ...card, phase: "new" },
      { ...card, scheduledDays: "3" },
    ];
    for (const value of broken) expect(parseCardState(value)).toBeUndefined();
  });
});
