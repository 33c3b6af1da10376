import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cachePath, readCachedSvg, writeCachedSvg } from "./cache";
import { DATALAKE_CHAIN, GLUE_ARCHITECTURE_KO, INVALID_SOURCE, KINESIS_EDGE_LABEL } from "./fixtures/sources";
import { diagramKey, idPrefixForKey, rendererVersion } from "./key";
import { renderDiagrams } from "./renderDiagrams";
import type { BatchRenderer } from "./types";

const glueRaw = readFileSync(new URL("./fixtures/glue.mermaid.svg", import.meta.url), "utf8");

const dirs: string[] = [];
function freshCacheDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "diagrams-cache-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Stands in for Chromium: real Mermaid SVG for every source, a parse error for INVALID_SOURCE. */
function fakeRenderer() {
  const calls: string[][] = [];
  const renderer: BatchRenderer = async (sources, ctx) => {
    calls.push([...sources]);
    expect(ctx.renderId).toBe("mmd");
    return sources.map((s) =>
      s === INVALID_SOURCE ? { ok: false as const, error: "Parse error on line 2:" } : { ok: true as const, svg: glueRaw },
    );
  };
  return { calls, renderer };
}

describe("diagramKey", () => {
  it("is a sha256 over renderer version and source, equal for NFC/NFD and CRLF/LF spellings", () => {
    const key = diagramKey(GLUE_ARCHITECTURE_KO);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(diagramKey(GLUE_ARCHITECTURE_KO.normalize("NFD"))).toBe(key);
    expect(GLUE_ARCHITECTURE_KO.normalize("NFD")).not.toBe(GLUE_ARCHITECTURE_KO);
    expect(diagramKey(GLUE_ARCHITECTURE_KO.replace(/\n/g, "\r\n"))).toBe(key);
    expect(diagramKey(KINESIS_EDGE_LABEL)).not.toBe(key);
    expect(rendererVersion()).toMatch(/^mermaid@12\.\d+\.\d+\|pp@\w+\|pretendard@[\d.]+x[\d.]+\|cfg@[0-9a-f]{12}\|css@[0-9a-f]{12}$/);
    expect(idPrefixForKey(key)).toBe(`d${key.slice(0, 8)}`);
  });
});

describe("renderDiagrams cache", () => {
  it("renders only missing diagrams, once, and never starts the renderer when all are cached", async () => {
    const cacheDir = freshCacheDir();
    const { calls, renderer } = fakeRenderer();
    const sources = [GLUE_ARCHITECTURE_KO, KINESIS_EDGE_LABEL, GLUE_ARCHITECTURE_KO];

    const first = await renderDiagrams(sources, { cacheDir, renderer });
    expect(calls).toEqual([[GLUE_ARCHITECTURE_KO, KINESIS_EDGE_LABEL]]);
    expect([...first.keys()]).toEqual([diagramKey(GLUE_ARCHITECTURE_KO), diagramKey(KINESIS_EDGE_LABEL)]);
    const glue = first.get(diagramKey(GLUE_ARCHITECTURE_KO));
    if (!glue?.ok) throw new Error("expected ok");
    expect(glue.svg.startsWith(`<svg id="${idPrefixForKey(diagramKey(GLUE_ARCHITECTURE_KO))}"`)).toBe(true);
    expect(readFileSync(cachePath(cacheDir, diagramKey(GLUE_ARCHITECTURE_KO)), "utf8")).toBe(glue.svg);

    const second = await renderDiagrams(sources, { cacheDir, renderer });
    expect(calls.length).toBe(1);
    expect(second).toEqual(first);

    // A new diagram alongside cached ones: only it is rendered.
    await renderDiagrams([...sources, DATALAKE_CHAIN], { cacheDir, renderer });
    expect(calls).toEqual([[GLUE_ARCHITECTURE_KO, KINESIS_EDGE_LABEL], [DATALAKE_CHAIN]]);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("returns failures without caching them, so the next build retries", async () => {
    const cacheDir = freshCacheDir();
    const { calls, renderer } = fakeRenderer();
    const first = await renderDiagrams([INVALID_SOURCE, GLUE_ARCHITECTURE_KO], { cacheDir, renderer });
    expect(first.get(diagramKey(INVALID_SOURCE))).toEqual({ ok: false, error: "Parse error on line 2:" });
    expect(readdirSync(cacheDir)).toEqual([`${diagramKey(GLUE_ARCHITECTURE_KO)}.svg`]);
    await renderDiagrams([INVALID_SOURCE, GLUE_ARCHITECTURE_KO], { cacheDir, renderer });
    expect(calls).toEqual([[INVALID_SOURCE, GLUE_ARCHITECTURE_KO], [INVALID_SOURCE]]);
  });

  it("turns a crashing renderer into per-diagram errors instead of throwing", async () => {
    const cacheDir = freshCacheDir();
    const logs: string[] = [];
    const result = await renderDiagrams([GLUE_ARCHITECTURE_KO], {
      cacheDir,
      log: (m) => logs.push(m),
      renderer: async () => {
        throw new Error("Executable doesn't exist at /nope");
      },
    });
    expect(result.get(diagramKey(GLUE_ARCHITECTURE_KO))).toEqual({
      ok: false,
      error: "diagram renderer failed: Executable doesn't exist at /nope",
    });
    expect(logs).toEqual(["diagram renderer failed: Executable doesn't exist at /nope"]);
  });

  it("finishes and caches each diagram as it is drawn; one drawn before the renderer crashed is kept", async () => {
    const cacheDir = freshCacheDir();
    const result = await renderDiagrams([GLUE_ARCHITECTURE_KO, KINESIS_EDGE_LABEL], {
      cacheDir,
      renderer: async (sources, ctx) => {
        ctx.onResult?.(0, { ok: true, svg: glueRaw });
        // Cached by the time the next diagram is drawn, not at the end of the batch.
        await new Promise((resolve) => setTimeout(resolve, 20));
        expect(readdirSync(cacheDir)).toEqual([`${diagramKey(sources[0]!)}.svg`]);
        throw new Error("browser crashed");
      },
    });
    expect(result.get(diagramKey(GLUE_ARCHITECTURE_KO))?.ok).toBe(true);
    expect(result.get(diagramKey(KINESIS_EDGE_LABEL))).toEqual({ ok: false, error: "diagram renderer failed: browser crashed" });
  });

  it("re-renders a truncated cache file instead of serving it", async () => {
    const cacheDir = freshCacheDir();
    const key = diagramKey(GLUE_ARCHITECTURE_KO);
    writeFileSync(cachePath(cacheDir, key), "<svg id=\"x\"><g>");
    expect(await readCachedSvg(cacheDir, key)).toBeUndefined();
    const { calls, renderer } = fakeRenderer();
    const result = await renderDiagrams([GLUE_ARCHITECTURE_KO], { cacheDir, renderer });
    expect(calls.length).toBe(1);
    expect(result.get(key)?.ok).toBe(true);
  });

  it("writes atomically into a directory it creates", async () => {
    const cacheDir = path.join(freshCacheDir(), "nested", "cache");
    await writeCachedSvg(cacheDir, "k", "<svg></svg>");
    expect(readdirSync(cacheDir)).toEqual(["k.svg"]);
    expect(await readCachedSvg(cacheDir, "k")).toBe("<svg></svg>");
  });

  it("passes the requested concurrency and does nothing for an empty batch", async () => {
    const cacheDir = freshCacheDir();
    let seen = 0;
    const renderer: BatchRenderer = async (sources, ctx) => {
      seen = ctx.concurrency;
      return sources.map(() => ({ ok: true as const, svg: glueRaw }));
    };
    expect((await renderDiagrams([], { cacheDir, renderer })).size).toBe(0);
    expect(seen).toBe(0);
    await renderDiagrams([KINESIS_EDGE_LABEL], { cacheDir, renderer });
    expect(seen).toBe(2);
    await renderDiagrams([DATALAKE_CHAIN], { cacheDir, renderer, concurrency: 3 });
    expect(seen).toBe(3);
  });
});

describe("size limits (issue 17)", () => {
  it("fails an oversized diagram at once, without the renderer, and caches nothing", async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), "diagrams-limits-"));
    try {
      const manyLines = ["flowchart TD", ...Array.from({ length: 400 }, (_, i) => `  n${i}["단계 ${i}"] --> n${i + 1}`)].join("\n");
      const manyChars = `flowchart TD\n  a["${"가".repeat(60_000)}"] --> b`;
      const small = "flowchart TD\n  a --> b";
      const seen: string[] = [];
      const results = await renderDiagrams([manyLines, manyChars, small], {
        cacheDir,
        renderer: async (sources) => {
          seen.push(...sources);
          return sources.map(() => ({ ok: true as const, svg: '<svg id="mmd"><g/></svg>' }));
        },
      });
      expect(results.get(diagramKey(manyLines))).toEqual({ ok: false, error: "diagram too large: 401 lines (limit 300)" });
      expect(results.get(diagramKey(manyChars))).toMatchObject({ ok: false, error: expect.stringMatching(/^diagram too large: 60,0\d\d characters \(limit 50,000\)$/) });
      expect(results.get(diagramKey(small))?.ok).toBe(true);
      expect(seen).toHaveLength(1);
      expect(readdirSync(cacheDir)).toHaveLength(1);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
