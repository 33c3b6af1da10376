import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DATALAKE_CHAIN, GLUE_ARCHITECTURE_KO, KINESIS_EDGE_LABEL, LAMBDA_PIPELINE_LR } from "./fixtures/sources";
import { diagramKey } from "./key";
import { renderDiagrams } from "./renderDiagrams";

// Timing run, off by default: DIAGRAM_BENCH=1 npx vitest run src/lib/diagrams/bench
const enabled = process.env["DIAGRAM_BENCH"] === "1";
const bases = [GLUE_ARCHITECTURE_KO, KINESIS_EDGE_LABEL, LAMBDA_PIPELINE_LR, DATALAKE_CHAIN];

describe.skipIf(!enabled)("diagram batch timing", () => {
  it("renders 50 diagrams cold, then serves them from cache", async () => {
    const sources = Array.from({ length: 50 }, (_, i) => `${bases[i % bases.length]}\n  z${i}["단계 ${i}<br/><small>검증 ${i}</small>"]\n  n0 --> z${i}`);
    for (const concurrency of [1, 2]) {
      const cacheDir = mkdtempSync(path.join(tmpdir(), "diagrams-bench-"));
      try {
        let t = performance.now();
        const cold = await renderDiagrams(sources, { cacheDir, concurrency });
        const coldMs = performance.now() - t;
        t = performance.now();
        const warm = await renderDiagrams(sources, { cacheDir, concurrency });
        const warmMs = performance.now() - t;
        expect([...cold.values()].every((r) => r.ok)).toBe(true);
        expect(warm).toEqual(cold);
        console.log(
          `concurrency ${concurrency}: cold ${coldMs.toFixed(0)} ms (${(coldMs / 50).toFixed(1)} ms/diagram), ` +
            `cached ${warmMs.toFixed(1)} ms (${(warmMs / 50).toFixed(2)} ms/diagram)`,
        );
      } finally {
        rmSync(cacheDir, { recursive: true, force: true });
      }
    }
    const cacheDir = mkdtempSync(path.join(tmpdir(), "diagrams-bench-"));
    try {
      const sized = await renderDiagrams(bases, { cacheDir });
      for (const [name, src] of [["glue (6 nodes, ko)", GLUE_ARCHITECTURE_KO], ["kinesis (4 nodes, edge label)", KINESIS_EDGE_LABEL], ["lambda LR (4 nodes)", LAMBDA_PIPELINE_LR], ["datalake (9 nodes)", DATALAKE_CHAIN]] as const) {
        const r = sized.get(diagramKey(src));
        if (r?.ok) console.log(`${name}: raw ${r.svg.length} B, gzip ${gzipSync(r.svg).length} B`);
      }
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 300_000);
});
