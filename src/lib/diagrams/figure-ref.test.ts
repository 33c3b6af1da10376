import { describe, expect, it } from "vitest";
import { diagramRef, expandDiagramRefs } from "./figure-ref";
import { wrapDiagramHtml, type WrapDiagramOptions } from "./wrapDiagramHtml";

const KEY_A = "a".repeat(64);
const KEY_B = "0123456789abcdef".repeat(4);
const SVG_A = '<svg id="d1" width="900" viewBox="0 0 900 40" aria-roledescription="flowchart-v2"><g><text>S3 → 글루</text></g></svg>';
const SVG_B = '<svg width="120" viewBox="0 0 120 40"><title>old</title><text>Athena</text></svg>';
const OPTIONS: WrapDiagramOptions = { accessibleName: '  "S3" & <Glue>  흐름도 ', rawText: "S3 --> Glue", scrollHint: "옆으로 밀어 보세요", fullScreenLabel: "크게 보기" };
const svgOf = (key: string) => ({ [KEY_A]: SVG_A, [KEY_B]: SVG_B })[key];

describe("diagram references", () => {
  it("fill in to the very bytes of the inline figure, whatever the accessible name holds", () => {
    for (const [key, svg] of [[KEY_A, SVG_A], [KEY_B, SVG_B]] as const) {
      for (const name of [OPTIONS.accessibleName, "AWS Glue 아키텍처 흐름도", "it's 'quoted' &amp; done", ""]) {
        const options = { ...OPTIONS, accessibleName: name };
        const byReference = wrapDiagramHtml(svg, options, key);
        expect(byReference).toContain("<kb-diagram ");
        expect(byReference).not.toContain("<svg");
        const expanded = expandDiagramRefs(`<p>앞</p>${byReference}<p>뒤</p>`, svgOf);
        expect(expanded).toEqual({ html: `<p>앞</p>${wrapDiagramHtml(svg, options)}<p>뒤</p>`, missing: [] });
      }
    }
  });

  it("keep the figure's overflow class, worked out from the picture before it left", () => {
    expect(wrapDiagramHtml(SVG_A, OPTIONS, KEY_A)).toContain("flow-diagram--wide-all");
    expect(wrapDiagramHtml(SVG_B, OPTIONS, KEY_B)).not.toContain("flow-diagram--wide");
  });

  it("fill in only the first when asked (a preview's thumbnail)", () => {
    const html = wrapDiagramHtml(SVG_A, OPTIONS, KEY_A) + wrapDiagramHtml(SVG_B, OPTIONS, KEY_B);
    const first = expandDiagramRefs(html, svgOf, { first: true }).html;
    expect(first.match(/<svg/g)).toHaveLength(1);
    expect(first).toContain(`<kb-diagram key="${KEY_B}"`);
  });

  it("report a picture the cache no longer has and leave its box empty, the source text still there", () => {
    const html = wrapDiagramHtml(SVG_A, OPTIONS, KEY_A);
    const expanded = expandDiagramRefs(html, () => undefined);
    expect(expanded.missing).toEqual([KEY_A]);
    expect(expanded.html).not.toContain("kb-diagram");
    expect(expanded.html).toContain("S3 --&gt; Glue");
  });

  it("leave anything that is not exactly a reference alone", () => {
    const lookalikes = [`<kb-diagram key="${KEY_A.slice(1)}" name="x"></kb-diagram>`, `<kb-diagram key="${KEY_A.toUpperCase()}" name="x"></kb-diagram>`, `&lt;kb-diagram key="${KEY_A}"&gt;`];
    for (const html of lookalikes) expect(expandDiagramRefs(html, svgOf)).toEqual({ html, missing: [] });
    expect(diagramRef(KEY_A, 'a"b')).toBe(`<kb-diagram key="${KEY_A}" name="a&quot;b"></kb-diagram>`);
  });

  it("are not made for a picture without an <svg> root: the figure stays as inline (empty)", () => {
    expect(wrapDiagramHtml("<div>x</div>", OPTIONS, KEY_A)).toBe(wrapDiagramHtml("<div>x</div>", OPTIONS));
  });
});
