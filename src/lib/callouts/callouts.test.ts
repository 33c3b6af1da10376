import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calloutKind, isKnownCalloutType } from "./kinds";
import { parseCalloutMarker } from "./marker";
import { calloutTitle } from "./title";
import { CALLOUT_TITLES } from "./titles";

describe("parseCalloutMarker", () => {
  it.each([
    ["[!tip] 제목", { type: "tip", title: "제목", foldable: null }],
    ["[!note]", { type: "note", title: null, foldable: null }],
    ["[!warning]", { type: "warning", title: null, foldable: null }],
    ["[!tip]- 접힌 팁", { type: "tip", title: "접힌 팁", foldable: "closed" }],
    ["[!tip]-", { type: "tip", title: null, foldable: "closed" }],
    ["[!tip]+ 펼친 팁", { type: "tip", title: "펼친 팁", foldable: "open" }],
    ["[!TIP] Mixed Case", { type: "tip", title: "Mixed Case", foldable: null }],
    ["[!Warning]+", { type: "warning", title: null, foldable: "open" }],
    ["> [!info] 이미 > 가 붙은 줄", { type: "info", title: "이미 > 가 붙은 줄", foldable: null }],
    ["> > [!quote]", { type: "quote", title: null, foldable: null }],
    ["[!my-custom_type] 사용자 정의", { type: "my-custom_type", title: "사용자 정의", foldable: null }],
    ["[!메모] 한글 타입", { type: "메모", title: "한글 타입", foldable: null }],
    ["[!note]   **굵은** 제목   ", { type: "note", title: "**굵은** 제목", foldable: null }],
    ["[!note]제목", { type: "note", title: "제목", foldable: null }],
    ["[!note] 제목\r", { type: "note", title: "제목", foldable: null }],
  ] as const)("%j", (line, want) => {
    expect(parseCalloutMarker(line)).toEqual(want);
  });

  it("normalises an NFD title to NFC", () => {
    const marker = parseCalloutMarker("[!tip] 핵심 정리".normalize("NFD"));
    expect(marker?.title).toBe("핵심 정리");
    expect(marker?.title?.length).toBe(5);
  });

  it.each(["일반 인용문", "[!]", "[!tip", "[tip] 제목", "![!tip]", "[! tip]", "", "text [!tip]"])(
    "returns null for %j",
    (line) => {
      expect(parseCalloutMarker(line)).toBeNull();
    },
  );

  it("reads only the first line when given more", () => {
    expect(parseCalloutMarker("[!tip] 제목\n> 본문")).toEqual({ type: "tip", title: "제목", foldable: null });
  });
});

describe("calloutTitle", () => {
  it("has the Korean default for every common type", () => {
    const want: Record<string, string> = {
      note: "노트",
      tip: "팁",
      warning: "주의",
      info: "정보",
      important: "중요",
      caution: "주의",
      danger: "위험",
      example: "예시",
      quote: "인용",
      question: "질문",
      success: "성공",
      failure: "실패",
      bug: "버그",
      abstract: "요약",
      todo: "할 일",
    };
    for (const [type, title] of Object.entries(want)) expect(calloutTitle(type)).toBe(title);
    expect(CALLOUT_TITLES).toEqual(want);
  });

  it("is case-insensitive and resolves Obsidian aliases", () => {
    expect(calloutTitle("TIP")).toBe("팁");
    expect(calloutTitle("hint")).toBe("팁");
    expect(calloutTitle("tldr")).toBe("요약");
    expect(calloutTitle("summary")).toBe("요약");
    expect(calloutTitle("faq")).toBe("질문");
    expect(calloutTitle("done")).toBe("성공");
    expect(calloutTitle("error")).toBe("위험");
    expect(calloutTitle("cite")).toBe("인용");
    expect(calloutTitle("attention")).toBe("주의");
    expect(calloutTitle("missing")).toBe("실패");
  });

  it("capitalises unknown types like Obsidian, and falls back to 노트 for an empty type", () => {
    expect(calloutTitle("custom")).toBe("Custom");
    expect(calloutTitle("메모")).toBe("메모");
    expect(calloutTitle("")).toBe("노트");
  });
});

describe("calloutKind", () => {
  it("maps types and aliases to a style family and unknown types to note", () => {
    expect(calloutKind("Warning")).toBe("warning");
    expect(calloutKind("caution")).toBe("caution");
    expect(calloutKind("check")).toBe("success");
    expect(calloutKind("my-custom")).toBe("note");
    expect(isKnownCalloutType("FAQ")).toBe(true);
    expect(isKnownCalloutType("my-custom")).toBe(false);
  });

  it("every kind has a default title", () => {
    for (const kind of ["note", "abstract", "info", "todo", "tip", "important", "success", "question", "warning", "caution", "failure", "danger", "bug", "example", "quote"]) {
      expect(CALLOUT_TITLES[kind]).toBeTypeOf("string");
    }
  });
});

describe("fixture note", () => {
  it("reads the marker of each blockquote's first line and leaves plain quotes alone", () => {
    const text = readFileSync(new URL("./fixtures/callouts.md", import.meta.url), "utf8");
    const lines = text.split("\n");
    const firsts = lines.filter((l, i) => /^>/.test(l) && !/^>/.test(lines[i - 1] ?? ""));
    expect(firsts.map((l) => parseCalloutMarker(l))).toEqual([
      { type: "tip", title: "Glue 크롤러 주기", foldable: null },
      null,
      { type: "warning", title: null, foldable: "closed" },
      { type: "faq", title: "Lambda 15분 제한?", foldable: "open" },
      { type: "aws-exam", title: "시험 포인트", foldable: null },
    ]);
    expect(firsts.map((l) => {
      const m = parseCalloutMarker(l);
      return m ? (m.title ?? calloutTitle(m.type)) + "/" + calloutKind(m.type) : null;
    })).toEqual(["Glue 크롤러 주기/tip", null, "주의/warning", "Lambda 15분 제한?/question", "시험 포인트/note"]);
  });
});
