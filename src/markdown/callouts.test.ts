import { readFileSync } from "node:fs";
import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { calloutsPlugin } from "./callouts";

function toHtml(md: string, withCallouts = true): string {
  const result = markdownToHtml(md, withCallouts ? { mdastPlugins: [calloutsPlugin()] } : {});
  // The note renderer runs plugins synchronously; an async result would mean a slow path.
  if (result instanceof Promise) throw new Error("expected a synchronous render");
  return result.html;
}
const render = (md: string): string => toHtml(md);

const fixture = readFileSync(new URL("../lib/callouts/fixtures/callouts.md", import.meta.url), "utf8");
const fixtureBody = fixture.replace(/^---\n[\s\S]*?\n---\n/, "");

describe("calloutsPlugin on the fixture note", () => {
  const html = render(fixtureBody);

  it("renders the whole fixture exactly", () => {
    expect(html).toBe(
      [
        "<h1>Glue 크롤러 노트</h1>",
        '<aside class="callout callout-tip" data-callout="tip" role="note">',
        '<p class="callout-title">Glue 크롤러 주기</p>',
        '<div class="callout-content"><p>크롤러는 스케줄 또는 이벤트로 실행할 수 있다.</p></div>',
        "</aside>",
        "<blockquote>",
        "<p>일반 인용문은 콜아웃이 아니다.",
        "[!note] 두 번째 줄의 마커는 무시된다.</p>",
        "</blockquote>",
        '<details class="callout callout-warning" data-callout="warning">',
        '<summary class="callout-title">주의</summary>',
        '<div class="callout-content"><p>Lambda는 15분을 넘겨 실행할 수 없다.</p></div>',
        "</details>",
        '<details class="callout callout-question" data-callout="faq" open>',
        '<summary class="callout-title">Lambda 15분 제한?</summary>',
        '<div class="callout-content"><aside class="callout callout-info" data-callout="info" role="note">',
        '<p class="callout-title">중첩 콜아웃</p>',
        '<div class="callout-content"><p>내부 내용</p></div>',
        "</aside></div>",
        "</details>",
        '<aside class="callout callout-note" data-callout="aws-exam" role="note">',
        '<p class="callout-title">시험 포인트</p>',
        '<div class="callout-content"><p>알 수 없는 타입은 노트 스타일로 표시된다.</p></div>',
        "</aside>",
        "",
      ].join("\n"),
    );
  });

  it("leaves a blockquote whose marker is not on the first line alone", () => {
    expect(html).toContain("<blockquote>\n<p>일반 인용문은 콜아웃이 아니다.");
    expect(html.match(/<blockquote>/g)).toHaveLength(1);
  });
});

describe("calloutsPlugin", () => {
  it("keeps inline markdown in the title and cuts it at the hard break", () => {
    expect(render("> [!tip] **굵은** `x` 제목  \n> 본문\n> 둘째")).toBe(
      '<aside class="callout callout-tip" data-callout="tip" role="note">\n' +
        '<p class="callout-title"><strong>굵은</strong> <code>x</code> 제목</p>\n' +
        '<div class="callout-content"><p>본문\n둘째</p></div>\n' +
        "</aside>\n",
    );
  });

  it("splits at a backslash hard break too", () => {
    expect(render("> [!tip] 제목\\\n> 본문")).toBe(
      '<aside class="callout callout-tip" data-callout="tip" role="note">\n' +
        '<p class="callout-title">제목</p>\n' +
        '<div class="callout-content"><p>본문</p></div>\n' +
        "</aside>\n",
    );
  });

  it("uses the Korean default title and has no body when there is none", () => {
    expect(render("> [!note]")).toBe(
      '<aside class="callout callout-note" data-callout="note" role="note">\n<p class="callout-title">노트</p>\n</aside>\n',
    );
  });

  it("maps aliases to their kind but keeps the written type", () => {
    expect(render("> [!hint]\n> 힌트")).toBe(
      '<aside class="callout callout-tip" data-callout="hint" role="note">\n' +
        '<p class="callout-title">팁</p>\n' +
        '<div class="callout-content"><p>힌트</p></div>\n' +
        "</aside>\n",
    );
  });

  it("folds with lists and other blocks in the body", () => {
    expect(render("> [!tip]- \n> - a\n> - b\n>\n> 끝")).toBe(
      '<details class="callout callout-tip" data-callout="tip">\n' +
        '<summary class="callout-title">팁</summary>\n' +
        '<div class="callout-content"><ul>\n<li>a</li>\n<li>b</li>\n</ul><p>끝</p></div>\n' +
        "</details>\n",
    );
  });

  it("nests a foldable callout inside a plain one", () => {
    expect(render("> [!x] t\n> > [!y]+ inner\n> > text")).toBe(
      '<aside class="callout callout-note" data-callout="x" role="note">\n' +
        '<p class="callout-title">t</p>\n' +
        '<div class="callout-content"><details class="callout callout-note" data-callout="y" open>\n' +
        '<summary class="callout-title">inner</summary>\n' +
        '<div class="callout-content"><p>text</p></div>\n' +
        "</details></div>\n" +
        "</aside>\n",
    );
  });

  it("gives the same result for CRLF line endings", () => {
    expect(render("> [!tip] 제목\r\n> 본문\r\n")).toBe(render("> [!tip] 제목\n> 본문\n"));
  });

  it("shows an NFD title as NFC", () => {
    const html = render("> [!tip] 핵심 정리\n> 본문".normalize("NFD"));
    expect(html).toContain('<p class="callout-title">핵심 정리</p>');
  });

  it("escapes HTML-looking titles like any other text", () => {
    expect(render("> [!warning] a < b & c")).toContain('<p class="callout-title">a &lt; b &amp; c</p>');
  });

  it.each([
    ["> 그냥 인용문", "<blockquote>\n<p>그냥 인용문</p>\n</blockquote>\n"],
    ["> [tip] 대괄호만", "<blockquote>\n<p>[tip] 대괄호만</p>\n</blockquote>\n"],
    ["> [! tip] 공백", "<blockquote>\n<p>[! tip] 공백</p>\n</blockquote>\n"],
    ["> # 제목\n> [!tip] 둘째 블록", "<blockquote>\n<h1>제목</h1>\n<p>[!tip] 둘째 블록</p>\n</blockquote>\n"],
    [">", "<blockquote>\n</blockquote>\n"],
  ])("leaves %j as a blockquote", (md, want) => {
    expect(render(md)).toBe(want);
  });

  it("does not touch a seed note without callouts", () => {
    const seed = readFileSync(new URL("../../content/notes/aws-glue-serverless-etl.md", import.meta.url), "utf8");
    expect(render(seed)).toBe(toHtml(seed, false));
  });
});
