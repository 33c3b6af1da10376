import { describe, it, expect } from "vitest";
import { isFlowBlockCandidate } from "./candidate";
import { fixture, seedBlocks } from "./fixtures/load";

describe("isFlowBlockCandidate", () => {
  it("accepts every seed flow block as written (no language)", () => {
    const notes = ["datalake-glue-serverless-etl", "aws-etl-pipeline-services", "data-pipeline-lambda-integration", "aws-glue-serverless-etl"];
    const verdicts = notes.flatMap((note) => seedBlocks(note).map((b) => [note, b.lang, isFlowBlockCandidate(b.lang, b.text)]));
    expect(verdicts).toEqual([
      ["datalake-glue-serverless-etl", "", true],
      ["aws-etl-pipeline-services", "", true],
      ["aws-etl-pipeline-services", "", true],
      ["aws-etl-pipeline-services", "", true],
      ["data-pipeline-lambda-integration", "", true],
      ["aws-glue-serverless-etl", "", true],
    ]);
  });

  it("accepts no language, text and flow, whatever the case, with or without fence meta", () => {
    const text = fixture("gen-kind1.txt");
    for (const lang of [null, undefined, "", "text", "TEXT", "flow", "txt", "text title=x"]) {
      expect(isFlowBlockCandidate(lang, text)).toBe(true);
    }
  });

  it("never converts another language, even with arrows", () => {
    const text = "Source → Glue → S3";
    for (const lang of ["json", "sql", "python", "bash", "sh", "mermaid", "yaml", "js"]) {
      expect(isFlowBlockCandidate(lang, text)).toBe(false);
    }
  });

  it("keeps CLI and code blocks as code", () => {
    for (const name of ["cli-aws.txt", "cli-pipe.txt", "cli-echo.txt", "cli-prompt.txt", "json-arrow.txt"]) {
      expect([name, isFlowBlockCandidate(null, fixture(name))]).toEqual([name, false]);
    }
    for (const text of [
      "$ glue → s3",
      "PS C:\\> Get-Item a -> b",
      "x => x + 1;",
      "const f = (a) => a",
      "a <- c(1, 2); b <- a",
      "if (a == b) -> next",
      "cat file | sort -> out",
      "docker run -it img -> container",
      "<!-- note -->",
    ]) {
      expect([text, isFlowBlockCandidate(null, text)]).toEqual([text, false]);
    }
  });

  it("does not mistake a lowercase label for a command when it is drawn with Unicode arrows", () => {
    expect(isFlowBlockCandidate(null, "source → transform → sink")).toBe(true);
    expect(isFlowBlockCandidate(null, "node a → node b")).toBe(true);
    expect(isFlowBlockCandidate(null, "node a -> node b")).toBe(false);
    expect(isFlowBlockCandidate(null, "make -> deploy")).toBe(true);
  });

  it("needs an arrow between labels", () => {
    expect(isFlowBlockCandidate(null, fixture("no-arrows.txt"))).toBe(false);
    expect(isFlowBlockCandidate(null, "→\n↓")).toBe(false);
    expect(isFlowBlockCandidate(null, "A\n|\nB")).toBe(false); // a bare stem has no direction
    expect(isFlowBlockCandidate(null, "v1 release notes\nvalue v")).toBe(false);
  });

  it("accepts ASCII arrows, | above v and ^ above |", () => {
    expect(isFlowBlockCandidate(null, fixture("ascii-arrows.txt"))).toBe(true);
    expect(isFlowBlockCandidate(null, fixture("ascii-pipe-v.txt"))).toBe(true);
    expect(isFlowBlockCandidate(null, fixture("ascii-up.txt"))).toBe(true);
    expect(isFlowBlockCandidate(null, fixture("left-arrows.txt"))).toBe(true);
    expect(isFlowBlockCandidate(null, "A\nv\nB")).toBe(false); // a lone v is a letter, not an arrow
  });

  it("calls a broken arrow block a candidate so the caller can warn about it", () => {
    expect(isFlowBlockCandidate(null, fixture("broken-double-arrow.txt"))).toBe(true);
  });

  it("handles CRLF, BOM and NFD input", () => {
    expect(isFlowBlockCandidate(null, fixture("crlf-bom.txt"))).toBe(true);
    expect(isFlowBlockCandidate(null, fixture("nfd-korean.txt"))).toBe(true);
  });

  it("leaves the en-notes vault's pictures, lists and ranges as text", () => {
    for (const name of [
      "vault-box-namespace.txt",
      "vault-branch-decision.txt",
      "vault-branch-arrows.txt",
      "vault-corner-loop.txt",
      "vault-tree-package.txt",
      "vault-mapping-http.txt",
      "vault-mapping-indented.txt",
      "vault-range.txt",
      "vault-equation.txt",
    ]) {
      expect([name, isFlowBlockCandidate(null, fixture(name))]).toEqual([name, false]);
      expect([name, isFlowBlockCandidate("text", fixture(name))]).toEqual([name, false]);
    }
  });

  it("leaves Korean-notes box drawings, trees, tables and figures as text, even with arrows between boxes", () => {
    for (const name of [
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
    ]) {
      expect([name, isFlowBlockCandidate(null, fixture(name))]).toEqual([name, false]);
      expect([name, isFlowBlockCandidate(null, fixture(name).normalize("NFD"))]).toEqual([name, false]);
    }
  });

  it("leaves key → value lists, annotated lists and prose with an arrow as text", () => {
    for (const name of ["korean/mapping-korean.txt", "korean/mapping-annotations.txt", "korean/prose-arrow.txt"]) {
      expect([name, isFlowBlockCandidate(null, fixture(name))]).toEqual([name, false]);
    }
    expect(isFlowBlockCandidate(null, "localhost → 127.0.0.1 (IPv4)\nlocalhost → ::1       (IPv6)")).toBe(false);
    expect(isFlowBlockCandidate(null, "t = 0s  → 시작\nt = 2s  → 재개")).toBe(false);
  });

  it("still takes real flows: one line, linked pairs, two chains, stems with labels, leading arrows, A||B labels", () => {
    for (const name of [
      "vault-one-line.txt",
      "vault-two-chains.txt",
      "vault-stem-labels.txt",
      "vault-leading-arrows.txt",
      "vault-pipe-labels.txt",
      "korean/flow-korean-chain.txt",
      "korean/flow-korean-linked-pairs.txt",
      "korean/leading-arrows-korean.txt",
    ]) {
      expect([name, isFlowBlockCandidate(null, fixture(name))]).toEqual([name, true]);
    }
    expect(isFlowBlockCandidate(null, "파이프라인:\nS3 → Glue → Redshift")).toBe(true); // a title line above a flow
    expect(isFlowBlockCandidate(null, "Alice ↔ Bob")).toBe(true);
  });

  it("needs a label with a letter", () => {
    expect(isFlowBlockCandidate(null, "1 → 16")).toBe(false);
    expect(isFlowBlockCandidate(null, "2019 → 2020\n ↓\n2021")).toBe(false);
    expect(isFlowBlockCandidate(null, "1단계 → 2단계")).toBe(true);
  });

  it("still treats shell || and && between commands as code", () => {
    expect(isFlowBlockCandidate(null, "make build || echo 실패 → 알림")).toBe(false);
    expect(isFlowBlockCandidate(null, "npm test && deploy → 운영")).toBe(false);
  });

  it("reads emoji arrows ➡️ ⬅️ as ⬇️ ⬆️ already are", () => {
    expect(isFlowBlockCandidate(null, "S3 ➡️ Glue ➡️ Redshift")).toBe(true);
    expect(isFlowBlockCandidate(null, "응답 ⬅️ Lambda")).toBe(true);
  });

  it("leaves more drawings as text: underscore boxes, git graphs, bare rules, double-line arrows", () => {
    for (const text of [
      " _______      _______\n|  App  | -> |  DB   |\n|_______|    |_______|",
      "* 커밋 C → 배포\n|\\\n| * 커밋 B\n|/\n* 커밋 A",
      "──────────────\n Glue → S3\n──────────────",
      "요청 ═══▶ 응답",
      "│ 사용자 │ ─▶ │ 서버 │\n└────────┘",
    ]) {
      expect([text, isFlowBlockCandidate(null, text)]).toEqual([text, false]);
    }
  });

  it("takes flows with long multi-line labels and many description rows under a fan", () => {
    const fan = ["수집 → 변환 → 적재", " ↓      ↓      ↓", "Kinesis  Glue   Redshift", "실시간   배치    DW", "스트림   Spark   SQL", "로그     정제    분석"].join("\n");
    expect(isFlowBlockCandidate(null, fan)).toBe(true);
    const tall = ["AWS Glue", "(서버리스 ETL)", "(Spark 기반)", "(DPU 과금)", "    ↓", "Amazon S3"].join("\n");
    expect(isFlowBlockCandidate(null, tall)).toBe(true);
    expect(isFlowBlockCandidate(null, "S3 → Glue → Redshift\n주의: DPU 단위로 과금\n재시도는 3회")).toBe(false);
  });
});
