import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractQuizSection } from "../quiz/section";
import { parseQuiz } from "../quiz/parse";
import { toQuestionsJson } from "../quiz/export-json";
import type { Quiz } from "../quiz/types";
import { choiceQuestionId, flashcardId, isQuestionId } from "./question-id";

const seedsDir = new URL("../../../content/notes/", import.meta.url);
const seedQuizzes: { note: string; quiz: Quiz }[] = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".md"))
  .flatMap((file) => {
    const result = parseQuiz(extractQuizSection(readFileSync(new URL(file, seedsDir), "utf8")).section ?? "");
    return result.ok ? [{ note: file.replace(/\.md$/, ""), quiz: result.quiz }] : [];
  });

describe("choiceQuestionId", () => {
  it("gives every seed question a distinct, well-formed id", () => {
    // Every seed with a question section (one seed, the lecture outline, has none).
    expect(seedQuizzes.map((s) => s.note).sort()).toEqual(
      readdirSync(seedsDir)
        .filter((f) => f.endsWith(".md") && readFileSync(new URL(f, seedsDir), "utf8").includes("## 📝 관련 문제"))
        .map((f) => f.replace(/\.md$/, ""))
        .sort(),
    );
    const ids = seedQuizzes.map(({ quiz }) => choiceQuestionId(quiz));
    for (const id of ids) expect(isQuestionId(id)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("is the same for the parsed quiz and its questions.json entry (build and browser agree)", () => {
    for (const item of seedQuizzes) {
      const [json] = toQuestionsJson([{ note: item.note, url: "/", quiz: item.quiz }]);
      if (json === undefined) throw new Error("no json");
      expect(choiceQuestionId(JSON.parse(JSON.stringify(json)) as typeof json)).toBe(choiceQuestionId(item.quiz));
    }
  });

  it("ignores line endings, NFD and whitespace, but not wording, options or answers", () => {
    const quiz = seedQuizzes[0]?.quiz;
    if (quiz === undefined) throw new Error("no seed");
    const id = choiceQuestionId(quiz);
    const korean = { ...quiz, question: "다음 중 서버리스 ETL 서비스는?" };
    const koreanId = choiceQuestionId(korean);
    expect(choiceQuestionId({ ...korean, question: `  ${korean.question.normalize("NFD").replace(" ", " \r\n ")}  ` })).toBe(koreanId);
    expect(choiceQuestionId({ ...quiz, question: `${quiz.question}\n` })).toBe(id);
    expect(choiceQuestionId({ ...quiz, question: quiz.question.replace(/\?$/, "!") })).not.toBe(id);
    expect(choiceQuestionId({ ...quiz, answers: ["A"] })).not.toBe(id);
    expect(choiceQuestionId({ ...quiz, options: quiz.options.slice(1) })).not.toBe(id);
    expect(choiceQuestionId({ ...quiz, options: [...quiz.options].reverse() })).not.toBe(id);
  });

  it("cannot be forged by moving text between the stem and an option", () => {
    const a = choiceQuestionId({ question: "Q A) x", options: [{ letter: "B", text: "y" }], answers: ["B"] });
    const b = choiceQuestionId({ question: "Q", options: [{ letter: "A", text: "x" }, { letter: "B", text: "y" }], answers: ["B"] });
    expect(a).not.toBe(b);
  });
});

describe("flashcardId", () => {
  it("distinguishes a card from its reverse and from a choice question", () => {
    const card = { front: "S3 스토리지 클래스 중 가장 저렴한 것", back: "Glacier Deep Archive" };
    expect(isQuestionId(flashcardId(card))).toBe(true);
    expect(flashcardId(card)).toMatch(/^card-/);
    expect(flashcardId({ front: card.back, back: card.front })).not.toBe(flashcardId(card));
    expect(flashcardId({ front: card.front.normalize("NFD"), back: ` ${card.back} ` })).toBe(flashcardId(card));
  });

  it("rejects what it could not have produced", () => {
    for (const value of ["", "card-", "card-abc", "quiz-00000000000", "choice-0000000000A", 12, null]) expect(isQuestionId(value)).toBe(false);
  });
});
