import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { setIntrinsicSize, parseViewBox } from "./intrinsicSize";
import { postProcessSvg } from "./postProcess";
import { pruneSvg } from "./pruneSvg";
import { scopeSvgIds } from "./scopeIds";
import { removeStyleElements, stripColourDeclarations, stripInlineColours } from "./stripTheme";
import { GLUE_ARCHITECTURE_LABELS } from "./fixtures/sources";
import { svgTextRuns } from "./svgText";

// Real Mermaid 12 output (render id "mmd") for fixtures/sources.ts GLUE_ARCHITECTURE_KO / KINESIS_EDGE_LABEL.
const glueRaw = readFileSync(new URL("./fixtures/glue.mermaid.svg", import.meta.url), "utf8");
const kinesisRaw = readFileSync(new URL("./fixtures/kinesis.mermaid.svg", import.meta.url), "utf8");

const idsOf = (svg: string): string[] => [...svg.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? "");
const refsOf = (svg: string): string[] => [...svg.matchAll(/url\(#([^)]+)\)|href="#([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? "");

describe("scopeSvgIds", () => {
  it("gives two diagrams disjoint ids and keeps every reference pointing at its own diagram", () => {
    const a = postProcessSvg(glueRaw, { idPrefix: "da1b2c3d4", renderId: "mmd" });
    const b = postProcessSvg(kinesisRaw, { idPrefix: "d9e8f7a6b", renderId: "mmd" });
    const idsA = idsOf(a);
    const idsB = idsOf(b);
    expect(idsA.length).toBeGreaterThan(5);
    expect(new Set(idsA).size).toBe(idsA.length);
    expect(idsA.filter((id) => idsB.includes(id))).toEqual([]);
    expect(idsA.every((id) => id.startsWith("da1b2c3d4"))).toBe(true);
    expect(idsB.every((id) => id.startsWith("d9e8f7a6b"))).toBe(true);
    for (const [svg, ids] of [[a, idsA], [b, idsB]] as const) {
      const refs = refsOf(svg);
      expect(refs.length).toBeGreaterThan(0);
      expect(refs.filter((r) => !ids.includes(r))).toEqual([]);
    }
    expect(idsA).toContain("da1b2c3d4");
    expect(idsA).toContain("da1b2c3d4_flowchart-v2-pointEnd");
    expect(idsA).toContain("da1b2c3d4-flowchart-n0-0");
  });

  it("rewrites id, url(#), href, xlink:href, aria refs and #id selectors, but not colours or label text", () => {
    const svg =
      '<svg id="mmd"><style>#mmd .x{fill:#abc} #mmd_m{stroke:#000000} #other{}</style>' +
      '<marker id="mmd_m"></marker><path marker-end="url(#mmd_m)" style="filter:url(\'#f\')"></path>' +
      '<filter id="f"></filter><use href="#f"></use><use xlink:href="#mmd_m"></use>' +
      '<g aria-labelledby="t mmd_m"><text id="t">id="mmd" url(#mmd_m) #mmd</text></g></svg>';
    const out = scopeSvgIds(svg, "dX", "mmd");
    expect(out).toBe(
      '<svg id="dX"><style>#dX .x{fill:#abc} #dX_m{stroke:#000000} #other{}</style>' +
        '<marker id="dX_m"></marker><path marker-end="url(#dX_m)" style="filter:url(\'#dX-f\')"></path>' +
        '<filter id="dX-f"></filter><use href="#dX-f"></use><use xlink:href="#dX_m"></use>' +
        '<g aria-labelledby="dX-t dX_m"><text id="dX-t">id="mmd" url(#mmd_m) #mmd</text></g></svg>',
    );
  });

  it("falls back to plain prefixing when stripping the render id would merge two ids", () => {
    const out = scopeSvgIds('<svg id="mmd"><g id="mmd-a"></g><g id="a"></g></svg>', "dX", "mmd");
    expect(idsOf(out)).toEqual(["dX-mmd", "dX-mmd-a", "dX-a"]);
  });

  it("returns input without ids unchanged", () => {
    expect(scopeSvgIds("<svg><g></g></svg>", "dX")).toBe("<svg><g></g></svg>");
  });
});

describe("theme stripping", () => {
  it("removes the per-diagram style block and nothing else", () => {
    expect(glueRaw).toContain("<style>");
    const out = removeStyleElements(glueRaw);
    expect(out).not.toMatch(/<style|<\/style>/);
    expect(out).not.toContain("font-family:");
    expect(svgTextRuns(out)).toEqual(svgTextRuns(glueRaw).filter((t) => !t.includes("{")));
  });

  it("drops colour declarations but keeps structure (none, widths, dashes, url paints)", () => {
    expect(stripColourDeclarations("fill:#f9f !important;stroke:#333;stroke-width:4px")).toBe("stroke-width:4px;");
    expect(stripColourDeclarations("fill: none; color: rgb(1, 2, 3); background-color: red")).toBe("fill: none;");
    expect(stripColourDeclarations("stroke: url(#g); stroke-dasharray: 3")).toBe("stroke: url(#g); stroke-dasharray: 3;");
    expect(stripColourDeclarations("color:#000;;")).toBeUndefined();
    expect(
      stripInlineColours('<svg><rect style="fill:#ECECFF;stroke-width:2px" fill="#fff" stroke="none"></rect><path style=""></path></svg>'),
    ).toBe('<svg><rect style="stroke-width:2px;" stroke="none"></rect><path></path></svg>');
  });
});

describe("setIntrinsicSize", () => {
  it("replaces width=100% and max-width with the viewBox size", () => {
    const out = setIntrinsicSize(
      '<svg id="a" width="100%" style="max-width: 483.64453125px; background: x;" viewBox="0 0 483.64453125 394"><g></g></svg>',
    );
    expect(out).toBe('<svg id="a" style="background: x;" viewBox="0 0 483.64453125 394" width="483.65" height="394"><g></g></svg>');
  });

  it("only touches the root svg and leaves svgs without a usable viewBox alone", () => {
    const nested = '<svg viewBox="0 0 10 20"><svg width="100%" viewBox="0 0 1 1"></svg></svg>';
    expect(setIntrinsicSize(nested)).toBe('<svg viewBox="0 0 10 20" width="10" height="20"><svg width="100%" viewBox="0 0 1 1"></svg></svg>');
    expect(setIntrinsicSize('<svg width="100%" viewBox="0 0 0 5"></svg>')).toBe('<svg width="100%" viewBox="0 0 0 5"></svg>');
    expect(parseViewBox("-8 -8 100.5,20")).toEqual({ minX: -8, minY: -8, width: 100.5, height: 20 });
    expect(parseViewBox("0 0 a 1")).toBeUndefined();
  });
});

describe("pruneSvg", () => {
  it("keeps only the markers that edges use and drops empty edge labels", () => {
    const out = pruneSvg(removeStyleElements(kinesisRaw));
    expect(kinesisRaw.match(/<marker /g)?.length).toBe(12);
    expect(out.match(/<marker /g)?.length).toBe(1);
    expect(out).toContain('id="mmd_flowchart-v2-pointEnd"');
    expect(out).not.toContain("drop-shadow");
    expect(out.match(/<g class="edgeLabel"/g)?.length).toBe(1);
    expect(out).not.toContain("data-points");
    expect(out).not.toContain("<rect></rect>");
    expect(out).not.toMatch(/class="[^"]*\b(edge-thickness-normal)\b[^"]*\b\1\b/);
  });

  it("keeps a definition referenced by href and removes emptied wrappers", () => {
    const svg = '<svg><defs><marker id="a"></marker></defs><g><filter id="b"></filter></g><use href="#b"></use></svg>';
    expect(pruneSvg(svg)).toBe('<svg><g><filter id="b"></filter></g><use href="#b"></use></svg>');
  });
});

describe("postProcessSvg on real Mermaid output", () => {
  it("keeps every label as text, including the <small> second lines", () => {
    const out = postProcessSvg(glueRaw, { idPrefix: "da1b2c3d4", renderId: "mmd" });
    expect(svgTextRuns(out)).toEqual(GLUE_ARCHITECTURE_LABELS);
    expect(out).toContain('<span class="label-line">Data Catalog<br><small>메타데이터 저장</small></span>');
    expect(out).toMatch(/^<svg id="da1b2c3d4" [^>]*viewBox="0 0 ([\d.]+) ([\d.]+)"[^>]* width="[\d.]+" height="[\d.]+">/);
    const rootTag = /^<svg[^>]*>/.exec(out)?.[0] ?? "";
    expect(rootTag).not.toMatch(/max-width|width="100%"|style=/);
    expect(out).not.toMatch(/<style|data-look|data-points/);
    // No hard-coded colours left anywhere in the markup.
    expect(out.replace(/>[^<]*</g, "><")).not.toMatch(/#[0-9a-fA-F]{3,8}\b|rgb\(|hsl\(/);
  });

  it("is lean: well under 12 KB gzip for the 6-node diagram", async () => {
    const { gzipSync } = await import("node:zlib");
    const out = postProcessSvg(glueRaw, { idPrefix: "da1b2c3d4", renderId: "mmd" });
    expect(out.length).toBeLessThan(glueRaw.length / 2);
    expect(gzipSync(out).length).toBeLessThan(12 * 1024);
  });

  it("is idempotent in output for the same input (stable cache bytes)", () => {
    const a = postProcessSvg(glueRaw, { idPrefix: "da1b2c3d4", renderId: "mmd" });
    expect(postProcessSvg(glueRaw, { idPrefix: "da1b2c3d4", renderId: "mmd" })).toBe(a);
  });

  it("does not throw on odd input", () => {
    expect(postProcessSvg("", { idPrefix: "dX" })).toBe("");
    expect(postProcessSvg("not svg <g", { idPrefix: "dX" })).toBe("not svg <g");
    expect(postProcessSvg('<svg id="x"><g id="y">', { idPrefix: "dX" })).toBe('<svg id="dX-x"><g id="dX-y">');
  });
});

describe("inlineLabelParagraphs", () => {
  it("makes Mermaid's label paragraphs spans (a <p> inside a <span> is invalid HTML), outside labels nothing changes", async () => {
    const { inlineLabelParagraphs } = await import("./postProcess");
    const svg = '<svg><foreignObject width="10"><div><span class="nodeLabel"><p>람다 함수</p></span></div></foreignObject><text>p</text></svg>';
    expect(inlineLabelParagraphs(svg)).toBe('<svg><foreignObject width="10"><div><span class="nodeLabel"><span class="label-line">람다 함수</span></span></div></foreignObject><text>p</text></svg>');
  });
});
