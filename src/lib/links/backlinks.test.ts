import { describe, expect, it } from "vitest";
import { buildAliasTable } from "./alias-table";
import { buildBacklinks } from "./backlinks";
import { loadSeedNotes } from "./fixtures/seed-notes";
import { resolveWikilink } from "./resolve";
import { findWikilinks } from "./wikilinks";

describe("buildBacklinks", () => {
  it("inverts links, dedupes, sorts and drops self-links", () => {
    const backlinks = buildBacklinks(new Map([
      ["c", ["a", "b", "a", "c"]],
      ["a", ["b", "b"]],
      ["b", []],
      ["d", ["missing", "a"]],
    ]));
    expect([...backlinks]).toEqual([["a", ["c", "d"]], ["b", ["a", "c"]], ["missing", ["d"]]]);
  });

  it("works end to end on seed notes given extra wikilinks", () => {
    const notes = loadSeedNotes();
    const ctx = { notesBySlug: new Map(notes.map((n) => [n.slug, n])), aliasTable: buildAliasTable(notes).table };
    const bodies = new Map([
      ["aws-glue-serverless-etl", "[[glue-crawler]] [[etl#배치]] `[[aws-data-pipeline]]` [[#설명]]"],
      ["datalake-glue-serverless-etl", "[[AWS-Glue-Serverless-ETL]] [[aws-etl-pipeline-services]] [[nowhere]]"],
      ["data-pipeline-lambda-integration", "[[aws-data-pipeline-lecture]] [[data-pipeline]]"],
    ]);
    const linksBySource = new Map([...bodies].map(([slug, body]) => [
      slug,
      findWikilinks(body).flatMap((l) => {
        const r = resolveWikilink(l, { ...ctx, currentSlug: slug });
        return r.ok ? [r.slug] : [];
      }),
    ]));
    expect([...buildBacklinks(linksBySource)]).toEqual([
      ["aws-data-pipeline-lecture", ["data-pipeline-lambda-integration"]],
      ["aws-etl-pipeline-services", ["aws-glue-serverless-etl", "data-pipeline-lambda-integration", "datalake-glue-serverless-etl"]],
      ["aws-glue-serverless-etl", ["datalake-glue-serverless-etl"]],
      ["datalake-glue-serverless-etl", ["aws-glue-serverless-etl"]],
    ]);
  });
});
