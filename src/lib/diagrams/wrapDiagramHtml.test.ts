import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { postProcessSvg } from "./postProcess";
import { svgTextRuns } from "./svgText";
import { escapeHtml } from "../html/escape";
import { overflowClass, wrapDiagramHtml } from "./wrapDiagramHtml";

const glue = postProcessSvg(readFileSync(new URL("./fixtures/glue.mermaid.svg", import.meta.url), "utf8"), {
  idPrefix: "da1b2c3d4",
  renderId: "mmd",
});

// The text diagram from content/notes/aws-glue-serverless-etl.md ("아키텍처 플로우").
const note = readFileSync(new URL("../../../content/notes/aws-glue-serverless-etl.md", import.meta.url), "utf8");
const rawText = /### 아키텍처 플로우\n```\n([\s\S]*?)```/.exec(note)?.[1] ?? "";

describe("wrapDiagramHtml", () => {
  it("builds the figure: scroll box, svg as one named image with a title, escaped original text", () => {
    expect(rawText).toContain("[Glue Crawler] → [Data Catalog] (메타데이터 저장)");
    const html = wrapDiagramHtml(glue, { accessibleName: "AWS Glue 아키텍처 흐름", rawText });
    expect(html.startsWith('<figure class="flow-diagram"><div class="flow-diagram__scroll" tabindex="0"><svg id="da1b2c3d4" ')).toBe(true);
    const rootTag = /<svg[^>]*>/.exec(html)?.[0] ?? "";
    expect(rootTag).toContain('role="img"');
    expect(rootTag).toContain('aria-label="AWS Glue 아키텍처 흐름"');
    expect(rootTag).not.toContain("aria-roledescription");
    expect(rootTag).not.toContain("graphics-document");
    expect(html).toContain(`${rootTag}<title>AWS Glue 아키텍처 흐름</title>`);
    expect(html.endsWith(
      `</svg></div><details class="flow-diagram__source"><summary>원본 보기</summary><pre><code>${escapeHtml(rawText)}</code></pre></details></figure>`,
    )).toBe(true);
    // The labels remain text in the page (search index, find-in-page).
    expect(svgTextRuns(html)).toContain("S3, Redshift, RDS 등");
  });

  it("escapes markup in the name and the raw text", () => {
    const html = wrapDiagramHtml('<svg viewBox="0 0 1 1"></svg>', {
      accessibleName: 'A "B" <C> & D',
      rawText: "<script>alert(1)</script>\n[A] → [B] & 'C'",
    });
    expect(html).toBe(
      '<figure class="flow-diagram"><div class="flow-diagram__scroll" tabindex="0">' +
        '<svg viewBox="0 0 1 1" role="img" aria-label="A &quot;B&quot; &lt;C&gt; &amp; D"><title>A &quot;B&quot; &lt;C&gt; &amp; D</title></svg></div>' +
        '<details class="flow-diagram__source"><summary>원본 보기</summary><pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n[A] → [B] &amp; &#39;C&#39;</code></pre></details></figure>',
    );
  });

  it("keeps an existing title and still shows the source when there is no svg", () => {
    const withTitle = wrapDiagramHtml('<svg role="graphics-document document"><title>T</title><g></g></svg>', {
      accessibleName: "이름",
      rawText: "x",
    });
    expect(withTitle).toContain('<svg role="img" aria-label="이름"><title>T</title><g></g></svg>');
    expect(wrapDiagramHtml("", { accessibleName: "n", rawText: "a → b" })).toBe(
      '<figure class="flow-diagram"><div class="flow-diagram__scroll" tabindex="0"></div><details class="flow-diagram__source"><summary>원본 보기</summary><pre><code>a → b</code></pre></details></figure>',
    );
  });
});

describe("scroll hint", () => {
  const svg = (width: number) => `<svg id="d1" width="${width}" height="100" viewBox="0 0 ${width} 100"><g/></svg>`;
  it("adds the hint and the class of the screens a wide diagram overflows", () => {
    const html = wrapDiagramHtml(svg(802.33), { accessibleName: "흐름도", rawText: "a → b", scrollHint: "옆으로 밀어서 보기" });
    expect(html.startsWith('<figure class="flow-diagram flow-diagram--wide-md">')).toBe(true);
    expect(html).toContain('<p class="flow-diagram__hint"><span>옆으로 밀어서 보기</span></p>');
    const zoom = wrapDiagramHtml(svg(802.33), { accessibleName: "흐름도", rawText: "a → b", scrollHint: "밀기", fullScreenLabel: "크게 보기" });
    expect(zoom).toContain('<span>밀기</span> <button type="button" class="flow-diagram__zoom" data-diagram-zoom hidden>크게 보기</button></p>');
    expect(overflowClass(300)).toBeUndefined();
    expect(overflowClass(400)).toBe("flow-diagram--wide-sm");
    expect(overflowClass(900)).toBe("flow-diagram--wide-all");
  });
  it("adds nothing to a diagram that fits a phone, or without hint text", () => {
    expect(wrapDiagramHtml(svg(300), { accessibleName: "n", rawText: "x", scrollHint: "힌트" })).not.toContain("flow-diagram__hint");
    expect(wrapDiagramHtml(svg(900), { accessibleName: "n", rawText: "x" })).not.toContain("flow-diagram__hint");
  });
});
