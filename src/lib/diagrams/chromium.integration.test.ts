import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chromium } from "playwright";
import { resolveDiagramAssets } from "./assets";
import { CHROMIUM_ARGS, createChromiumRenderer, findChromium } from "./browser";
import { GLUE_ARCHITECTURE_KO, GLUE_ARCHITECTURE_LABELS, INVALID_SOURCE, KINESIS_EDGE_LABEL, LAMBDA_PIPELINE_LR, OTHER_MERMAID_KINDS } from "./fixtures/sources";
import { RENDER_ID } from "./config";
import { diagramKey } from "./key";
import { renderDiagrams } from "./renderDiagrams";
import { svgTextRuns } from "./svgText";
import { wrapDiagramHtml } from "./wrapDiagramHtml";
import { misplacedDiagramLabels } from "./label-placement";

// Launches the real headless Chromium (/usr/bin/chromium or CHROMIUM_PATH).
const cacheDir = mkdtempSync(path.join(tmpdir(), "diagrams-it-"));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/**
 * A page styled like the site as a reader without Pretendard sees it: no web font (the site ships
 * none), the system's Korean font, src/styles/diagrams.css and the label rules of diagram-labels.css.
 */
function sitePage(body: string, theme: "light" | "dark"): string {
  const assets = resolveDiagramAssets();
  const css = readFileSync(assets.stylesheetPath, "utf8");
  const labelCss = readFileSync(path.join(path.dirname(assets.stylesheetPath), "diagram-labels.css"), "utf8");
  const bg = theme === "dark" ? "#0f1219" : "#ffffff";
  return `<!doctype html><html lang="ko" data-theme="${theme}"><head><meta charset="utf-8"><style>body{margin:16px;background:${bg};font-family:sans-serif}</style><style>${css}</style><style>${labelCss}</style></head><body>${body}</body></html>`;
}

describe("renderDiagrams with headless Chromium", () => {
  const sources = [GLUE_ARCHITECTURE_KO, KINESIS_EDGE_LABEL, INVALID_SOURCE];
  let results: Awaited<ReturnType<typeof renderDiagrams>>;

  it("renders Korean and edge-label diagrams and reports the invalid one", async () => {
    const logs: string[] = [];
    results = await renderDiagrams(sources, { cacheDir, log: (m) => logs.push(m) });
    expect(results.size).toBe(3);

    const glue = results.get(diagramKey(GLUE_ARCHITECTURE_KO));
    if (!glue?.ok) throw new Error(`glue failed: ${JSON.stringify(glue)}`);
    expect(glue.svg.startsWith("<svg")).toBe(true);
    expect(glue.svg).not.toContain("<style");
    expect(glue.svg).toMatch(/^<svg[^>]* width="\d+(\.\d+)?" height="\d+(\.\d+)?"/);
    expect(glue.svg).not.toContain('width="100%"');
    expect(svgTextRuns(glue.svg)).toEqual(GLUE_ARCHITECTURE_LABELS);
    expect(glue.svg).toContain("<small>메타데이터 저장</small>");

    const kinesis = results.get(diagramKey(KINESIS_EDGE_LABEL));
    if (!kinesis?.ok) throw new Error(`kinesis failed: ${JSON.stringify(kinesis)}`);
    expect(svgTextRuns(kinesis.svg)).toContain("filtering, aggregation, transformation");
    // Exactly one edge label survives pruning (the other two edges have none).
    expect(kinesis.svg.match(/class="edgeLabel"/g)?.length).toBe(2); // the <g> and its inner <span>

    const invalid = results.get(diagramKey(INVALID_SOURCE));
    expect(invalid?.ok).toBe(false);
    if (invalid && !invalid.ok) expect(invalid.error).toMatch(/^Parse error on line \d+:/);

    // Successes are cached, the failure is not.
    const cached = readdirSync(cacheDir).sort();
    expect(cached).toEqual([`${diagramKey(GLUE_ARCHITECTURE_KO)}.svg`, `${diagramKey(KINESIS_EDGE_LABEL)}.svg`].sort());
    expect(logs.some((l) => /^rendered 3 diagram\(s\)/.test(l))).toBe(true);
  }, 60_000);

  it("shows every label unclipped on a site-styled page, in both themes", async () => {
    const glue = results.get(diagramKey(GLUE_ARCHITECTURE_KO));
    const kinesis = results.get(diagramKey(KINESIS_EDGE_LABEL));
    if (!glue?.ok || !kinesis?.ok) throw new Error("render step failed");
    const body =
      wrapDiagramHtml(glue.svg, { accessibleName: "AWS Glue 아키텍처 흐름", rawText: "[Glue Crawler] → [Data Catalog]" }) +
      wrapDiagramHtml(kinesis.svg, { accessibleName: "Kinesis 흐름", rawText: "Real-time Data Streams" });
    const executablePath = findChromium();
    const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
    try {
      for (const theme of ["light", "dark"] as const) {
        const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
        await page.setContent(sitePage(body, theme));
        const usedFonts = await page.evaluate(() => [...document.fonts].map((font) => font.family));
        expect(usedFonts).toEqual([]);
        // This machine's system-ui (DejaVu Sans) is wider than the 10% room: it uses the node's padding.
        const misplaced = await page.evaluate(misplacedDiagramLabels, "body");
        expect(misplaced).toEqual([]);
        // Colours come from the theme variables, so they differ between themes.
        const nodeFill = await page.evaluate(() => getComputedStyle(document.querySelector(".node rect")!).fill);
        expect(nodeFill).toBe(theme === "dark" ? "rgb(35, 40, 55)" : "rgb(243, 245, 251)");
        // Ids stay unique across the two diagrams on one page.
        const duplicateIds = await page.evaluate(() => {
          const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
          return ids.filter((id, i) => ids.indexOf(id) !== i);
        });
        expect(duplicateIds).toEqual([]);
        const shotDir = process.env["DIAGRAM_SCREENSHOT_DIR"];
        if (shotDir) {
          const file = theme === "dark" ? "diagram-check-dark.png" : "diagram-check.png";
          await page.locator("figure").first().screenshot({ path: path.join(shotDir, file) });
        }
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }, 60_000);
});

describe("createChromiumRenderer limits (issue 17)", () => {
  it("reports Mermaid's over-size placeholder as a failure, not a picture", async () => {
    // Straight to the renderer, past renderDiagrams' own size check, as a source Mermaid itself refuses.
    const huge = `flowchart TD\n  a["${"데이터 ".repeat(15_000)}"] --> b`;
    const [result, small] = await createChromiumRenderer()([huge, KINESIS_EDGE_LABEL], { concurrency: 2, log: () => {}, renderId: "mmd" });
    expect(result).toEqual({ ok: false, error: "over Mermaid's maximum text size (it drew a placeholder)" });
    expect(small?.ok).toBe(true);
  }, 60_000);
});

describe("the render page's Mermaid (mermaid-script.ts, seeded randomness)", () => {
  it("draws what Mermaid as published draws, the same whatever was drawn before", async () => {
    const sources = [GLUE_ARCHITECTURE_KO, KINESIS_EDGE_LABEL, LAMBDA_PIPELINE_LR, ...OTHER_MERMAID_KINDS];
    const context = { concurrency: 1, log: () => {}, renderId: RENDER_ID };
    const published = await createChromiumRenderer({ unpatchedMermaid: true })(sources, context);
    const patchedReversed = await createChromiumRenderer()([...sources].reverse(), context);
    expect(published.every((r) => r.ok)).toBe(true);
    expect([...patchedReversed].reverse()).toEqual(published);
  }, 120_000);
});
