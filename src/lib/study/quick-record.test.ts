import { describe, expect, it } from "vitest";
import { appendAnswer } from "./quick-record";
import { emptyProgress, recordAnswer } from "./progress";
import { loadProgress, progressStorageKey } from "./progress-storage";
import { choiceQuestionId } from "./question-id";

const id = choiceQuestionId({ question: "Q", options: [{ letter: "A", text: "a" }], answers: ["A"] });
const storage = (raw: string) => ({ getItem: (key: string) => (key === progressStorageKey("/") ? raw : null) });

describe("appendAnswer (note pages)", () => {
  it("starts a v2 store and gives the same schedule as recordAnswer once loaded", () => {
    const t1 = new Date("2026-12-01T10:00:00Z");
    const t2 = new Date("2026-12-05T10:00:00Z");
    let raw = appendAnswer(null, id, { at: t1, grade: "wrong", chosen: ["B"] }, "note-a");
    raw = appendAnswer(raw ?? null, id, { at: t2, grade: "right", chosen: ["A"] });
    const loaded = loadProgress(storage(raw ?? ""), "/");
    expect(loaded.problem).toBeUndefined();
    let expected = recordAnswer(emptyProgress(), id, "wrong", t1, { chosen: ["B"], note: "note-a" });
    expected = recordAnswer(expected, id, "right", t2, { chosen: ["A"] });
    expect(loaded.progress.questions).toEqual(expected.questions);
  });

  it("keeps other questions and the run, and replaces a now stale card", () => {
    const p = recordAnswer(emptyProgress(), id, "right", new Date("2026-12-01T10:00:00Z"));
    const raw = appendAnswer(JSON.stringify({ ...p, run: { x: 1 } }), id, { at: new Date("2026-12-09T10:00:00Z"), grade: "wrong" });
    const value = JSON.parse(raw ?? "{}");
    expect(value.run).toEqual({ x: 1 });
    expect(value.questions[id].card).toBeUndefined();
    expect(value.questions[id].answers).toHaveLength(2);
  });

  it("keeps a v1 run as legacy", () => {
    const v1 = { v: 1, tag: "", shuffle: true, order: ["a"], index: 0, results: {} };
    const value = JSON.parse(appendAnswer(JSON.stringify(v1), id, { at: new Date(), grade: "right" }) ?? "{}");
    expect(value.v).toBe(2);
    expect(value.legacy).toEqual(v1);
  });

  it("writes nothing over a corrupt or newer value, or for a bad id", () => {
    expect(appendAnswer("{not json", id, { at: new Date(), grade: "right" })).toBeUndefined();
    expect(appendAnswer(JSON.stringify({ v: 3, questions: {} }), id, { at: new Date(), grade: "right" })).toBeUndefined();
    expect(appendAnswer(null, "nope", { at: new Date(), grade: "right" })).toBeUndefined();
  });
});
