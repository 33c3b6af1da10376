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

  it("draws a pipeline written as arrow-led lines as a vertical flow", () => {
    const block = diagramForBlock(null, "사용자 요청\n  → API Gateway 인증\n  → Lambda 검증\n  → 응답 반환", "다이어그램");
    expect(block).toMatchObject({ ok: true, description: expect.stringContaining("사용자 요청") });
    expect(block?.ok && block.mermaid.startsWith("flowchart TD")).toBe(true);
    expect(block?.ok && block.mermaid.match(/-->/g)?.length).toBe(3);
  });

  it("neither draws nor warns about box drawings and code with a language", () => {
    expect(diagramForBlock(null, "┌────┐     ┌────┐\n│ S3 │ ──▶ │ Glue │\n└────┘     └────┘", "다이어그램")).toBeNull();
    expect(diagramForBlock("python", "a → b", "다이어그램")).toBeNull();
  });
});
