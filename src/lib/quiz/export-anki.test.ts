import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyseText } from "../notes/fixtures/seeds";
import { canonicalTag, tagSynonyms } from "../tags";
import { ankiTag, toAnkiTsv } from "./export-anki";
import { ankiNormaliseTag, readAnkiText } from "./fixtures/anki-text-import";
import type { Quiz } from "./types";

type Item = Parameters<typeof toAnkiTsv>[0][number];

const seedsDir = new URL("../../../content/notes/", import.meta.url);
/** Every seed question as the site exports it: the note's title, its URL and its tags as written in the file. */
const seedItems: Item[] = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".md"))
  .sort()
  .flatMap((file) => {
    const { model: note } = analyseText(file, readFileSync(new URL(file, seedsDir), "utf8"));
    const result = note.quiz === undefined ? ({ ok: false } as const) : ({ ok: true, quiz: note.quiz } as const);
    return result.ok ? [{ note: note.title, url: `https://example.com/notes/${note.path.replace(/\.md$/, "")}/#관련-문제`, quiz: result.quiz, tags: note.rawTags }] : [];
  });

const nastyQuiz: Quiz = {
  question: '#1 "따옴표"로 시작하는\t질문\r\n둘째 줄\u2028셋째 & <태그>',
  options: [
    { letter: "A", text: "탭\t있는 보기" },
    { letter: "B", text: '"인용"으로 시작' },
    { letter: "C", text: "#해시로 시작" },
  ],
  answers: ["B"],
  explanations: [{ letters: ["A"], text: "줄\n바꿈\r있음" }],
  generalExplanation: "끝에 탭\t",
  multiple: false,
};

const nastyItem: Item = {
  note: '제목에\t탭과\n줄바꿈, "따옴표"',
  url: 'https://example.com/notes/한글/?a=1&b="2"#관련-문제',
  quiz: nastyQuiz,
  tags: ["Service/AWS-Glue", "x y/z", "주제/데이터\u3000레이크", "a\u0085b", 'say "hi"', "", "#", "a//b", "한글/태그".normalize("NFD"), "service/glue"],
};

/** HTML Anki will render: only the tags the exporter writes, and `&` only as the start of an entity. */
function expectSafeHtml(field: string): void {
  const withoutTags = field.replace(/<br>|<\/?b>|<\/?code>|<a href="[^"<>]*">|<\/a>/g, "");
  expect(withoutTags).not.toMatch(/[<>"]/);
  expect(withoutTags.replace(/&(?:amp|lt|gt|quot|#39|#35);/g, "")).not.toContain("&");
  for (const [open, close] of [["<b>", "</b>"], ["<code>", "</code>"], ["<a href=", "</a>"]] as const) {
    expect(field.split(open).length).toBe(field.split(close).length);
  }
}

const textOf = (html: string): string =>
  html
    .replace(/<br>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#35;/g, "#")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
const words = (text: string): string => text.replace(/\s+/g, " ").trim();

describe("toAnkiTsv read by Anki's importer", () => {
  const file = toAnkiTsv([...seedItems, nastyItem]);
  const anki = readAnkiText(file);

  it("declares tab separator, HTML fields and the tags column in its header lines", () => {
    expect(anki.separator).toBe("\t");
    expect(anki.html).toBe(true);
    expect(anki.tagsColumn).toBe(3);
    expect(file.startsWith("#separator:tab\n#html:true\n#tags column:3\n")).toBe(true);
    expect(file.endsWith("\n")).toBe(true);
  });

  it("yields exactly one note of three fields per question: none swallowed as a comment, none split", () => {
    expect(seedItems).toHaveLength(4);
    expect(anki.records).toHaveLength(seedItems.length + 1);
    for (const record of anki.records) expect(record).toHaveLength(3);
  });

  it("keeps every field's HTML well-formed, with the question, options and link text intact", () => {
    const items = [...seedItems, nastyItem];
    anki.records.forEach((record, i) => {
      const item = items[i];
      if (item?.quiz === undefined) throw new Error("one record per item");
      const [front = "", back = ""] = record;
      expectSafeHtml(front);
      expectSafeHtml(back);
      expect(textOf(front)).toContain(words(item.quiz.question).replace(/\*\*|`/g, ""));
      for (const o of item.quiz.options) expect(textOf(front)).toContain(`${o.letter}) ${words(o.text).replace(/\*\*|`/g, "")}`);
      expect(textOf(back)).toContain(`정답: ${item.quiz.answers.join(", ")}`);
      expect(textOf(back)).toContain(words(item.note));
      const href = /<a href="([^"]*)">/.exec(back)?.[1] ?? "";
      expect(textOf(href)).toBe(item.url);
    });
  });

  it("writes canonical tags that Anki keeps exactly as written", () => {
    const items = [...seedItems, nastyItem];
    anki.records.forEach((record, i) => {
      const written = (record[2] ?? "").split(" ").filter((t) => t !== "");
      // Anki's own normalisation changes nothing and splits nothing.
      expect(anki.tags[i]).toEqual(written);
      expect(written.map(ankiNormaliseTag)).toEqual(written);
      const canonical = [...new Set((items[i]?.tags ?? []).map((t) => canonicalTag(t, tagSynonyms)).filter((t) => t !== ""))];
      expect(written).toHaveLength(new Set(canonical.map((t) => ankiTag(t))).size);
    });
    // aws-glue-serverless-etl is tagged service/aws-glue in its file: exported as the canonical service::glue.
    const glueNote = seedItems.findIndex((s) => s.tags.includes("service/aws-glue"));
    expect(glueNote).toBeGreaterThanOrEqual(0);
    expect(anki.tags[glueNote]).toContain("service::glue");
    expect(anki.tags[glueNote]).not.toContain("service::aws-glue");
    expect(anki.tags.at(-1)).toEqual(["service::glue", "x-y::z", "주제::데이터-레이크", "a-b", "say-hi", "a::b", "한글::태그"]);
  });
});

describe("ankiTag", () => {
  it.each([
    ["service/aws-glue", "service::glue"],
    ["Service/Glue", "service::glue"],
    ["#usecase/data warehouse", "usecase::data-warehouse"],
    ["  a/b/c  ", "a::b::c"],
    ["a//b/", "a::b"],
    ["한글/태그".normalize("NFD"), "한글::태그"],
    ["a\u0085b", "a-b"],
    ['say "hi"', "say-hi"],
    ["탭\t문자", "탭-문자"],
    ["", ""],
    ["#", ""],
  ])("%j -> %j", (tag, want) => {
    expect(ankiTag(tag)).toBe(want);
    expect(ankiNormaliseTag(want === "" ? "x" : want)).toBe(want === "" ? "x" : want);
  });
});

describe("toAnkiTsv rows", () => {
  it("writes only the header for no items", () => {
    expect(toAnkiTsv([])).toBe("#separator:tab\n#html:true\n#tags column:3\n");
    expect(readAnkiText(toAnkiTsv([])).records).toEqual([]);
  });

  it("escapes a leading # (Anki would skip the row as a comment) and nothing else changes", () => {
    const [front] = readAnkiText(toAnkiTsv([nastyItem])).records[0] ?? [];
    expect(front?.startsWith("&#35;1 &quot;따옴표&quot;로")).toBe(true);
    expect(front).toContain("<br>C) #해시로 시작");
  });
});
