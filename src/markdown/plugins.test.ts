import { markdownToHtml as renderMarkdown, type CompileOptions } from "satteri";
import { describe, expect, it } from "vitest";
import { diagramKey, type DiagramResult } from "../lib/diagrams";
import { diagramForBlock } from "../lib/flow";
import { buildAliasTable, type NoteRef } from "../lib/links";
import type { NoteWarning } from "../lib/notes";
import { flowDiagramsPlugin } from "./flow-diagrams";
import { wikilinksPlugin } from "./wikilinks";

/** Our plugins are synchronous, so the result is too. */
function markdownToHtml(markdown: string, options: CompileOptions): { html: string } {
  const result = renderMarkdown(markdown, options);
  if (result instanceof Promise) throw new Error("a plugin went async");
  return result;
}

const FLOW = "Amazon RDS → AWS Lambda → Amazon S3";
const block = diagramForBlock(null, FLOW, "");
const MERMAID = block?.ok ? block.mermaid : "";
const SVG = '<svg viewBox="0 0 10 10"><g class="node"><text>Amazon RDS</text></g></svg>';

function renderDiagrams(markdown: string, diagrams: Map<string, DiagramResult>) {
  const warnings: NoteWarning[] = [];
  const state = { file: "content/notes/x.md", bodyStartLine: 10, warnings, diagrams };
  const { html } = markdownToHtml(markdown, { mdastPlugins: [flowDiagramsPlugin(state)] });
  return { html, warnings };
}

describe("flowDiagramsPlugin", () => {
  it("swaps an arrow block for its pre-rendered figure, keeping the original text", () => {
    const { html, warnings } = renderDiagrams(`설명\n\n\`\`\`\n${FLOW}\n\`\`\`\n`, new Map([[diagramKey(MERMAID), { ok: true, svg: SVG }]]));
    expect(warnings).toEqual([]);
    expect(html).toContain('<figure class="flow-diagram">');
    expect(html).toContain('aria-label="Amazon RDS → AWS Lambda → Amazon S3"');
    expect(html).toContain("<summary>원본 보기</summary>");
    expect(html).not.toContain("<pre><code>Amazon RDS → AWS Lambda → Amazon S3\n</code></pre>\n<p>");
  });

  it("keeps the code and names the file and line when the diagram could not be drawn", () => {
    const { html, warnings } = renderDiagrams(`설명\n\n\`\`\`\n${FLOW}\n\`\`\`\n`, new Map([[diagramKey(MERMAID), { ok: false, error: "Parse error on line 2\nmore" }]]));
    expect(html).toContain("<code>Amazon RDS → AWS Lambda → Amazon S3");
    expect(warnings).toEqual([{ file: "content/notes/x.md", line: 12, message: "diagram could not be drawn (Parse error on line 2); shown as text" }]);
  });

  it("keeps an arrow block it cannot understand and points at the line", () => {
    const { html, warnings } = renderDiagrams("```\nA → B\n→ →\n```\n", new Map());
    expect(html).toContain("<code>A → B\n→ →");
    expect(warnings).toMatchObject([{ file: "content/notes/x.md", line: 12 }]);
  });

  it("never touches code in another language", () => {
    const { html, warnings } = renderDiagrams('```json\n{"a": "b -> c"}\n```\n', new Map());
    expect(html).toContain("language-json");
    expect(warnings).toEqual([]);
  });
});

describe("wikilinksPlugin", () => {
  const refs: NoteRef[] = [
    { slug: "a", title: "노트 A", tags: [], aliases: ["에이"], filePath: "a.md", headings: [{ depth: 2, slug: "핵심-포인트", text: "🎯 핵심 포인트" }] },
    { slug: "b", title: "노트 B", tags: [], aliases: [], filePath: "b.md", headings: [] },
  ];
  function render(markdown: string) {
    const warnings: NoteWarning[] = [];
    const outgoing = new Set<string>();
    const state = {
      file: "b.md",
      bodyStartLine: 5,
      warnings,
      outgoing,
      links: { notesBySlug: new Map(refs.map((r) => [r.slug, r])), aliasTable: buildAliasTable(refs).table, currentSlug: "b" },
    };
    return { html: markdownToHtml(markdown, { mdastPlugins: [wikilinksPlugin(state)] }).html, warnings, outgoing };
  }

  it("links slugs, aliases, headings and display text, and records the targets", () => {
    const { html, outgoing, warnings } = render("[[a]], [[에이|별칭으로]], [[a#핵심 포인트]]");
    expect(html).toContain('<a href="/notes/a/" class="wikilink">a</a>');
    expect(html).toContain('<a href="/notes/a/" class="wikilink">별칭으로</a>');
    expect(html).toContain('href="/notes/a/#%ED%95%B5%EC%8B%AC-%ED%8F%AC%EC%9D%B8%ED%8A%B8"');
    expect([...outgoing]).toEqual(["a"]);
    expect(warnings).toEqual([]);
  });

  it("marks a missing note without a link and warns with the file line", () => {
    const { html, warnings } = render("첫 줄\n\n없는 [[zzz]] 링크");
    expect(html).toContain('<span class="wikilink wikilink-missing" title="없는 노트">zzz</span>');
    expect(html).not.toContain('href="/notes/zzz/"');
    expect(warnings).toEqual([{ file: "b.md", line: 7, message: 'unresolved link [[zzz]]: no note or alias named "zzz"' }]);
  });

  it("leaves links inside code alone", () => {
    expect(render("`[[a]]`").html).toContain("<code>[[a]]</code>");
  });
});
