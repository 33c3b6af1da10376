import { describe, expect, it } from "vitest";
import { buildAliasTable, resolveAlias } from "./alias-table";
import { loadSeedNotes } from "./fixtures/seed-notes";
import type { NoteRef } from "./types";

const note = (slug: string, aliases: string[]): NoteRef => ({
  slug, title: slug, tags: [], aliases, filePath: `content/notes/${slug}.md`, headings: [],
});

describe("buildAliasTable on the seed notes", () => {
  const { table, warnings } = buildAliasTable(loadSeedNotes());
  it("holds every slug and alias without conflicts", () => {
    expect(warnings).toEqual([]);
    expect(table.size).toBe(5 + 9);
    expect(resolveAlias(table, "glue-crawler")).toBe("datalake-glue-serverless-etl");
    expect(resolveAlias(table, "aws-data-pipeline")).toBe("data-pipeline-lambda-integration");
    expect(resolveAlias(table, "data-pipeline")).toBe("aws-etl-pipeline-services");
    expect(resolveAlias(table, "aws-data-pipeline-lecture")).toBe("aws-data-pipeline-lecture");
  });
  it("looks names up case-insensitively, trimmed, and with file-name spellings", () => {
    expect(resolveAlias(table, "  Serverless-ETL ")).toBe("datalake-glue-serverless-etl");
    expect(resolveAlias(table, "AWS-Glue-Serverless-ETL.md")).toBe("aws-glue-serverless-etl");
    expect(resolveAlias(table, "notes/aws-glue-serverless-etl")).toBe("aws-glue-serverless-etl");
    expect(resolveAlias(table, "lambda integration")).toBe("data-pipeline-lambda-integration");
    expect(resolveAlias(table, "glue")).toBeUndefined();
    expect(resolveAlias(table, "")).toBeUndefined();
  });
});

describe("buildAliasTable collisions", () => {
  it("lets a slug beat another note's alias and names both files", () => {
    const { table, warnings } = buildAliasTable([note("b", ["Glue", "a"]), note("a", [])]);
    expect(resolveAlias(table, "a")).toBe("a");
    expect(warnings).toEqual([{
      name: "a",
      files: ["content/notes/b.md", "content/notes/a.md"],
      message: 'alias "a" in content/notes/b.md is the slug of content/notes/a.md; [[a]] links to a',
    }]);
  });

  it("keeps the first note's alias, compared case-insensitively and after NFC", () => {
    const { table, warnings } = buildAliasTable([note("x", ["글루".normalize("NFD"), "ETL"]), note("y", ["etl", "글루"])]);
    expect(resolveAlias(table, "글루")).toBe("x");
    expect(resolveAlias(table, "Etl")).toBe("x");
    expect(warnings.map((w) => [w.name, w.files])).toEqual([
      ["etl", ["content/notes/y.md", "content/notes/x.md"]],
      ["글루", ["content/notes/y.md", "content/notes/x.md"]],
    ]);
    expect(warnings[0]?.message).toBe('alias "etl" in content/notes/y.md is already an alias of content/notes/x.md; [[etl]] links to x');
  });

  it("ignores a note repeating its own slug or alias, and empty aliases", () => {
    const { table, warnings } = buildAliasTable([note("x", ["x", "X", "dup", "dup", " "])]);
    expect(warnings).toEqual([]);
    expect([...table]).toEqual([["x", "x"], ["dup", "x"]]);
  });

  it("warns when two notes' slugs differ only in case", () => {
    const { table, warnings } = buildAliasTable([note("Glue", []), note("glue", [])]);
    expect(resolveAlias(table, "glue")).toBe("Glue");
    expect(warnings.map((w) => w.message)).toEqual([
      'slug "glue" in content/notes/glue.md is the slug of content/notes/Glue.md; [[glue]] links to Glue',
    ]);
  });
});
