import { describe, expect, it } from "vitest";
import { buildAliasTable } from "./alias-table";
import { loadSeedNotes } from "./fixtures/seed-notes";
import { resolveWikilink, type WikilinkContext } from "./resolve";
import { findWikilinks } from "./wikilinks";

const notes = loadSeedNotes();
const ctx: WikilinkContext = {
  notesBySlug: new Map(notes.map((n) => [n.slug, n])),
  aliasTable: buildAliasTable(notes).table,
  currentSlug: "datalake-glue-serverless-etl",
};
const resolve = (markdown: string) => findWikilinks(markdown).map((link) => resolveWikilink(link, ctx));

describe("resolveWikilink on the seed notes", () => {
  it("resolves slugs and aliases, keeping what was typed as text", () => {
    expect(resolve("[[aws-glue-serverless-etl]] [[Glue-Crawler]] [[aws-data-pipeline|파이프라인 노트]]")).toEqual([
      { ok: true, slug: "aws-glue-serverless-etl", text: "aws-glue-serverless-etl" },
      { ok: true, slug: "datalake-glue-serverless-etl", text: "Glue-Crawler" },
      { ok: true, slug: "data-pipeline-lambda-integration", text: "파이프라인 노트" },
    ]);
  });

  it("turns a heading into the target note's heading id", () => {
    expect(resolve([
      "[[aws-etl-pipeline-services#🎯 핵심 포인트]]",
      "[[etl#핵심 포인트]]",
      "[[aws-etl-pipeline-services#aws glue가 배치 ETL에 적합한 이유|Glue 배치]]",
      "[[aws-data-pipeline-lecture#AWS Data Pipeline]]",
      "[[aws-data-pipeline-lecture#- ETL은 어떻게 작동하나요?]]",
      "[[aws-glue-serverless-etl#설명#AWS Glue가 ETL 워크로드에 적합한 이유]]",
    ].join("\n"))).toEqual([
      { ok: true, slug: "aws-etl-pipeline-services", anchor: "-핵심-포인트", text: "aws-etl-pipeline-services > 🎯 핵심 포인트" },
      { ok: true, slug: "aws-etl-pipeline-services", anchor: "-핵심-포인트", text: "etl > 핵심 포인트" },
      { ok: true, slug: "aws-etl-pipeline-services", anchor: "aws-glue가-배치-etl에-적합한-이유", text: "Glue 배치" },
      { ok: true, slug: "aws-data-pipeline-lecture", anchor: "aws-data-pipeline", text: "aws-data-pipeline-lecture > AWS Data Pipeline" },
      { ok: true, slug: "aws-data-pipeline-lecture", anchor: "--etl은-어떻게-작동하나요", text: "aws-data-pipeline-lecture > - ETL은 어떻게 작동하나요?" },
      { ok: true, slug: "aws-glue-serverless-etl", anchor: "aws-glue가-etl-워크로드에-적합한-이유", text: "aws-glue-serverless-etl > 설명#AWS Glue가 ETL 워크로드에 적합한 이유" },
    ]);
  });

  it("resolves [[#heading]] in the current note", () => {
    expect(resolve("[[#아키텍처 플로우]] [[#주요개념|개념]]")).toEqual([
      { ok: true, slug: "datalake-glue-serverless-etl", anchor: "아키텍처-플로우", text: "아키텍처 플로우" },
      { ok: true, slug: "datalake-glue-serverless-etl", anchor: "-주요개념", text: "개념" },
    ]);
  });

  it("keeps a slugged anchor with a warning when the heading does not exist", () => {
    expect(resolve("[[serverless-etl#없는 제목 Test]]")).toEqual([{
      ok: true, slug: "datalake-glue-serverless-etl", anchor: "없는-제목-test", text: "serverless-etl > 없는 제목 Test",
      warning: 'heading "없는 제목 Test" not found in content/notes/datalake-glue-serverless-etl.md',
    }]);
  });

  it("reports missing and empty targets with the text to show instead", () => {
    expect(resolve("[[kinesis-deep-dive|키네시스]] [[glue]] [[]] [[|빈 링크]]")).toEqual([
      { ok: false, text: "키네시스", reason: 'no note or alias named "kinesis-deep-dive"' },
      { ok: false, text: "glue", reason: 'no note or alias named "glue"' },
      { ok: false, text: "", reason: "empty wikilink" },
      { ok: false, text: "빈 링크", reason: "empty wikilink" },
    ]);
    expect(resolveWikilink({ target: "" , heading: "x" }, { ...ctx, currentSlug: "deleted-note" })).toEqual(
      { ok: false, text: "x", reason: 'no note or alias named "deleted-note"' },
    );
  });

  it("matches NFD link text against NFC headings and aliases", () => {
    expect(resolve("[[Aws-Glue-Datalake#아키텍처 플로우]]".normalize("NFD"))).toEqual([
      { ok: true, slug: "datalake-glue-serverless-etl", anchor: "아키텍처-플로우", text: "Aws-Glue-Datalake > 아키텍처 플로우".normalize("NFD") },
    ]);
  });
});
