import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fencedBlocks } from "./code-blocks";

describe("fencedBlocks", () => {
  it("finds the three diagrams of aws-etl-pipeline-services with their lines", () => {
    const raw = readFileSync(new URL("../../../content/notes/aws-etl-pipeline-services.md", import.meta.url), "utf8");
    const blocks = fencedBlocks(raw);
    expect(blocks.map((b) => [b.lang, b.line])).toEqual([[null, 35], [null, 46], [null, 57]]);
    expect(blocks[2]?.text).toBe("AWS Step Functions\n    ↓\nMultiple Services Coordination\n    ↓\nError Handling & Retry Logic");
  });

  it("reads the language, tilde fences, longer fences and indented fences", () => {
    const md = "~~~json\n{}\n~~~\n\n- 목록\n  ```\n  A → B\n  ```\n\n````text\n```\nX → Y\n````\n";
    expect(fencedBlocks(md)).toEqual([
      { lang: "json", text: "{}", line: 1 },
      { lang: null, text: "A → B", line: 6 },
      { lang: "text", text: "```\nX → Y", line: 10 },
    ]);
  });

  it("keeps an unclosed block to the end", () => {
    expect(fencedBlocks("```\nA → B\r\n")).toEqual([{ lang: null, text: "A → B\n", line: 1 }]);
  });
});
