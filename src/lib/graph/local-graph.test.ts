import { describe, expect, it } from "vitest";
import { localGraphSvg, pickNeighbours, shortLabel, MAX_NEIGHBOURS, type GraphNeighbour } from "./local-graph";

const n = (title: string, kind: GraphNeighbour["kind"], href = `/notes/${title}/`): GraphNeighbour => ({ title, href, kind });

describe("local graph", () => {
  it("keeps one node per note, links before backlinks before related, at most the maximum", () => {
    const picked = pickNeighbours([n("관련", "related"), n("가리킴", "backlink"), n("링크", "links"), n("링크", "related")]);
    expect(picked.map((p) => [p.title, p.kind])).toEqual([["링크", "links"], ["가리킴", "backlink"], ["관련", "related"]]);
    const many = Array.from({ length: 20 }, (_, i) => n(`노트${i}`, "related"));
    expect(pickNeighbours(many)).toHaveLength(MAX_NEIGHBOURS);
  });

  it("draws a linked SVG with escaped Korean titles, and nothing without neighbours", () => {
    const svg = localGraphSvg("Glue <노트>", [n("데이터 파이프라인 & 람다", "links")], { label: "연결된 노트" });
    expect(svg).toMatch(/^<svg class="local-graph" viewBox="0 0 480 240" role="group" aria-label="연결된 노트">/);
    expect(svg).toContain('<a href="/notes/데이터 파이프라인 &amp; 람다/"');
    expect(svg).toContain("Glue &lt;노트&gt;");
    expect(localGraphSvg("혼자", [], { label: "x" })).toBe("");
  });

  it("shortens long labels by characters, not bytes (Hangul)", () => {
    expect(shortLabel("서버리스 데이터레이크와 이벤트 기반 ETL")).toBe("서버리스 데이터레…");
    expect(shortLabel("짧은 제목")).toBe("짧은 제목");
  });

  it("stays small: of twelve long-titled neighbours it draws eight, under 6 KB", () => {
    const svg = localGraphSvg("가".repeat(40), Array.from({ length: 12 }, (_, i) => n(`${"긴 제목 ".repeat(8)}${i}`, "related")), { label: "연결된 노트" });
    expect(new TextEncoder().encode(svg).length).toBeLessThan(6 * 1024);
  });
});
