import { describe, expect, it } from "vitest";
import { diagramForBlock } from "./block";

describe("diagramForBlock", () => {
  it("turns an arrow block into Mermaid with a readable description", () => {
    const block = diagramForBlock(null, "Amazon RDS → AWS Lambda → Amazon S3", "다이어그램");
    expect(block).toMatchObject({ ok: true, description: "Amazon RDS → AWS Lambda → Amazon S3" });
    expect(block?.ok && block.mermaid.startsWith("flowchart LR")).toBe(true);
  });

  it("passes authors' mermaid blocks through and leaves other code alone", () => {
    expect(diagramForBlock("mermaid", "graph TD\n  A-->B\n", "다이어그램")).toEqual({ ok: true, mermaid: "graph TD\n  A-->B", description: "다이어그램" });
    expect(diagramForBlock("json", '{"a": "b -> c"}', "다이어그램")).toBeNull();
    expect(diagramForBlock(null, "그냥 텍스트", "다이어그램")).toBeNull();
  });

  it("reports an arrow block it cannot understand, with its line", () => {
    const block = diagramForBlock(null, "A → B\n→ →", "다이어그램");
    expect(block).toMatchObject({ ok: false, line: 2 });
  });
});
