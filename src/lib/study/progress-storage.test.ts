import { describe, expect, it } from "vitest";
import { blockedStorage, MemoryStorage } from "./fixtures/memory-storage";
import { at, q1, q2, q3, q4, seeds } from "./fixtures/study-setup";
import { emptyProgress, recordAnswer, wrongQuestions, type StudyProgress } from "./progress";
import { loadProgress, progressStorageKey, saveProgress } from "./progress-storage";

/** Exactly what src/scripts/practice-page.ts (v1) stores during a run. */
function v1Run(order: readonly string[], index: number, results: Record<string, { chosen: string[]; correct: boolean }>): string {
  return JSON.stringify({ v: 1, tag: "service", shuffle: true, order, index, results });
}

describe("storage round trip", () => {
  it("starts empty without a problem, then keeps what was recorded, per base path", () => {
    const storage = new MemoryStorage();
    expect(loadProgress(storage, "/")).toEqual({ progress: emptyProgress() });
    let progress = recordAnswer(emptyProgress(), q1.id, "wrong", at(1), { chosen: ["A"], note: q1.note });
    progress = recordAnswer(progress, q1.id, "right", at(2), { chosen: ["B", "E"] });
    expect(saveProgress(storage, "/", progress)).toBe(true);
    expect(loadProgress(storage, "/")).toEqual({ progress });
    expect(loadProgress(storage, "/kb/")).toEqual({ progress: emptyProgress() });
    expect([...storage.items.keys()]).toEqual([progressStorageKey("/")]);
    expect(progressStorageKey("/kb/")).toBe("kb-quiz:/kb/");
  });

  it("reports a full or blocked storage instead of throwing", () => {
    const progress = recordAnswer(emptyProgress(), q1.id, "right", at(1));
    expect(saveProgress(new MemoryStorage(20), "/", progress)).toBe(false);
    expect(saveProgress(blockedStorage, "/", progress)).toBe(false);
    expect(saveProgress(null, "/", progress)).toBe(false);
    expect(loadProgress(blockedStorage, "/")).toEqual({ progress: emptyProgress(), problem: { kind: "storage-unavailable" } });
    expect(loadProgress(undefined, "/")).toEqual({ progress: emptyProgress(), problem: { kind: "storage-unavailable" } });
  });
});


describe("migration from v1 (a /quiz/ run keyed by note slug)", () => {
  const order = [q3.note, q1.note, q2.note, q4.note];
  const results = { [q3.note]: { chosen: ["B", "E"], correct: true }, [q1.note]: { chosen: ["A"], correct: false } };

  it("turns the run's results into answered questions and keeps the run going", () => {
    const storage = new MemoryStorage();
    storage.setItem("kb-quiz:/", v1Run(order, 2, results));
    const loaded = loadProgress(storage, "/", { questions: seeds, catalogComplete: true, now: at(10) });
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.problem).toBeUndefined();
    const { progress } = loaded;
    expect(progress.run).toEqual({
      mode: "all",
      tag: "service",
      shuffle: true,
      order: [q3.id, q1.id, q2.id, q4.id],
      index: 2,
      results: { [q3.id]: { chosen: ["B", "E"], correct: true }, [q1.id]: { chosen: ["A"], correct: false } },
    });
    expect(progress.legacy).toBeUndefined();
    expect(progress.questions[q3.id]?.answers).toEqual([{ at: at(10).toISOString(), grade: "right", chosen: ["B", "E"] }]);
    expect(progress.questions[q3.id]?.note).toBe(q3.note);
    expect(wrongQuestions(progress)).toEqual([q1.id]);
    expect(Object.keys(progress.questions).sort()).toEqual([q1.id, q3.id].sort());
    // Saved once as v2, it loads as v2 and nothing is counted twice.
    saveProgress(storage, "/", progress);
    expect(JSON.parse(storage.getItem("kb-quiz:/") ?? "{}").v).toBe(2);
    expect(loadProgress(storage, "/", { questions: seeds, catalogComplete: true, now: at(11) })).toEqual({ progress });
  });

  it("waits while only some of the run's notes are known (a note page), losing nothing", () => {
    const storage = new MemoryStorage();
    storage.setItem("kb-quiz:/", v1Run(order, 2, results));
    const partial = loadProgress(storage, "/", { questions: [q3], now: at(10) });
    expect(partial.migratedFrom).toBe(1);
    expect(partial.progress.questions).toEqual({});
    expect(partial.progress.legacy).toEqual({ v: 1, tag: "service", shuffle: true, order, index: 2, results });
    // The note page records an answer and saves; the /quiz/ page later migrates the rest.
    saveProgress(storage, "/", recordAnswer(partial.progress, q3.id, "wrong", at(10, 12)));
    const full = loadProgress(storage, "/", { questions: seeds, catalogComplete: true, now: at(10, 13) }).progress;
    expect(full.legacy).toBeUndefined();
    expect(full.run?.order).toEqual([q3.id, q1.id, q2.id, q4.id]);
    expect(full.questions[q3.id]?.answers.map((a) => a.grade)).toEqual(["wrong", "right"]);
    expect(full.questions[q1.id]?.answers.map((a) => a.grade)).toEqual(["wrong"]);
  });

  it("drops notes that no longer have a question, keeping the reader's place", () => {
    const storage = new MemoryStorage();
    const gone = "deleted-note";
    storage.setItem("kb-quiz:/", v1Run([gone, q1.note, q2.note], 2, { [gone]: { chosen: ["A"], correct: true }, [q1.note]: { chosen: ["C"], correct: true } }));
    const { progress } = loadProgress(storage, "/", { questions: seeds, catalogComplete: true, now: at(5) });
    expect(progress.run?.order).toEqual([q1.id, q2.id]);
    expect(progress.run?.index).toBe(1); // two passed, one of them gone
    expect(Object.keys(progress.questions)).toEqual([q1.id]);
  });

  it("treats a v1 value it cannot read as corrupt", () => {
    const storage = new MemoryStorage();
    storage.setItem("kb-quiz:/", JSON.stringify({ v: 1, order: "x", index: 0 }));
    expect(loadProgress(storage, "/", { questions: seeds, catalogComplete: true }).problem?.kind).toBe("corrupt");
  });
});


describe("corrupted storage", () => {
  it.each([
    ["truncated JSON", '{"v":2,"questions":{"choice-'],
    ["null", "null"],
    ["an array", "[]"],
    ["a string", '"progress"'],
    ["no questions", '{"v":2}'],
    ["a version string", '{"v":"2","questions":{}}'],
    ["no version", '{"questions":{}}'],
    ["an empty value", ""],
  ])("%s → empty progress and the raw value, never a throw", (_, raw) => {
    const storage = new MemoryStorage();
    storage.setItem("kb-quiz:/", raw);
    expect(loadProgress(storage, "/")).toEqual({ progress: emptyProgress(), problem: { kind: "corrupt", raw } });
  });

  it("does not read a newer version it does not understand, and says so", () => {
    const storage = new MemoryStorage();
    const raw = JSON.stringify({ v: 3, questions: {}, somethingNew: true });
    storage.setItem("kb-quiz:/", raw);
    expect(loadProgress(storage, "/")).toEqual({ progress: emptyProgress(), problem: { kind: "newer-version", version: 3, raw } });
  });

  it("keeps every readable record, rebuilds a broken scheduler state from the answers, drops the rest", () => {
    const good = recordAnswer(recordAnswer(emptyProgress(), q1.id, "right", at(1)), q2.id, "wrong", at(2));
    const stored = JSON.parse(JSON.stringify(good)) as StudyProgress & Record<string, unknown>;
    const brokenCard = { ...stored.questions[q2.id], card: { due: "soon" } };
    const value = {
      ...stored,
      questions: {
        [q1.id]: stored.questions[q1.id],
        [q2.id]: brokenCard,
        [q3.id]: { answers: [{ at: at(3).toISOString(), grade: "maybe" }], card: stored.questions[q1.id]?.card },
        [q4.id]: { answers: [] },
        "not-an-id": stored.questions[q1.id],
      },
      run: { mode: "all", order: ["x"], index: 0, results: {} },
    };
    const storage = new MemoryStorage();
    storage.setItem("kb-quiz:/", JSON.stringify(value));
    const loaded = loadProgress(storage, "/");
    expect(loaded.problem).toEqual({ kind: "repaired", dropped: 4 });
    expect(loaded.progress.questions).toEqual(good.questions);
    expect(loaded.progress.run).toBeUndefined();
  });
});

