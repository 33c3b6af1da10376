import { describe, expect, it } from "vitest";
import { stripComments } from "./comments";
import { codeRanges, fixture, parse, texts, walk } from "./fixtures/parse";

/** The way the site calls it: code ranges from a first parse of the same source. */
function strip(source: string) {
  return stripComments(source, codeRanges(source));
}

describe("stripComments", () => {
  it("removes the help vault's inline and block comments (기본 서식 구문.md)", () => {
    const source = "This is an %%inline%% comment.\n\n%%\nThis is a block comment.\n\nBlock comments can span multiple lines.\n%%\n\n다음 문단";
    const { text, comments } = strip(source);
    expect(text).toBe("This is an            comment.\n\n  \n                        \n\n                                       \n  \n\n다음 문단");
    const block = source.indexOf("%%\nThis");
    expect(comments).toEqual([
      { start: 11, end: 21, line: 1, closed: true },
      { start: block, end: source.lastIndexOf("%%") + 2, line: 3, closed: true },
    ]);
    expect(texts(text)).toEqual(["This is an            comment.", "다음 문단"]);
  });

  it("removes a whole-line comment (기본 서식 구문.md line 113) and keeps the HTML after it", () => {
    const source = "%% These headings use HTML to avoid cluttering the Outline/Table of contents %%\n<h1>제목 1이에요</h1>";
    const { text } = strip(source);
    expect(text.split("\n")[0]?.trim()).toBe("");
    expect(text.split("\n")[1]).toBe("<h1>제목 1이에요</h1>");
  });

  it("keeps %% inside inline code (real lines of the help vault)", () => {
    for (const line of [
      "`%%`로 텍스트를 감싸서 주석을 추가할 수 있어요. 주석은 편집 뷰에서만 보여요.",
      "| `%%Text%%`      | [[기본 서식 구문#주석\\|주석]]                                         |",
      "> 다음 문자를 포함하는 문자열은 링크로 작동하지 않을 수 있어요: `# | ^ : %% [[ ]]`.",
      "인라인 ``code with %% inside`` 와 `다른 %%` 코드",
    ]) {
      expect(strip(line)).toEqual({ text: line, comments: [] });
    }
  });

  it("keeps %% inside fenced and indented code blocks", () => {
    const source = "```md\nThis is an %%inline%% comment.\n```\n\n    %% indented code %%\n\n~~~\n%%\n~~~\n";
    expect(strip(source)).toEqual({ text: source, comments: [] });
  });

  it("lets a comment that opens first swallow a code span or fence that starts inside it", () => {
    const source = "보이는 %% 숨김 `코드 %% 보이는 끝` 텍스트";
    const { text, comments } = strip(source);
    expect(comments).toEqual([{ start: 4, end: 16, line: 1, closed: true }]);
    expect(text).toBe("보이는              보이는 끝` 텍스트");
  });

  it("hides an Excalidraw drawing's compressed JSON, a fence inside a comment (real file)", () => {
    const source = fixture("simple_association_uml.excalidraw.md");
    const { text, comments } = strip(source);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.closed).toBe(true);
    expect(source.slice(comments[0]?.start, comments[0]?.end)).toMatch(/^%%\n## Drawing\n```compressed-json\n[\s\S]*\n```\n%%$/);
    expect(text).not.toContain("N4KAkARA");
    expect(text).not.toContain("## Drawing");
    expect(text).toContain("has-a relationship\n(simple association) ^YogneZ8C");
  });

  it("runs an unclosed %% to the end of the note, as Obsidian does", () => {
    const source = "공개 문단\n\n%% 비공개 메모\n\n## 다음 제목\n비공개 본문";
    const { text, comments } = strip(source);
    expect(comments).toEqual([{ start: 7, end: source.length, line: 3, closed: false }]);
    expect(text).toBe(source.replace(/[^\n]/g, " ").replace(/^ {5}/, "공개 문단"));
    expect(texts(text)).toEqual(["공개 문단"]);
  });

  it("pairs %% left to right: the fourth %% of a line opens a new comment", () => {
    const { text, comments } = strip("a %%b%% c %%d%% e %%f");
    expect(comments.map((c) => c.closed)).toEqual([true, true, false]);
    expect(text).toBe("a       c       e    ");
  });

  it("does not open a comment at an escaped \\%%", () => {
    const source = "할인율 50\\%% 표기와 %%숨김%%";
    const { text, comments } = strip(source);
    expect(comments).toHaveLength(1);
    expect(text).toBe("할인율 50\\%% 표기와       ");
    expect(strip("\\\\%%숨김%%").comments).toEqual([{ start: 2, end: 8, line: 1, closed: true }]);
  });

  it("keeps every offset, line and column of the text around comments (Korean, NFD, emoji, CRLF)", () => {
    const nfd = "서버리스 %%메모%% 데이터 **레이크**\r\n\r\n%%\r\n숨김 😀\r\n%%\r\n- 목록 #태그 ^blk".normalize("NFD");
    const { text } = strip(nfd);
    expect(text.length).toBe(nfd.length);
    expect([...text.matchAll(/\r?\n/g)].map((m) => m.index)).toEqual([...nfd.matchAll(/\r?\n/g)].map((m) => m.index));
    const positions = (source: string) =>
      [...walk(parse(source))]
        .filter((n) => n.type === "strong" || n.type === "listItem")
        .map((n) => n.position);
    expect(positions(text)).toEqual(positions(nfd));
    expect(text).not.toContain("메모".normalize("NFD"));
    expect(text).not.toContain("숨김".normalize("NFD"));
  });

  it("moves text left when blanking a comment would turn it into an indented code block", () => {
    const source = "앞 문단\n\n%% TODO: 나중에 정리 %% AWS Glue는 서버리스 ETL 서비스\n\n%%\n숨김\n%%    뒤 문단";
    const { text } = strip(source);
    const lines = text.split("\n");
    expect(lines[2]).toBe("AWS Glue는 서버리스 ETL 서비스" + " ".repeat("%% TODO: 나중에 정리 %% ".length));
    expect(lines[6]).toBe("뒤 문단" + " ".repeat("%%    ".length));
    expect(text.length).toBe(source.length);
    expect([...walk(parse(text))].some((n) => n.type === "code")).toBe(false);
    expect(texts(text)).toEqual(["앞 문단", "AWS Glue는 서버리스 ETL 서비스", "뒤 문단"]);
  });

  it("keeps a list item's own indentation when moving text after a comment", () => {
    const source = "- 항목\n\n  %% 메모 %% 이어지는 문단";
    const { text } = strip(source);
    expect(text.split("\n")[2]).toBe("  이어지는 문단" + " ".repeat("%% 메모 %% ".length));
    expect(texts(text)).toEqual(["항목", "이어지는 문단"]);
  });

  it("keeps the text after a comment inside an ordered list item indented by 4", () => {
    const source = "1. 항목\n\n    %% 메모 %% 이어지는 문단\n\n    %% x %% code";
    const { text } = strip(source);
    expect(text.split("\n")[2]).toBe("    이어지는 문단" + " ".repeat("%% 메모 %% ".length));
    expect(texts(text)).toEqual(["항목", "이어지는 문단", "code"]);
    expect([...walk(parse(text))].some((n) => n.type === "code")).toBe(false);
  });

  it("leaves %% inside an author's indented code block alone", () => {
    const source = "문단\n\n    %% x %% code";
    expect(strip(source)).toEqual({ text: source, comments: [] });
  });

  it("returns the source itself when there is no comment", () => {
    const source = "# 제목\n\n50% 할인, 100 % 확실";
    expect(strip(source)).toEqual({ text: source, comments: [] });
  });

  it("keeps a callout whole around a multi-line comment inside it", () => {
    const source = "> [!tip] 크롤러 팁\n> %%\n> 비공개 메모\n> %%\n> 공개 내용\n\n다음 문단";
    const { text } = strip(source);
    const tree = parse(text);
    expect(tree.children?.map((n) => n.type)).toEqual(["blockquote", "paragraph"]);
    // the comment's lines are blank quote lines now: the title and the body are two paragraphs of one callout
    expect(texts(text)).toEqual(["[!tip] 크롤러 팁", "공개 내용", "다음 문단"]);
  });

  it("keeps the text after a comment in its list item or quote", () => {
    const { text } = strip("- %% 메모 %% 항목 하나\n- 항목 둘\n\n> %% 메모 %% 인용문");
    expect([...walk(parse(text))].some((n) => n.type === "code")).toBe(false);
    expect(texts(text)).toEqual(["항목 하나", "항목 둘", "인용문"]);
  });

  it("does not leave an empty quote behind when a comment that opened outside a quote ends in one", () => {
    const { text } = strip("%% 시작\n> 인용 속 비공개 %%\n보이는 문단");
    expect([...walk(parse(text))].map((n) => n.type)).toEqual(["root", "paragraph", "text"]);
    expect(texts(text)).toEqual(["보이는 문단"]);
  });
});
