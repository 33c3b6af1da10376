import { describe, expect, it } from "vitest";
import { splitBlockId, standaloneBlockId } from "./block-ids";
import { parse, walk } from "./fixtures/parse";

type Node = ReturnType<typeof parse>;

/** What the caller does: the last child of each paragraph/heading, when it is text. */
function trailingIds(source: string): Array<{ block: string; id: string; text: string }> {
  const found: Array<{ block: string; id: string; text: string }> = [];
  const visit = (node: Node, ancestors: string[]) => {
    if (node.type === "paragraph" || node.type === "heading") {
      const last = node.children?.at(-1);
      const split = last?.type === "text" ? splitBlockId(last.value ?? "") : null;
      if (split) {
        const owner = ancestors.includes("blockquote") ? "blockquote" : ancestors.at(-1) === "listItem" ? "listItem" : node.type;
        found.push({ block: owner, ...split });
      }
    }
    for (const child of node.children ?? []) visit(child, [...ancestors, node.type]);
  };
  visit(parse(source), []);
  return found;
}

/** The standalone `^id` paragraphs of a container and the type of the block each names. */
function standaloneIds(source: string): Array<{ names: string; id: string }> {
  const found: Array<{ names: string; id: string }> = [];
  for (const node of walk(parse(source))) {
    node.children?.forEach((child, i) => {
      if (child.type !== "paragraph" || child.children?.length !== 1 || child.children[0]?.type !== "text") return;
      const id = standaloneBlockId(child.children[0].value ?? "");
      const before = node.children?.[i - 1];
      if (id && before) found.push({ names: before.type, id });
    });
  }
  return found;
}

describe("splitBlockId", () => {
  it("splits the help vault's paragraph ids", () => {
    expect(splitBlockId("The quick purple gem dashes through the paragraph with blazing speed. ^37066d")).toEqual({
      text: "The quick purple gem dashes through the paragraph with blazing speed.",
      id: "37066d",
    });
    expect(splitBlockId("Copyright (c) 2020, Lucide Contributors ^lucide")).toEqual({ text: "Copyright (c) 2020, Lucide Contributors", id: "lucide" });
    expect(splitBlockId("\n^daily-notes-date")).toEqual({ text: "", id: "daily-notes-date" });
    expect(splitBlockId(" ^a4b3a2")).toEqual({ text: "", id: "a4b3a2" });
    expect(splitBlockId("…병합해요. ^templates-properties  ")).toEqual({ text: "…병합해요.", id: "templates-properties" });
  });

  it("finds ids where the help vault writes them, after Sätteri's parse", () => {
    const source = [
      "_내부 링크_를 사용하여 노트에서 다른 노트로 연결하는 방법을 알아보세요. ^b15695",
      "",
      "기본 날짜 및 시간 형식은 **[[설정]] → 코어 플러그인 → 템플릿 → 날짜 형식**에서 변경할 수 있어요. ^template-settings-date-time-formatting",
      "",
      "Publish 사이트에 **최대 50mb**까지의 파일을 업로드할 수 있어요. ^publish-media-limit",
      "",
      "> [!info] ",
      "> 보관함의 항목이 10,000개에 도달하면 더 간단한 결과 알고리즘으로 전환돼요.",
      "^search-autocomplete-large",
      "",
      "![[daily-notes-and-date-properties.png#interface|300]]",
      "^daily-notes-date",
      "",
      "- argentum<span class='flair'>Team Little Silvers</span> ^a4b3a2",
      "- Gemmy",
      "    $$Paperclip / Pen$$ ",
      "    ^37006f",
      "- Unhelpful assistant",
      "",
      "**할인 자격이 있지만 지난 7일 이내에 구독을 결제한 경우 어떻게 해야 하나요?**",
      "[[도움말 및 지원#Obsidian 지원팀에 문의|Obsidian 지원팀]]에 문의하시면 가능한 옵션을 안내해 드릴게요.",
      "^discount-then-refund",
      "",
      "## 아키텍처 ^arch-heading",
    ].join("\n");
    expect(trailingIds(source)).toEqual([
      // CommonMark does not close `_…_` before 를, so this paragraph is one text node (the CJK emphasis issue)
      { block: "paragraph", id: "b15695", text: "_내부 링크_를 사용하여 노트에서 다른 노트로 연결하는 방법을 알아보세요." },
      { block: "paragraph", id: "template-settings-date-time-formatting", text: "에서 변경할 수 있어요." },
      { block: "paragraph", id: "publish-media-limit", text: "까지의 파일을 업로드할 수 있어요." },
      { block: "blockquote", id: "search-autocomplete-large", text: "[!info]\n보관함의 항목이 10,000개에 도달하면 더 간단한 결과 알고리즘으로 전환돼요." },
      { block: "paragraph", id: "daily-notes-date", text: "" },
      { block: "listItem", id: "a4b3a2", text: "" },
      { block: "listItem", id: "37006f", text: "" },
      { block: "paragraph", id: "discount-then-refund", text: "에 문의하시면 가능한 옵션을 안내해 드릴게요." },
      { block: "heading", id: "arch-heading", text: "아키텍처" },
    ]);
  });

  it("keeps Korean and NFD text before the id intact", () => {
    const nfd = "서버리스 데이터레이크 정리 ^lake-1".normalize("NFD");
    expect(splitBlockId(nfd)).toEqual({ text: "서버리스 데이터레이크 정리".normalize("NFD"), id: "lake-1" });
  });

  it("finds no id where Obsidian sees none", () => {
    for (const text of [
      "^37066d", // the standalone form: see standaloneBlockId
      "[[link]]^abc".slice(8), // after a link without a space, the text node is "^abc"
      "텍스트^abc",
      "값 ^한글아이디",
      "아이디 ^id_with_underscore",
      "아이디 ^id.dot",
      "각주 ^[인라인 각주]",
      "지수 2^10",
      "끝 ^",
      "",
    ]) {
      expect([text, splitBlockId(text)]).toEqual([text, null]);
    }
  });
});

describe("standaloneBlockId", () => {
  it("reads a paragraph that is only ^id", () => {
    expect(standaloneBlockId("^37066f")).toBe("37066f");
    expect(standaloneBlockId("  ^my-list-id \n")).toBe("my-list-id");
    expect(standaloneBlockId("^Ab-09")).toBe("Ab-09");
  });

  it("rejects anything else", () => {
    for (const text of ["text ^id", "^id text", "^", "^한글", "^id^id", "^[각주]", "- ^id"]) {
      expect([text, standaloneBlockId(text)]).toEqual([text, null]);
    }
  });

  it("names the block before it (help vault: a list, a quote; also a table, a code block and math)", () => {
    const source = [
      "- 목록 항목 1",
      "- 목록 항목 2",
      "",
      "^my-list-id",
      "",
      "> The quick purple gem dashes through the paragraph with blazing speed.",
      "",
      "^37066f",
      "",
      "| 서비스 | 용도 |",
      "| --- | --- |",
      "| S3 | 저장 |",
      "",
      "^tbl-services",
      "",
      "```sql",
      "SELECT 1;",
      "```",
      "",
      "^query-1",
      "",
      "$$",
      "E = mc^2",
      "$$",
      "",
      "^formula",
      "",
      "## 아키텍처",
      "",
      "^arch",
      "",
      "^not-an-id",
      "본문이 바로 이어지면 문단의 시작",
    ].join("\n");
    expect(standaloneIds(source)).toEqual([
      { names: "list", id: "my-list-id" },
      { names: "blockquote", id: "37066f" },
      { names: "table", id: "tbl-services" },
      { names: "code", id: "query-1" },
      { names: "math", id: "formula" },
      { names: "heading", id: "arch" },
    ]);
  });
});
