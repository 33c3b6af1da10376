import { describe, expect, it } from "vitest";
import { at, q1, q2, q3, q4 } from "./fixtures/study-setup";
import { dueQuestions, emptyProgress, latestAnswer, recordAnswer, wrongQuestions } from "./progress";
import { nextDue, studyDaysUntilDue } from "./scheduler";

describe("recordAnswer", () => {
  it("records each answer with its time, result, choice and the scheduler state", () => {
    const before = emptyProgress();
    const after = recordAnswer(before, q2.id, "right-after-retry", at(3), { chosen: ["C"], note: q2.note });
    expect(before).toEqual(emptyProgress()); // not changed in place
    const record = after.questions[q2.id];
    expect(record?.answers).toEqual([{ at: at(3).toISOString(), grade: "right-after-retry", chosen: ["C"] }]);
    expect(record?.note).toBe(q2.note);
    expect(record?.card.lastReview).toBe(at(3).toISOString());
    expect(latestAnswer(after, q2.id)?.grade).toBe("right-after-retry");
    expect(latestAnswer(after, q1.id)).toBeUndefined();
  });

  it("refuses an id that could not be a question id (it would be dropped on the next load)", () => {
    expect(() => recordAnswer(emptyProgress(), q1.note, "right", at(1))).toThrow(TypeError);
    expect(() => recordAnswer(emptyProgress(), "__proto__", "right", at(1))).toThrow(TypeError);
  });

});

describe("due and wrong questions over days", () => {
  it("lists a missed question as wrong and due the next day, and takes it off both after a right answer", () => {
    let p = recordAnswer(emptyProgress(), q1.id, "wrong", at(1), { chosen: ["A"] });
    p = recordAnswer(p, q2.id, "right", at(1));
    p = recordAnswer(p, q3.id, "wrong", at(1, 10));
    expect(wrongQuestions(p)).toEqual([q3.id, q1.id]);
    expect(dueQuestions(p, at(1, 22))).toEqual([]);
    expect(dueQuestions(p, at(2))).toEqual([q1.id, q3.id]);
    // "틀린 문제 다시" right away: right, but it was not due yet, so it stays due tomorrow.
    p = recordAnswer(p, q1.id, "right", at(1, 12));
    expect(wrongQuestions(p)).toEqual([q3.id]);
    expect(dueQuestions(p, at(2))).toEqual([q1.id, q3.id]);
    // Tomorrow's review counts and pushes it out.
    p = recordAnswer(p, q1.id, "right", at(2));
    expect(dueQuestions(p, at(2, 20))).toEqual([q3.id]);
    const card = p.questions[q1.id]?.card;
    if (card === undefined) throw new Error("answered");
    expect(studyDaysUntilDue(card, at(2))).toBeGreaterThan(1);
    expect(dueQuestions(p, nextDue(card))).toContain(q1.id);
  });

  it("orders due questions most overdue first", () => {
    let p = recordAnswer(emptyProgress(), q2.id, "wrong", at(3));
    p = recordAnswer(p, q4.id, "wrong", at(1));
    p = recordAnswer(p, q1.id, "wrong", at(2));
    expect(dueQuestions(p, at(10))).toEqual([q4.id, q1.id, q2.id]);
  });
});

