import { describe, expect, it } from "vitest";
import { at, q1, q2, q3, seeds } from "./fixtures/study-setup";
import { emptyProgress, recordAnswer, type StudyQuestionRef } from "./progress";
import { folderGroups, progressBy, progressOf, tagGroups } from "./progress-counts";
import { choiceQuestionId, flashcardId } from "./question-id";

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

