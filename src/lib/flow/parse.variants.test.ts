import { describe, it, expect } from "vitest";
import { parseFlowDiagram } from "./parse";
import { edgeNames, fixture, nodeNames } from "./fixtures/load";
import type { FlowGraph, FlowParseFailure } from "./types";

function graphOf(text: string): FlowGraph {
  const result = parseFlowDiagram(text);
  if (!result.ok) throw new Error(`line ${result.line}: ${result.reason}`);
  return result.graph;
}

function shape(text: string): { direction: string; nodes: string[]; edges: string[] } {
  const graph = graphOf(text);
  return { direction: graph.direction, nodes: nodeNames(graph), edges: edgeNames(graph) };
}

describe("ASCII and Unicode arrow variants", () => {
  it("reads -->, -> and => as right arrows", () => {
    expect(shape(fixture("ascii-arrows.txt"))).toEqual({
      direction: "LR",
      nodes: ["Source", "Glue", "Catalog", "Athena"],
      edges: ["Source → Glue", "Glue → Catalog", "Catalog → Athena"],
    });
  });

  it("joins | above v into one down arrow, with a label on the stem", () => {
    expect(shape(fixture("ascii-pipe-v.txt"))).toEqual({
      direction: "TD",
      nodes: ["S3 Bucket", "Glue Crawler", "Data Catalog"],
      edges: ["S3 Bucket → Glue Crawler", "Glue Crawler → Data Catalog : nightly"],
    });
  });

  it("reads ^ above | as an up arrow", () => {
    expect(shape(fixture("ascii-up.txt"))).toEqual({
      direction: "TD",
      nodes: ["Dashboard", "Athena"],
      edges: ["Athena → Dashboard"],
    });
  });

  it("reverses left arrows (← and <-) and up arrows", () => {
    expect(shape(fixture("left-arrows.txt"))).toEqual({
      direction: "LR",
      nodes: ["Amazon S3", "AWS Lambda", "Kinesis Data Streams", "Athena"],
      edges: ["AWS Lambda → Amazon S3", "Kinesis Data Streams → AWS Lambda", "Athena → Amazon S3"],
    });
  });

  it("reads a parenthesised run between two arrows as the edge label", () => {
    expect(shape(fixture("edge-label-inline.txt"))).toEqual({
      direction: "LR",
      nodes: ["Kinesis", "Firehose", "S3"],
      edges: ["Kinesis → Firehose : 버퍼링", "Firehose → S3"],
    });
  });

  it("reads ⇒, ▼, ↔ and box-drawing shafts", () => {
    expect(shape("A ⇒ B ──▶ C ↔ D\n             ▼\n             E")).toEqual({
      direction: "LR",
      nodes: ["A", "B", "C", "D", "E"],
      edges: ["A → B", "B → C", "C → D", "D → C", "D → E"],
    });
  });
});

describe("line endings, tabs, widths and Unicode forms", () => {
  it("accepts CRLF and a BOM, and labels the first edge", () => {
    expect(graphOf(fixture("crlf-bom.txt"))).toEqual({
      direction: "TD",
      nodes: [
        { id: "n0", label: "Real-time Data Streams", notes: [] },
        { id: "n1", label: "Kinesis Data Analytics", notes: ["SQL/Java"] },
        { id: "n2", label: "Target Services", notes: [] },
      ],
      edges: [
        { from: "n0", to: "n1", label: "filtering" },
        { from: "n1", to: "n2" },
      ],
    });
  });

  it("expands tabs to stops of 4 before matching columns", () => {
    // With tabs as one column the second ↓ (column 9 after expansion) would fall under Lambda.
    expect(shape(fixture("tabs.txt"))).toEqual({
      direction: "TD",
      nodes: ["Kinesis", "Lambda", "DynamoDB", "DynamoDB Streams"],
      edges: ["Kinesis → Lambda", "Lambda → DynamoDB", "DynamoDB → DynamoDB Streams"],
    });
  });

  it("measures Hangul as two columns: a ↓ under a Korean label in a later column", () => {
    // In UTF-16 units the ↓ (column 18) would sit under "S3"; in display columns it is under 데이터 처리.
    expect(shape(fixture("mixed-wide.txt"))).toEqual({
      direction: "LR",
      nodes: ["원본 데이터", "데이터 처리", "S3", "결과 저장소"],
      edges: ["원본 데이터 → 데이터 처리", "데이터 처리 → S3", "데이터 처리 → 결과 저장소"],
    });
  });

  it("assigns descriptions under Korean boxes by display column", () => {
    expect(shape(fixture("mixed-wide-fan.txt"))).toEqual({
      direction: "LR",
      nodes: ["수집 단계 [Kinesis]", "변환 [Glue]", "적재 [S3]"],
      edges: ["수집 단계 → 변환", "변환 → 적재"],
    });
  });

  it("normalises NFD Korean to NFC before measuring", () => {
    const text = fixture("nfd-korean.txt");
    expect(text).not.toBe(text.normalize("NFC"));
    expect(shape(text)).toEqual({
      direction: "LR",
      nodes: ["원본 [수집]", "처리 [변환]", "저장 [적재]"],
      edges: ["원본 → 처리", "처리 → 저장"],
    });
  });
});

describe("graph shape rules", () => {
  it("merges a repeated label into one node and keeps both notes", () => {
    expect(shape(fixture("repeated-label.txt"))).toEqual({
      direction: "TD",
      nodes: ["Kinesis Data Streams", "AWS Lambda [변환; 정리]", "Amazon S3"],
      edges: ["Kinesis Data Streams → AWS Lambda", "AWS Lambda → Amazon S3", "Amazon S3 → AWS Lambda"],
    });
  });

  it("keeps quotes, parentheses inside names, &, <, #, backticks and emoji in labels", () => {
    expect(shape(fixture("special-labels.txt"))).toEqual({
      direction: "LR",
      nodes: ['Client "web"', "API [v1 & v2]", "<Queue> #1", 'C# Worker; `batch` 🚀 [처리: "비동기"]'],
      edges: ['Client "web" → API', "API → <Queue> #1", 'Client "web" → C# Worker; `batch` 🚀'],
    });
  });

  it("does not split a name whose parenthesis touches it", () => {
    expect(nodeNames(graphOf("S3(원본) → f(x) → Glue (ETL) (야간)"))).toEqual(["S3(원본)", "f(x)", "Glue [ETL; 야간]"]);
  });

  it("reads a (…)-only row under a box as that box's note", () => {
    expect(shape(fixture("paren-row.txt"))).toEqual({
      direction: "TD",
      nodes: ["AWS Glue [Crawler]", "Data Catalog"],
      edges: ["AWS Glue → Data Catalog"],
    });
  });
});

describe("description rows vs next nodes", () => {
  it("one ↓ under the end of a chain continues the flow (not a description)", () => {
    expect(shape(fixture("fan-single-arrow.txt"))).toEqual({
      direction: "LR",
      nodes: ["Amazon RDS", "AWS Lambda", "Amazon S3", "Amazon Athena"],
      edges: ["Amazon RDS → AWS Lambda", "AWS Lambda → Amazon S3", "Amazon S3 → Amazon Athena"],
    });
  });

  it("[bracketed] boxes under a fan of ↓ are nodes", () => {
    expect(shape(fixture("fan-bracket-rows.txt"))).toEqual({
      direction: "TD",
      nodes: ["Amazon RDS", "AWS Lambda", "Backup", "Amazon S3"],
      edges: ["Amazon RDS → AWS Lambda", "Amazon RDS → Backup", "AWS Lambda → Amazon S3"],
    });
  });

  it("rows under a fan are nodes when another arrow row follows (a grid)", () => {
    expect(shape(fixture("grid.txt"))).toEqual({
      direction: "TD",
      nodes: ["Kinesis", "Lambda", "S3", "DynamoDB", "Athena"],
      edges: ["Kinesis → Lambda", "Kinesis → S3", "Lambda → DynamoDB", "S3 → Athena"],
    });
  });

  it("a fan only under some boxes describes only those boxes", () => {
    const text = [
      "Kinesis → Lambda → DynamoDB → Athena",
      "             ↓                  ↓",
      "          실시간 변환         SQL 조회",
    ].join("\n");
    expect(shape(text)).toEqual({
      direction: "LR",
      nodes: ["Kinesis", "Lambda [실시간 변환]", "DynamoDB", "Athena [SQL 조회]"],
      edges: ["Kinesis → Lambda", "Lambda → DynamoDB", "DynamoDB → Athena"],
    });
  });
});

describe("gen-notes shapes (copied samples)", () => {
  it("kind 0: vertical chain, every box with a note", () => {
    expect(shape(fixture("gen-kind0.txt"))).toEqual({
      direction: "TD",
      nodes: [
        "Kinesis Data Streams [실시간 집계]",
        "Glue Data Catalog [최종 데이터]",
        "SageMaker Training [오류 처리]",
        "Kinesis Data Analytics [최종 데이터]",
        "AWS Glue Crawler [실시간 집계]",
        "AWS Step Functions [워크플로우 관리]",
      ],
      edges: [
        "Kinesis Data Streams → Glue Data Catalog",
        "Glue Data Catalog → SageMaker Training",
        "SageMaker Training → Kinesis Data Analytics",
        "Kinesis Data Analytics → AWS Glue Crawler",
        "AWS Glue Crawler → AWS Step Functions",
      ],
    });
  });

  it("kind 1: one bracketed horizontal chain", () => {
    expect(shape(fixture("gen-kind1.txt"))).toEqual({
      direction: "LR",
      nodes: ["AWS Step Functions", "AWS Data Pipeline", "CloudWatch Events", "Amazon QuickSight", "Kinesis Data Analytics", "Kinesis Data Firehose"],
      edges: [
        "AWS Step Functions → AWS Data Pipeline",
        "AWS Data Pipeline → CloudWatch Events",
        "CloudWatch Events → Amazon QuickSight",
        "Amazon QuickSight → Kinesis Data Analytics",
        "Kinesis Data Analytics → Kinesis Data Firehose",
      ],
    });
  });

  it("kind 2: descriptions padded by UTF-16 length still land under their own box", () => {
    // The Korean notes drift right of their ↓ in display columns; order keeps them matched.
    expect(shape(fixture("gen-kind2-drift.txt"))).toEqual({
      direction: "LR",
      nodes: ["Amazon Redshift [메타데이터 저장]", "Amazon Athena [메타데이터 저장]", "Amazon QuickSight [워크플로우 관리]", "Amazon S3 [실시간 집계]"],
      edges: ["Amazon Redshift → Amazon Athena", "Amazon Athena → Amazon QuickSight", "Amazon QuickSight → Amazon S3"],
    });
    expect(shape(fixture("gen-kind2-two.txt"))).toEqual({
      direction: "LR",
      nodes: ["Amazon Athena [변환/계산]", "AWS Data Pipeline [오류 처리]"],
      edges: ["Amazon Athena → AWS Data Pipeline"],
    });
  });

  it("kind 2: every chain of 2–4 boxes padded the generator's way keeps notes under their boxes", () => {
    // The generator's padding rule (String.length, not display width), restated so nothing is imported.
    const boxes = ["Amazon S3", "AWS Data Pipeline", "Amazon EMR", "Kinesis Data Analytics", "AWS Lambda", "SageMaker Training"];
    const notes = ["원본 데이터", "워크플로우 관리", "변환/계산", "결과 저장", "이벤트 감지", "모델 학습"];
    const drawn = (chain: string[], said: string[]): string =>
      `${chain.join(" → ")}\n${chain.map((x) => "↓".padStart(Math.ceil(x.length / 2)).padEnd(x.length + 3)).join("")}\n` +
      chain.map((x, i) => (said[i] ?? "").padStart(Math.ceil(x.length / 2) + 2).padEnd(x.length + 3)).join("");
    let checked = 0;
    for (let size = 2; size <= 4; size++) {
      for (let shift = 0; shift < boxes.length; shift++) {
        const chain = Array.from({ length: size }, (_, i) => boxes[(shift + i * 5) % boxes.length] ?? "");
        const said = chain.map((_, i) => notes[(shift * 7 + i * 3) % notes.length] ?? "");
        if (new Set(chain).size !== size) continue;
        expect(nodeNames(graphOf(drawn(chain, said)))).toEqual(chain.map((box, i) => `${box} [${said[i]}]`));
        checked++;
      }
    }
    expect(checked).toBe(18);
  });

  it("kind 3: the seed's mixed shape", () => {
    expect(shape(fixture("gen-kind3.txt"))).toEqual({
      direction: "TD",
      nodes: ["Kinesis Data Firehose", "Kinesis Data Streams", "Amazon Redshift [메타데이터 저장]", "Amazon EMR"],
      edges: ["Kinesis Data Firehose → Kinesis Data Streams", "Kinesis Data Streams → Amazon Redshift", "Kinesis Data Streams → Amazon EMR"],
    });
  });
});

describe("failures carry a reason and a 1-based line", () => {
  const failure = (text: string): FlowParseFailure => {
    const result = parseFlowDiagram(text);
    if (result.ok) throw new Error("expected a failure");
    return result;
  };

  it("→ → has nothing on one side", () => {
    expect(failure(fixture("broken-double-arrow.txt"))).toEqual({ ok: false, reason: "arrow has no label on its right", line: 3 });
    expect(failure("→ →")).toEqual({ ok: false, reason: "arrow has no label on its left", line: 1 });
  });

  it("a ↓ with nothing below", () => {
    expect(failure(fixture("broken-dangling-down.txt"))).toEqual({ ok: false, reason: "arrow has no label below it", line: 2 });
  });

  it("a ↓ with nothing above", () => {
    expect(failure("\n  ↓\nAthena")).toEqual({ ok: false, reason: "arrow has no label above it", line: 2 });
  });

  it("a label no arrow reaches", () => {
    expect(failure(fixture("broken-orphan-label.txt"))).toEqual({ ok: false, reason: 'label "파이프라인 구성:" is not connected to any arrow', line: 1 });
  });

  it("a block without arrows", () => {
    expect(failure(fixture("no-arrows.txt"))).toEqual({ ok: false, reason: "no arrows between labels", line: 1 });
    expect(failure("")).toEqual({ ok: false, reason: "no arrows between labels", line: 1 });
  });

  it("a vertical arrow inside a row of labels", () => {
    expect(failure("A → B\nC ↓ → D")).toEqual({ ok: false, reason: "vertical arrow inside a row of labels", line: 2 });
  });

  it("never throws on odd text", () => {
    for (const odd of ["\u0000→\u0000", "((((→))))", "[ → ]", "]]] → [[[", "↓↓↓\n↑↑↑", "\t\t→\r\r", "😀‍🔥 → 👨‍👩‍👧", "->\n<-\n=>"]) {
      expect(() => parseFlowDiagram(odd)).not.toThrow();
    }
  });
});
