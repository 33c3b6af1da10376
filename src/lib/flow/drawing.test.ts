import { describe, expect, it } from "vitest";
import { splitBlockLines } from "./columns";
import { pictureKind } from "./drawing";
import { fixture, seedBlocks } from "./fixtures/load";

const kind = (text: string) => pictureKind(splitBlockLines(text));

describe("pictureKind", () => {
  it("names the pictures of the en-notes vault", () => {
    expect(kind(fixture("vault-box-namespace.txt"))).toBe("box-drawing"); // ┌─┐ │ Dog ────┼──► │ └─┘
    expect(kind(fixture("vault-branch-decision.txt"))).toBe("box-drawing"); // ├── YES (Hit) → …
    expect(kind(fixture("vault-branch-arrows.txt"))).toBe("box-drawing"); // ├──► __new__()
    expect(kind(fixture("vault-corner-loop.txt"))).toBe("box-drawing"); // └─── Learn / Update Memory
    expect(kind(fixture("vault-tree-package.txt"))).toBe("box-drawing"); // ├── main.py
    expect(kind(fixture("vault-equation.txt"))).toBe("symbol-line"); // SHA-1 / = / Padding / + / …
  });

  it("names Korean-notes pictures: boxes, layers, trees, tables, figures", () => {
    expect(
      Object.fromEntries(
        [
          "korean/art-box-architecture.txt",
          "korean/art-box-single.txt",
          "korean/art-layers.txt",
          "korean/art-double-box.txt",
          "korean/art-rounded-box.txt",
          "korean/art-dashed-box.txt",
          "korean/art-blocks.txt",
          "korean/art-tree-project.txt",
          "korean/art-tree-ascii.txt",
          "korean/art-ascii-table.txt",
          "korean/art-ascii-box-flow.txt",
          "korean/art-md-table.txt",
          "korean/art-diagonal-tree.txt",
          "korean/art-memory.txt",
        ].map((name) => [name, kind(fixture(name))]),
      ),
    ).toEqual({
      "korean/art-box-architecture.txt": "box-drawing",
      "korean/art-box-single.txt": "box-drawing",
      "korean/art-layers.txt": "box-drawing",
      "korean/art-double-box.txt": "box-drawing",
      "korean/art-rounded-box.txt": "box-drawing",
      "korean/art-dashed-box.txt": "box-drawing",
      "korean/art-blocks.txt": "box-drawing",
      "korean/art-tree-project.txt": "box-drawing",
      "korean/art-tree-ascii.txt": "tree",
      "korean/art-ascii-table.txt": "ascii-box",
      "korean/art-ascii-box-flow.txt": "ascii-box",
      "korean/art-md-table.txt": "table",
      "korean/art-diagonal-tree.txt": "diagonal",
      "korean/art-memory.txt": "symbol-line",
    });
  });

  it("sees no picture in flows: the seeds, stems, Unicode shafts, ellipses", () => {
    for (const note of ["datalake-glue-serverless-etl", "aws-etl-pipeline-services", "data-pipeline-lambda-integration", "aws-glue-serverless-etl"]) {
      for (const block of seedBlocks(note)) expect([note, kind(block.text)]).toEqual([note, null]);
    }
    expect(kind(fixture("vault-stem-labels.txt"))).toBeNull(); // Client / │ / │ HTTP Request / ▼ / Server
    expect(kind("생산자 ──▶ 큐 ──→ 소비자\n소비자 ◀── 응답")).toBeNull();
    expect(kind("A\n|\nv\nB\n^\n|\nC")).toBeNull();
    expect(kind("1단계\n↓\n...\n↓\nN단계")).toBeNull();
    expect(kind("S3 (원본 / 가공) → Glue")).toBeNull();
    expect(kind("A ---> B\nC <-- D\nE ==> F")).toBeNull();
  });

  it("treats a box edge or an arrow with the wrong head as drawing", () => {
    expect(kind("A ──> B")).toBe("box-drawing"); // the lexer has no `─…>` arrow: it would become a label
    expect(kind("────────\n제목\n────────")).toBe("box-drawing");
    expect(kind("A → B\n-----\nC → D")).toBe("symbol-line");
  });
});
