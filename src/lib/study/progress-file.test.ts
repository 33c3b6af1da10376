import { describe, expect, it } from "vitest";
import { at, q1, q2, q3 } from "./fixtures/study-setup";
import { emptyProgress, recordAnswer, replayAnswers, wrongQuestions, type StudyProgress } from "./progress";
import { exportProgress, importProgress } from "./progress-file";
import { isDue } from "./scheduler";

describe("export and import", () => {
  const deviceA = (): StudyProgress => {
    let p = recordAnswer(emptyProgress(), q1.id, "wrong", at(1), { chosen: ["A"], note: q1.note });
    p = recordAnswer(p, q1.id, "right", at(2), { chosen: ["B"] });
    return recordAnswer(p, q2.id, "right", at(2), { chosen: ["C"], note: q2.note });
  };

  it("restores every answer and schedule in a fresh browser", () => {
    const a = deviceA();
    const result = importProgress(emptyProgress(), exportProgress(a, at(3)));
    expect(result).toEqual({ ok: true, progress: { v: 2, questions: a.questions }, added: 3, questions: 2 });
  });

  it("importing the same file again changes nothing", () => {
    const a = deviceA();
    const file = exportProgress(a);
    const once = importProgress(emptyProgress(), file);
    if (!once.ok) throw new Error("import failed");
    expect(importProgress(once.progress, file)).toEqual({ ok: true, progress: once.progress, added: 0, questions: 2 });
  });

  it("merges two devices without losing an answer; the schedule follows the merged history", () => {
    const a = deviceA();
    let b = recordAnswer(emptyProgress(), q1.id, "wrong", at(3), { chosen: ["D"] });
    b = recordAnswer(b, q3.id, "right", at(3));
    b = { ...b, run: { mode: "due", tag: "", shuffle: false, order: [q1.id], index: 0, results: {} } };
    const result = importProgress(b, exportProgress(a));
    if (!result.ok) throw new Error("import failed");
    const merged = result.progress;
    expect(result.added).toBe(3);
    expect(merged.run).toEqual(b.run); // the run in progress stays this device's
    expect(merged.questions[q1.id]?.answers.map((x) => [x.at, x.grade])).toEqual([
      [at(1).toISOString(), "wrong"],
      [at(2).toISOString(), "right"],
      [at(3).toISOString(), "wrong"],
    ]);
    expect(merged.questions[q1.id]?.card).toEqual(replayAnswers(merged.questions[q1.id]?.answers ?? []));
    expect(merged.questions[q1.id]?.note).toBe(q1.note);
    expect(merged.questions[q3.id]).toEqual(b.questions[q3.id]);
    expect(merged.questions[q2.id]).toEqual(a.questions[q2.id]);
    // The latest answer was wrong (on device b), so it is due the next day.
    expect(wrongQuestions(merged)).toContain(q1.id);
    expect(isDue(merged.questions[q1.id]?.card, at(4))).toBe(true);
  });

  it("keeps the later device's scheduler state when one history contains the other", () => {
    const older = recordAnswer(emptyProgress(), q1.id, "right", at(1));
    const newer = recordAnswer(older, q1.id, "right", at(3));
    for (const [into, file] of [
      [older, newer],
      [newer, older],
    ] as const) {
      const result = importProgress(into, exportProgress(file));
      if (!result.ok) throw new Error("import failed");
      expect(result.progress.questions[q1.id]).toEqual(newer.questions[q1.id]);
    }
  });

  it.each([
    ["not JSON", "this is not json", { kind: "not-json" }],
    ["an empty file", "", { kind: "not-json" }],
    ["another JSON file (questions.json)", JSON.stringify([{ note: "x", question: "q" }]), { kind: "not-progress-file" }],
    ["the raw localStorage value", JSON.stringify({ v: 2, questions: {} }), { kind: "not-progress-file" }],
    ["a newer version", JSON.stringify({ format: "kb-study-progress", v: 3, questions: {} }), { kind: "unsupported-version", version: 3 }],
    ["no questions", JSON.stringify({ format: "kb-study-progress", v: 2 }), { kind: "malformed", at: "questions" }],
  ])("refuses %s with a reason and changes nothing", (_, file, error) => {
    const existing = deviceA();
    const copy = structuredClone(existing);
    expect(importProgress(existing, file)).toEqual({ ok: false, error });
    expect(existing).toEqual(copy);
  });

  it("refuses a file with one broken answer as a whole, naming where it is", () => {
    const existing = deviceA();
    const copy = structuredClone(existing);
    const file = JSON.parse(exportProgress(deviceA())) as { questions: Record<string, { answers: Record<string, unknown>[] }> };
    const answers = file.questions[q1.id]?.answers;
    if (answers?.[1] === undefined) throw new Error("two answers");
    answers[1]["grade"] = "maybe";
    expect(importProgress(existing, JSON.stringify(file))).toEqual({ ok: false, error: { kind: "malformed", at: `questions["${q1.id}"].answers[1]` } });
    const badId = { format: "kb-study-progress", v: 2, questions: { [q1.note]: { answers: [{ at: at(1).toISOString(), grade: "right" }] } } };
    expect(importProgress(existing, JSON.stringify(badId))).toEqual({ ok: false, error: { kind: "malformed", at: `questions["${q1.note}"]` } });
    const badTime = { format: "kb-study-progress", v: 2, questions: { [q1.id]: { answers: [{ at: "yesterday", grade: "right" }] } } };
    expect(importProgress(existing, JSON.stringify(badTime))).toMatchObject({ ok: false, error: { kind: "malformed" } });
    expect(existing).toEqual(copy);
  });
});
