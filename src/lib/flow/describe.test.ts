import { describe, it, expect } from "vitest";
import { describeFlow } from "./describe";
import { parseFlowDiagram } from "./parse";
import { fixture, seedBlocks } from "./fixtures/load";
import type { FlowGraph } from "./types";

function graph(text: string): FlowGraph {
  const result = parseFlowDiagram(text);
  if (!result.ok) throw new Error(`line ${result.line}: ${result.reason}`);
  return result.graph;
}

describe("describeFlow", () => {
  it("reads a straight chain", () => {
    const block = seedBlocks("data-pipeline-lambda-integration")[0];
    expect(describeFlow(graph(block?.text ?? ""))).toBe("Amazon RDS → AWS Data Pipeline → AWS Lambda → Amazon S3");
  });

  it("reads edge labels", () => {
    const block = seedBlocks("aws-etl-pipeline-services")[1];
    expect(describeFlow(graph(block?.text ?? ""))).toBe(
      "Real-time Data Streams → Kinesis Data Analytics —filtering, aggregation, transformation→ Processed Stream Data → Target Services",
    );
  });

  it("reads the longest line first, then each branch", () => {
    const block = seedBlocks("aws-glue-serverless-etl")[0];
    expect(describeFlow(graph(block?.text ?? ""))).toBe(
      "다양한 데이터 소스 → Glue Crawler → Glue ETL Job → Apache Spark Engine; Glue Crawler → Data Catalog; Glue ETL Job → Target Store",
    );
  });

  it("terminates on cycles and reports each edge once", () => {
    expect(describeFlow(graph(fixture("repeated-label.txt")))).toBe("Kinesis Data Streams → AWS Lambda → Amazon S3 → AWS Lambda");
    expect(describeFlow(graph("A → B\n↑   ↓\nD ← C"))).toBe("A → B → C → D → A");
  });

  it("lists nodes with no edges and copes with an empty graph", () => {
    expect(describeFlow({ direction: "TD", nodes: [{ id: "n0", label: "Solo", notes: [] }], edges: [] })).toBe("Solo");
    expect(describeFlow({ direction: "TD", nodes: [], edges: [] })).toBe("");
  });
});
