import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { diagramKey } from "../lib/diagrams";
import { analyseText } from "../lib/notes/fixtures/seeds";
import { resolveSite } from "../lib/resolve/resolve-site";
import { cachedDiagramKeys, diagramsCached, notesShownBy } from "./diagrams";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const NOTE = "# 파이프라인\n\n```\nS3 → Glue → Athena\n```\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n```js\nconst x = 1;\n```\n";

describe("diagrams in the cache", () => {
  it("are listed from the cache folder, and a note is covered only when every picture it draws is there", async () => {
    const { model } = analyseText("pipeline.md", NOTE);
    const keys = model.codeBlocks.flatMap((block) => (block.role === "diagram" && block.mermaid !== undefined ? [diagramKey(block.mermaid)] : []));
    expect(keys).toHaveLength(2);
    const dir = mkdtempSync(join(tmpdir(), "diagram-cache-"));
    made.push(dir);
    writeFileSync(join(dir, `${keys[0]}.svg`), "<svg></svg>");
    writeFileSync(join(dir, `${keys[1]}.svg.123.tmp`), "<svg>");
    expect(diagramsCached(model, await cachedDiagramKeys(dir))).toBe(false);
    writeFileSync(join(dir, `${keys[1]}.svg`), "<svg></svg>");
    expect(await cachedDiagramKeys(dir)).toEqual(new Set(keys));
    expect(diagramsCached(model, await cachedDiagramKeys(dir))).toBe(true);
  });

  it("are none when the cache folder does not exist yet, which covers only a note without pictures", async () => {
    const none = await cachedDiagramKeys(join(tmpdir(), "no-such-diagram-cache"));
    expect(none.size).toBe(0);
    expect(diagramsCached(analyseText("plain.md", "# 글\n\n본문\n").model, none)).toBe(true);
    expect(diagramsCached(analyseText("pipeline.md", NOTE).model, none)).toBe(false);
  });
});

describe("notes a render shows", () => {
  it("are the notes themselves and every note they embed, at any depth, each once, loops included", () => {
    const texts: Record<string, string> = {
      "편집.md": "# 편집\n\n![[중간]]\n\n[[링크만]]\n",
      "중간.md": "# 중간\n\n![[그림#흐름]]\n\n![[편집]]\n",
      "그림.md": "# 그림\n\n## 흐름\n\n```\nS3 → Glue\n```\n",
      "링크만.md": "# 링크만\n\n```\nA → B\n```\n",
    };
    const site = resolveSite({ notes: Object.entries(texts).map(([path, text]) => analyseText(path, text).model), attachments: [], base: "/" });
    const edited = site.notes.filter((note) => note.model.path === "편집.md");
    expect(notesShownBy(edited, site.byPath).map((model) => model.path).sort()).toEqual(["그림.md", "중간.md", "편집.md"]);
    expect(notesShownBy([], site.byPath)).toEqual([]);
  });
});
