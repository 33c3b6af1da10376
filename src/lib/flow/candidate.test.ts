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
});
