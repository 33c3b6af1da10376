import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Nodes, Paragraph, PhrasingContent } from "mdast";
import { markdownToHtml, type MdastPluginDefinition } from "satteri";
import { describe, expect, it } from "vitest";
import { reparseInlineDelimiters, resolveInlineDelimiters } from "./delimiters";
import { containersOf, parse, renderResolved, renderSatteri, resolvedContainers, SITE_FEATURES, toHtml } from "./fixtures/phrasing";

type MdastVisitContext = Parameters<NonNullable<MdastPluginDefinition["paragraph"]>>[1];

interface SpecCase {
  markdown: string;
  html: string;
  from: string;
  note?: string;
}

const cjkCases = JSON.parse(readFileSync(new URL("./fixtures/cjk-friendly-cases.json", import.meta.url), "utf8")) as SpecCase[];
const commonMarkExamples = (createRequire(import.meta.url)("commonmark-spec") as { tests: { markdown: string; example: number; section: string }[] }).tests;
const SEEDS = new URL("../../../content/notes/", import.meta.url);
const seedNotes = readdirSync(SEEDS)
  .filter((name) => name.endsWith(".md"))
  .map((name) => ({ name, markdown: readFileSync(new URL(name, SEEDS), "utf8") }));

const PLAIN_COMMONMARK = { cjkFriendly: false, highlight: false, singleTilde: true } as const;

describe("the CJK-friendly emphasis spec's cases (tats-u/markdown-cjk-friendly)", () => {
  it.each(cjkCases.map((c) => [c.from, c.markdown, c.html] as const))("%s: %s", (_from, markdown, html) => {
    expect(renderResolved(markdown)).toBe(html);
  });

  it("fixes what Sätteri alone leaves unclosed in the Korean cases", () => {
    const korean = cjkCases.filter((c) => c.from.endsWith("korean.md"));
    expect(korean.length).toBe(6);
    for (const { markdown } of korean) expect(renderSatteri(markdown)).toContain("**");
  });

  it("leaves the same lines unchanged with plain CommonMark flanking", () => {
    expect(renderResolved("**스크립트(script)**라고", { cjkFriendly: false })).toBe("**스크립트(script)**라고");
    expect(renderResolved("a~~a()~~あ", { cjkFriendly: false })).toBe("a~~a()~~あ");
  });
});

describe("CommonMark 0.31.2: every spec example", () => {
  it("is rebuilt exactly as Sätteri built it when flanking is plain CommonMark", () => {
    let containers = 0;
    for (const { markdown, example } of commonMarkExamples) {
      for (const container of containersOf(parse(markdown))) {
        const rebuilt = reparseInlineDelimiters(container.children, markdown, PLAIN_COMMONMARK);
        expect(rebuilt, `example ${example}`).toBeDefined();
        expect(toHtml(rebuilt ?? []), `example ${example}: ${JSON.stringify(markdown)}`).toBe(toHtml(container.children));
        containers += 1;
      }
    }
    expect(containers).toBeGreaterThan(600);
  });

  it("is left alone by CJK-friendly flanking, which changes nothing outside CJK text", () => {
    for (const { markdown, example } of commonMarkExamples) {
      for (const { after } of resolvedContainers(markdown, { highlight: false, singleTilde: true })) {
        expect(after, `example ${example}: ${JSON.stringify(markdown)}`).toBeUndefined();
      }
    }
  });

  it("keeps the emphasis section's hard cases (rule of 3, intraword _, nesting)", () => {
    const emphasis = commonMarkExamples.filter((t) => t.section === "Emphasis and strong emphasis");
    expect(emphasis.length).toBeGreaterThan(120);
    for (const { markdown } of emphasis) {
      const rebuilt = containersOf(parse(markdown)).map((c) => toHtml(reparseInlineDelimiters(c.children, markdown) ?? []));
      expect(rebuilt.join("\n")).toBe(renderSatteri(markdown));
    }
  });
});

describe("the seed notes", () => {
  it("close every ** pair that Obsidian closes", () => {
    for (const { name, markdown } of seedNotes) {
      const html = renderResolved(markdown);
      expect(html, name).not.toMatch(/\*\*[^*\n]+\*\*/);
    }
  });

  it("render the seed line 일괄 처리(Batch Processing) as strong", () => {
    const markdown = "- 데이터 파이프라인에는 **일괄 처리(Batch Processing)**와 **스트리밍 처리(Streaming Processing)**의 두 가지 유형이 있다.";
    expect(seedNotes.some((note) => note.markdown.includes(markdown))).toBe(true);
    expect(renderResolved(markdown)).toBe(
      "데이터 파이프라인에는 <strong>일괄 처리(Batch Processing)</strong>와 <strong>스트리밍 처리(Streaming Processing)</strong>의 두 가지 유형이 있다.",
    );
  });

  it("keep a quoted strong inside Korean text", () => {
    expect(renderResolved('대시보드에 "**파이프(배관)**" 역할을 하며')).toBe("대시보드에 &quot;<strong>파이프(배관)</strong>&quot; 역할을 하며");
  });

  it("work the same on NFD-decomposed Korean", () => {
    const nfd = "**일괄 처리(Batch Processing)**와 **스트리밍 처리(Streaming Processing)**의".normalize("NFD");
    expect(renderResolved(nfd).normalize("NFC")).toBe(
      "<strong>일괄 처리(Batch Processing)</strong>와 <strong>스트리밍 처리(Streaming Processing)</strong>의",
    );
  });
});

describe("real lines from the Korean practice vault", () => {
  it.each([
    ["**[[설정]]**을 열어요.", '<strong><a href="설정">설정</a></strong>을 열어요.'],
    [
      "**[[동기화 설정 및 선택적 동기화#충돌 해결|충돌 해결]]**에서 원하는 옵션을 선택해요:",
      '<strong><a href="동기화 설정 및 선택적 동기화#충돌 해결">충돌 해결</a></strong>에서 원하는 옵션을 선택해요:',
    ],
    ["**형식 선택**에서 **OneNote Package (\\*.onepkg)**를 선택해요.", "<strong>형식 선택</strong>에서 <strong>OneNote Package (*.onepkg)</strong>를 선택해요."],
    ["`false`, `null`, 빈 배열 `[]`은 **거짓(falsy)**으로 간주돼요.", "<code>false</code>, <code>null</code>, 빈 배열 <code>[]</code>은 <strong>거짓(falsy)</strong>으로 간주돼요."],
    [
      "**보관함 크기가 한도를 초과했습니다**가 보이지 않으면 ==아직 크기 제한에 도달하지 않은 거예요==.",
      "<strong>보관함 크기가 한도를 초과했습니다</strong>가 보이지 않으면 <mark>아직 크기 제한에 도달하지 않은 거예요</mark>.",
    ],
    ["컨텍스트 메뉴가 나타나요. **보관함 관리하기...**를 선택해요.", "컨텍스트 메뉴가 나타나요. <strong>보관함 관리하기...</strong>를 선택해요."],
    [
      "[[Obsidian Headless]] **(오픈 베타)**를 설치하면",
      '<a href="Obsidian Headless">Obsidian Headless</a> <strong>(오픈 베타)</strong>를 설치하면',
    ],
    [
      "| 좌표는 `위도, 경도` 형식으로 저장돼요. **좌표 복사(Copy coordinates)**를 선택해요. |\n| --- |",
      "좌표는 <code>위도, 경도</code> 형식으로 저장돼요. <strong>좌표 복사(Copy coordinates)</strong>를 선택해요.",
    ],
    [
      "> [!tip]- 기본 위치 변경\n> **[[설정]] → [[설정#파일 및 링크|파일 및 링크]]**에서 바꿀 수 있어요.",
      '[!tip]- 기본 위치 변경\n<strong><a href="설정">설정</a> → <a href="설정#파일 및 링크">파일 및 링크</a></strong>에서 바꿀 수 있어요.',
    ],
  ])("%s", (markdown, html) => {
    expect(renderResolved(markdown)).toBe(html);
  });
});

describe("lines that stay as Sätteri parsed them", () => {
  it.each([
    "a * b * c",
    "2*3*4",
    "snake_case_name",
    "변수_이름_규칙",
    "a == b",
    "if a == b then c",
    "a === b ==== c",
    "C# 와 F#",
    "\\*\\*x\\*\\*",
    "\\*\\*가(a)\\*\\*나",
    "&#42;&#42;가(a)&#42;&#42;나",
    "\\=\\=강조\\=\\=",
    "`**코드(a)**나` 와 `a == b`",
    "$a*b*c$ 와 $x_1 + y_1$",
    '<span title="**(a)**나">**(b)**</span>',
    "[[a_b_c]] 와 [[*별*]]",
    "![**가(a)**나](그림.png)",
    "**굵게**는 이미 닫혀요",
    "x ~~~ y ~~~ z",
    "#1 이슈와 https://example.com/#fragment",
    "",
  ])("%j", (markdown) => {
    for (const { after } of resolvedContainers(markdown)) expect(after).toBeUndefined();
  });

  it("2*3*4 keeps the emphasis CommonMark gives it", () => {
    expect(renderResolved("2*3*4")).toBe("2<em>3</em>4");
  });
});

describe("==highlight==", () => {
  it.each([
    ["==강조==", "<mark>강조</mark>"],
    ["문장 속 ==핵심 용어(key term)==는 노랗게", "문장 속 <mark>핵심 용어(key term)</mark>는 노랗게"],
    ["==**굵은 강조**== 와 **==강조된 굵게==**", "<mark><strong>굵은 강조</strong></mark> 와 <strong><mark>강조된 굵게</mark></strong>"],
    ["==a ==b==", "==a <mark>b</mark>"],
    ["== 공백 == 은 아님", "== 공백 == 은 아님"],
    ["===세 개===", "===세 개==="],
    ["\\==이스케이프==", "==이스케이프=="],
    ["[==링크 속==](https://example.com)", '<a href="https://example.com"><mark>링크 속</mark></a>'],
    ["# 제목 ==강조==", "제목 <mark>강조</mark>"],
    ["| ==셀== |\n| --- |", "<mark>셀</mark>"],
  ])("%j", (markdown, html) => {
    expect(renderResolved(markdown)).toBe(html);
  });

  it("carries data.hName so Sätteri renders <mark>", () => {
    const [container] = resolvedContainers("==강조==");
    expect(container?.after?.[0]).toMatchObject({ type: "highlight", data: { hName: "mark" } });
  });

  it("is plain text when turned off", () => {
    expect(renderResolved("==강조==", { highlight: false })).toBe("==강조==");
  });
});

describe("strikethrough", () => {
  it("takes ~~ next to Korean punctuation", () => {
    expect(renderResolved("~~취소(cancel)~~된 항목")).toBe("<del>취소(cancel)</del>된 항목");
  });

  it("does not strike through Korean ranges written with one tilde (Obsidian needs ~~)", () => {
    const markdown = "보통 1~2일, 길면 3~5일 걸려요";
    expect(renderSatteri(markdown)).toContain("<del>");
    expect(renderResolved(markdown)).toBe(markdown);
  });

  it("keeps GFM's one-tilde strikethrough when asked", () => {
    expect(renderResolved("~한 개~만", { singleTilde: true })).toBe("<del>한 개</del>만");
    expect(renderResolved("보통 1~2일, 길면 3~5일", { singleTilde: true })).toBe("보통 1<del>2일, 길면 3</del>5일");
  });
});

describe("containers and escapes", () => {
  it("aligns text across blockquote and list continuation lines and CRLF", () => {
    expect(renderResolved("> **가(a)**나\r\n> **다(b)**라")).toBe("<strong>가(a)</strong>나\r\n<strong>다(b)</strong>라");
    expect(renderResolved("- 목록 **가(a)\n  나)**다")).toBe("목록 <strong>가(a)\n나)</strong>다");
    expect(renderResolved("1. > **인용(a)**과\n   > 이어짐")).toBe("<strong>인용(a)</strong>과\n이어짐");
  });

  it("recurses into link text, but not into a wikilink's target", () => {
    expect(renderResolved("[**링크(a)**를](https://example.com) 눌러요")).toBe('<a href="https://example.com"><strong>링크(a)</strong>를</a> 눌러요');
    expect(renderResolved("[[노트|**별칭(a)**이]]")).toBe('<a href="노트"><strong>별칭(a)</strong>이</a>');
    expect(renderResolved("**[**a**](b)**를")).toBe('<strong><a href="b"><strong>a</strong></a></strong>를');
  });

  it("lets emphasis span raw HTML, as CommonMark does, without looking inside it", () => {
    expect(renderResolved("<kbd>**</kbd>(a)**나")).toBe("<kbd><strong></kbd>(a)</strong>나");
  });

  it("keeps hard breaks, code and math opaque inside new emphasis", () => {
    expect(renderResolved("**줄바꿈(a)  \n다음 `코드` $x$**와")).toBe("<strong>줄바꿈(a)<br />다음 <code>코드</code> <math>x</math></strong>와");
  });

  it("treats character references and escapes as literal, even as flanking context", () => {
    expect(renderResolved("**별표 &#42;(a)**와")).toBe("<strong>별표 *(a)</strong>와");
    expect(renderResolved("**가(a)\\***나")).toBe("<strong>가(a)*</strong>나");
  });
});

describe("the returned tree", () => {
  const markdown = "첫 줄 **가(a)**나\n둘째 줄 **다(b)**라\n\n> 인용 ==마(c)==바 *사(d)*아\n> 다음 **줄(f)**로\n\n| **표(e)**는 |\n| --- |";

  it("has positions that slice the source as Sätteri's do", () => {
    const lineStarts = [0, ...[...markdown.matchAll(/\n/g)].map((m) => (m.index ?? 0) + 1)];
    const check = (nodes: readonly PhrasingContent[]): number => {
      let count = 0;
      for (const node of nodes) {
        const { start, end } = node.position ?? {};
        expect(start?.offset).toBeDefined();
        for (const point of [start, end]) {
          const line = lineStarts.filter((s) => s <= (point?.offset ?? 0)).length;
          expect(point?.line).toBe(line);
          expect(point?.column).toBe((point?.offset ?? 0) - (lineStarts[line - 1] ?? 0) + 1);
        }
        const slice = markdown.slice(start?.offset, end?.offset);
        if (node.type === "strong") expect(slice).toMatch(/^\*\*.*\*\*$/s);
        if (node.type === "emphasis") expect(slice).toMatch(/^\*[^*].*\*$/s);
        if (node.type === "highlight") expect(slice).toMatch(/^==.*==$/s);
        if (node.type === "text") expect(slice.replace(/\n> /g, "\n")).toBe(node.value);
        if ("children" in node) count += check(node.children);
        count += 1;
      }
      return count;
    };
    const resolved = resolvedContainers(markdown);
    expect(resolved.every(({ after }) => after !== undefined)).toBe(true);
    expect(resolved.reduce((n, { after }) => n + check(after ?? []), 0)).toBeGreaterThan(10);
  });

  it("is stable: resolving the result again changes nothing", () => {
    for (const container of containersOf(parse(markdown))) {
      const once = resolveInlineDelimiters(container.children, markdown);
      expect(once).toBeDefined();
      expect(resolveInlineDelimiters(once ?? [], markdown)).toBeUndefined();
    }
  });

  it("leaves the input tree untouched", () => {
    const tree = parse(markdown);
    const snapshot = structuredClone(tree);
    for (const container of containersOf(tree as Nodes)) resolveInlineDelimiters(container.children, markdown);
    expect(tree).toEqual(snapshot);
  });

  it("keeps nodes another step made without a position, and resolves around them", () => {
    const markdown = "**가(a)**나 그리고 *다(b)*라";
    const [container] = containersOf(parse(markdown));
    const unplaced: PhrasingContent = { type: "text", value: "*별표*" };
    const children = [...(container?.children ?? []), unplaced];
    const resolved = resolveInlineDelimiters(children, markdown);
    expect(toHtml(resolved ?? [])).toBe("<strong>가(a)</strong>나 그리고 <em>다(b)</em>라*별표*");
    expect(resolved?.at(-1)).toBe(unplaced);
  });

  it("gives up (undefined) rather than guess when a text node does not match the source", () => {
    const [container] = containersOf(parse("**가(a)**나"));
    const rewritten = (container?.children ?? []).map((node) => (node.type === "text" ? { ...node, value: "딴 글(x)**다" } : node));
    expect(resolveInlineDelimiters(rewritten, "**가(a)**나")).toBeUndefined();
  });
});

describe("inside a Sätteri mdast plugin", () => {
  // Plugin visitors only see positions when the plugin asks for them.
  const resolveChildren = (node: { children: PhrasingContent[] }, ctx: MdastVisitContext): void => {
    const children = resolveInlineDelimiters(node.children, ctx.source);
    if (children !== undefined) ctx.setProperty(node as Paragraph, "children", children);
  };
  const plugin: MdastPluginDefinition = {
    name: "inline-delimiters",
    options: { position: true },
    paragraph: resolveChildren,
    heading: resolveChildren,
    tableCell: resolveChildren,
  };

  const render = (markdown: string, plugins: MdastPluginDefinition[]): string => {
    const result = markdownToHtml(markdown, { features: SITE_FEATURES, mdastPlugins: plugins });
    if (result instanceof Promise) throw new Error("expected a synchronous render");
    return result.html.trim();
  };

  it("renders strong, mark and del as Obsidian does, frontmatter and all", () => {
    const markdown = "---\ntitle: 예시\n---\n# 제목 **가(a)**나\n\n- **일괄 처리(Batch Processing)**와 ==강조==, 1~2일\n\n> **[[설정]]**을 열어요.\n\n| ~~표(b)~~는 |\n| --- |\n";
    const html = render(markdown, [plugin]);
    expect(html).toContain("<h1>제목 <strong>가(a)</strong>나</h1>");
    expect(html).toContain("<li><strong>일괄 처리(Batch Processing)</strong>와 <mark>강조</mark>, 1~2일</li>");
    expect(html).toContain('<p><strong><a href="%EC%84%A4%EC%A0%95">설정</a></strong>을 열어요.</p>');
    expect(html).toContain("<th><del>표(b)</del>는</th>");
  });

  it("changes nothing without positions (a plugin that does not ask for them)", () => {
    expect(render("**가(a)**나", [{ ...plugin, options: {} }])).toBe("<p>**가(a)**나</p>");
  });
});
