import { describe, it, expect } from "vitest";
import { parseFlowDiagram } from "./parse";
import { isFlowBlockCandidate } from "./candidate";
import { seedBlocks } from "./fixtures/load";
import type { FlowGraph } from "./types";

function parseSeed(note: string, index: number): FlowGraph {
  const block = seedBlocks(note)[index];
  if (block === undefined) throw new Error(`${note} has no block ${index}`);
  expect(isFlowBlockCandidate(block.lang, block.text)).toBe(true);
  const result = parseFlowDiagram(block.text);
  if (!result.ok) throw new Error(`${note}:${result.line}: ${result.reason}`);
  return result.graph;
}

describe("seed diagrams parse exactly", () => {
  it("datalake-glue-serverless-etl: vertical chain with notes, horizontal last row", () => {
    expect(parseSeed("datalake-glue-serverless-etl", 0)).toEqual({
      direction: "TD",
      nodes: [
        { id: "n0", label: "S3 Data Lake", notes: ["Multiple Data Types"] },
        { id: "n1", label: "AWS Glue Crawler", notes: ["Schema Discovery"] },
        { id: "n2", label: "Glue Data Catalog", notes: ["Serverless Metadata Store"] },
        { id: "n3", label: "CloudWatch Events", notes: ["Crawler Completion"] },
        { id: "n4", label: "Lambda Function", notes: ["Event Handler"] },
        { id: "n5", label: "AWS Glue ETL Job", notes: ["Data Processing"] },
        { id: "n6", label: "Processed Data", notes: [] },
        { id: "n7", label: "S3/Data Warehouse", notes: [] },
      ],
      edges: [
        { from: "n0", to: "n1" },
        { from: "n1", to: "n2" },
        { from: "n2", to: "n3" },
        { from: "n3", to: "n4" },
        { from: "n4", to: "n5" },
        { from: "n5", to: "n6" },
        { from: "n6", to: "n7" },
      ],
    } satisfies FlowGraph);
  });

  it("aws-etl-pipeline-services #1: notes with commas", () => {
    expect(parseSeed("aws-etl-pipeline-services", 0)).toEqual({
      direction: "TD",
      nodes: [
        { id: "n0", label: "Data Sources", notes: ["S3, RDS, DynamoDB"] },
        { id: "n1", label: "AWS Glue ETL Job", notes: [] },
        { id: "n2", label: "Transformed Data", notes: ["S3, Redshift"] },
        { id: "n3", label: "ML Training/Analysis", notes: [] },
      ],
      edges: [
        { from: "n0", to: "n1" },
        { from: "n1", to: "n2" },
        { from: "n2", to: "n3" },
      ],
    } satisfies FlowGraph);
  });

  it("aws-etl-pipeline-services #2: edge label after a vertical arrow", () => {
    expect(parseSeed("aws-etl-pipeline-services", 1)).toEqual({
      direction: "TD",
      nodes: [
        { id: "n0", label: "Real-time Data Streams", notes: [] },
        { id: "n1", label: "Kinesis Data Analytics", notes: ["SQL/Java"] },
        { id: "n2", label: "Processed Stream Data", notes: [] },
        { id: "n3", label: "Target Services", notes: ["S3, Lambda, Kinesis Firehose"] },
      ],
      edges: [
        { from: "n0", to: "n1" },
        { from: "n1", to: "n2", label: "filtering, aggregation, transformation" },
        { from: "n2", to: "n3" },
      ],
    } satisfies FlowGraph);
  });

  it("aws-etl-pipeline-services #3: a label with &", () => {
    expect(parseSeed("aws-etl-pipeline-services", 2)).toEqual({
      direction: "TD",
      nodes: [
        { id: "n0", label: "AWS Step Functions", notes: [] },
        { id: "n1", label: "Multiple Services Coordination", notes: [] },
        { id: "n2", label: "Error Handling & Retry Logic", notes: [] },
      ],
      edges: [
        { from: "n0", to: "n1" },
        { from: "n1", to: "n2" },
      ],
    } satisfies FlowGraph);
  });

  it("data-pipeline-lambda-integration: horizontal chain with stacked description rows", () => {
    expect(parseSeed("data-pipeline-lambda-integration", 0)).toEqual({
      direction: "LR",
      nodes: [
        { id: "n0", label: "Amazon RDS", notes: ["원본 데이터"] },
        { id: "n1", label: "AWS Data Pipeline", notes: ["워크플로우 관리", "스케줄링/모니터링"] },
        { id: "n2", label: "AWS Lambda", notes: ["데이터 처리", "변환/계산"] },
        { id: "n3", label: "Amazon S3", notes: ["결과 저장", "최종 데이터"] },
      ],
      edges: [
        { from: "n0", to: "n1" },
        { from: "n1", to: "n2" },
        { from: "n2", to: "n3" },
      ],
    } satisfies FlowGraph);
  });

  it("aws-glue-serverless-etl: brackets, side branches and a column continuing downwards", () => {
    expect(parseSeed("aws-glue-serverless-etl", 0)).toEqual({
      direction: "TD",
      nodes: [
        { id: "n0", label: "다양한 데이터 소스", notes: [] },
        { id: "n1", label: "Glue Crawler", notes: [] },
        { id: "n2", label: "Data Catalog", notes: ["메타데이터 저장"] },
        { id: "n3", label: "Glue ETL Job", notes: [] },
        { id: "n4", label: "Apache Spark Engine", notes: ["코드 실행"] },
        { id: "n5", label: "Target Store", notes: ["S3, Redshift, RDS 등"] },
      ],
      edges: [
        { from: "n0", to: "n1" },
        { from: "n1", to: "n2" },
        { from: "n1", to: "n3" },
        { from: "n3", to: "n4" },
        { from: "n3", to: "n5" },
      ],
    } satisfies FlowGraph);
  });

  it("the lecture note has no fenced blocks, so nothing to convert", () => {
    expect(seedBlocks("aws-data-pipeline-lecture")).toEqual([]);
  });
});
