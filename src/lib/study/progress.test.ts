import { describe, expect, it } from "vitest";
import { blockedStorage, MemoryStorage } from "./fixtures/memory-storage";
import { seedQuestions } from "./fixtures/seed-questions";
import {
  dueQuestions,
  emptyProgress,
  exportProgress,
  folderGroups,
  importProgress,
  latestAnswer,
  loadProgress,
  progressBy,
  progressOf,
  progressStorageKey,
  recordAnswer,
  replayAnswers,
  saveProgress,
  tagGroups,
  wrongQuestions,
  type StudyProgress,
  type StudyQuestionRef,
} from "./progress";
import { choiceQuestionId, flashcardId } from "./question-id";
import { isDue, nextDue, studyDaysUntilDue } from "./scheduler";

const seeds = seedQuestions();
const [q1, q2, q3, q4] = seeds;
if (q1 === undefined || q2 === undefined || q3 === undefined || q4 === undefined) throw new Error("the seeds have four questions");
const at = (d: number, hour = 9): Date => new Date(2026, 0, d, hour);

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

describe("progressBy", () => {
  it("counts per canonical tag at every level, once per question, synonyms merged", () => {
    let p = recordAnswer(emptyProgress(), q1.id, "right", at(1));
    p = recordAnswer(p, q2.id, "wrong", at(1));
    const byTag = progressBy(p, seeds, "tag", at(1, 20));
    const glue = seeds.filter((q) => q.tags.includes("service/glue"));
    // aws-glue-serverless-etl is tagged service/aws-glue in its file: the synonym joins service/glue.
    expect(glue.map((q) => q.note)).toContain("aws-glue-serverless-etl");
    expect(byTag.get("service/glue")?.questions).toBe(glue.length);
    expect(byTag.get("service/aws-glue")).toBeUndefined();
    // Every seed question has at least one service/… tag; the parent counts each question once.
    expect(byTag.get("service")).toEqual({ questions: seeds.length, answered: 2, correct: 1, due: 0 });
    expect(progressBy(p, seeds, "tag", at(2)).get("service")?.due).toBe(1);
    for (const [tag, counts] of byTag) {
      const members = seeds.filter((q) => tagGroups(q).includes(tag));
      expect(counts).toEqual(progressOf(p, members, at(1, 20)));
    }
  });

  it("counts per folder at every level, with the whole site under \"\"", () => {
    const refs: StudyQuestionRef[] = [
      { ...q1, folder: "AWS/분석" },
      { ...q2, folder: "AWS" },
      { ...q3, folder: "" },
      { id: flashcardId({ front: "Kinesis 샤드 하나의 쓰기 한도", back: "1 MB/s" }), kind: "card", note: "샤드", folder: "AWS/스트리밍", tags: [] },
    ];
    expect(folderGroups({ folder: "AWS/분석" })).toEqual(["", "AWS", "AWS/분석"]);
    expect(folderGroups({ folder: "" })).toEqual([""]);
    const card = refs[3];
    if (card === undefined) throw new Error("card ref");
    let p = recordAnswer(emptyProgress(), q1.id, "wrong", at(1));
    p = recordAnswer(p, card.id, "right", at(1));
    const byFolder = progressBy(p, refs, "folder", at(2));
    expect(byFolder.get("")).toEqual({ questions: 4, answered: 2, correct: 1, due: 1 });
    expect(byFolder.get("AWS")).toEqual({ questions: 3, answered: 2, correct: 1, due: 1 });
    expect(byFolder.get("AWS/분석")).toEqual({ questions: 1, answered: 1, correct: 0, due: 1 });
    expect(byFolder.get("AWS/스트리밍")).toEqual({ questions: 1, answered: 1, correct: 1, due: 0 });
    expect([...byFolder.keys()].sort()).toEqual(["", "AWS", "AWS/분석", "AWS/스트리밍"]);
  });

  it("ignores progress on questions no longer on the site, and a first-time visitor has nothing answered", () => {
    const edited = choiceQuestionId({ ...q1.quiz, question: `${q1.quiz.question} (old wording)` });
    const p = recordAnswer(emptyProgress(), edited, "right", at(1));
    for (const counts of progressBy(p, seeds, "tag", at(1)).values()) expect(counts.answered).toBe(0);
    for (const counts of progressBy(emptyProgress(), seeds, "folder", at(1)).values()) expect(counts.answered).toBe(0);
  });
});

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
