import sax from "sax";
import { describe, expect, it } from "vitest";
import { diagramImgHtml, firstDiagramSvg, refersToDiagram, standaloneDiagramSvg } from "./diagram-image";
import { toAnkiTsv } from "./export-anki";

// The shape the site's pipeline writes (Mermaid SVG, HTML-serialised, labels in foreignObject).
const SVG =
  '<svg id="d1" xmlns="http://www.w3.org/2000/svg" class="flowchart" viewBox="0 0 10 20" width="10" height="20" role="img" aria-label="S3 → Glue &amp; Athena">' +
  '<title>S3 → Glue</title><g><foreignObject width="5" height="5"><div xmlns="http://www.w3.org/1999/xhtml"><span class="nodeLabel"><p>S3&nbsp;Lake<br><small>raw</small></p></span></div></foreignObject>' +
  '<svg class="icon"><path d="M0 0"/></svg></g></svg>';
const HTML = `<p>앞</p><pre><svg class="not-this"></svg></pre><figure class="flow-diagram"><div class="flow-diagram__scroll" tabindex="0">${SVG}</div></figure><p>뒤</p>`;

function wellFormed(xml: string): boolean {
  const parser = sax.parser(true);
  let ok = true;
  parser.onerror = () => {
    ok = false;
  };
  try {
    parser.write(xml).close();
  } catch {
    ok = false;
  }
  return ok;
}

describe("refersToDiagram", () => {
  const q = (question: string) => ({ question, options: [{ letter: "A", text: "x" }] });
  it("finds questions about a picture, in Korean and English", () => {
    expect(refersToDiagram(q("위 다이어그램에서 Crawler의 역할은?"))).toBe(true);
    expect(refersToDiagram(q("아키텍처 플로우에서 빠진 단계는?"))).toBe(true);
    expect(refersToDiagram(q("Based on the diagram, which service…"))).toBe(true);
    expect(refersToDiagram(q("Which of the following statements is true regarding AWS Data Pipeline?"))).toBe(false);
  });
});

describe("firstDiagramSvg", () => {
  it("takes the first flow diagram's whole svg, nested svg included, nothing before the figure", () => {
    expect(firstDiagramSvg(HTML)).toBe(SVG);
    expect(firstDiagramSvg("<p>no diagram</p>")).toBeUndefined();
  });
});

describe("standaloneDiagramSvg", () => {
  const css = ".flow-diagram svg { color: red; } /* ]]> */";
  const out = standaloneDiagramSvg(SVG, css);
  it("is well-formed XML (void elements closed, &nbsp; as a number, the CSS in CDATA)", () => {
    expect(wellFormed(SVG)).toBe(false);
    expect(wellFormed(out)).toBe(true);
    expect(out).toContain("<br/>");
    expect(out).toContain("S3&#160;Lake");
  });
  it("wraps the diagram in a themed outer svg of the same size", () => {
    expect(out).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" [^>]*class="flow-diagram" width="10" height="20" role="img" aria-label="S3 → Glue &amp; Athena"><style><!\[CDATA\[/u);
    expect(out).toContain(".flow-diagram svg { color: red; }");
  });
});

describe("a diagram in the Anki file", () => {
  it("goes under the question as a data-URL image, keeping the row one line of three fields", () => {
    const img = diagramImgHtml(standaloneDiagramSvg(SVG, ""), "S3 → Glue\t\"x\"");
    expect(img).toMatch(/^<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="S3 → Glue &quot;x&quot;">$/u);
    const quiz = { question: "위 다이어그램에서?", options: [{ letter: "A", text: "a" }], answers: ["A"], explanations: [], multiple: false };
    const tsv = toAnkiTsv([{ note: "N", url: "", quiz, tags: [], diagram: img }]);
    const rows = tsv.split("\n").slice(3, -1);
    expect(rows).toHaveLength(1);
    const fields = (rows[0] ?? "").split("\t");
    expect(fields).toHaveLength(3);
    expect(fields[0]).toMatch(/^위 다이어그램에서\?<br><br>A\) a<br><br><img src="data:image\/svg\+xml;base64,/u);
    const data = /base64,([^"]+)"/u.exec(fields[0] ?? "")?.[1] ?? "";
    expect(wellFormed(Buffer.from(data, "base64").toString("utf8"))).toBe(true);
  });
});
