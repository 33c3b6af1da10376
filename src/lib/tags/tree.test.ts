import { describe, expect, it } from "vitest";
import { loadSeedNotes, seedTaggedNotes } from "../notes/fixtures/seeds";
import { canonicalTags } from "./canonical";
import { buildTagTree, type TaggedNote, type TagTreeNode } from "./tree";
import { tagSynonyms, type TagSynonyms } from "./synonyms";

const outline = (nodes: TagTreeNode[]): unknown[] =>
  nodes.map((n) => [n.path, n.notes, n.allNotes, n.directCount, n.totalCount, ...(n.children.length ? [outline(n.children)] : [])]);

const note = (id: string, tags: string[], synonyms: TagSynonyms = tagSynonyms): TaggedNote => ({ id, title: id, tags: canonicalTags(tags, synonyms) });

describe("buildTagTree on the seed notes", () => {
  const tree = buildTagTree(seedTaggedNotes());
  const E = "aws-etl-pipeline-services";
  const G = "aws-glue-serverless-etl";
  const P = "data-pipeline-lambda-integration";
  const D = "datalake-glue-serverless-etl";

  it("builds the exact facet tree with direct and total counts", () => {
    expect(outline(tree.roots)).toEqual([
      ["architecture", [], [G, P, D], 0, 3, [
        ["architecture/etl", [P], [P], 1, 1],
        ["architecture/serverless", [D], [D], 1, 1],
        ["architecture/serverless-etl", [G], [G], 1, 1],
      ]],
      ["constraint", [], [E], 0, 1, [["constraint/batch", [E], [E], 1, 1], ["constraint/real-time", [E], [E], 1, 1]]],
      ["engine", [], [G], 0, 1, [["engine/apache-spark", [G], [G], 1, 1]]],
      ["integration", [], [G, P], 0, 2, [["integration/multi-source", [G], [G], 1, 1], ["integration/workflow", [P], [P], 1, 1]]],
      ["pipeline", [], [D], 0, 1, [["pipeline/event-driven", [D], [D], 1, 1]]],
      ["processing", [], [P], 0, 1, [["processing/batch", [P], [P], 1, 1]]],
      ["service", [], [E, G, P, D], 0, 4, [
        ["service/data-pipeline", [P], [P], 1, 1],
        ["service/glue", [E, G, D], [E, G, D], 3, 3],
        ["service/kinesis-data-analytics", [E], [E], 1, 1],
        ["service/lambda", [P], [P], 1, 1],
      ]],
      ["storage", [], [D], 0, 1, [["storage/s3", [D], [D], 1, 1]]],
      ["usecase", [], [E, G, D], 0, 3, [
        ["usecase/data-processing", [E], [E], 1, 1],
        ["usecase/data-warehouse-etl", [G], [G], 1, 1],
        ["usecase/datalake", [D], [D], 1, 1],
      ]],
    ]);
  });

  it("puts all three Glue notes under service/glue although one says service/aws-glue", () => {
    expect(tree.byPath.get("service/glue")?.notes).toEqual([E, G, D]);
    expect(tree.byPath.has("service/aws-glue")).toBe(false);
    expect(loadSeedNotes().find((n) => n.model.path === `${G}.md`)?.model.rawTags).toContain("service/aws-glue");
    expect(tree.tagsByNote.get(G)).toEqual([
      "architecture/serverless-etl", "engine/apache-spark", "integration/multi-source", "service/glue", "usecase/data-warehouse-etl",
    ]);
  });

  it("lists the frontmatter-less lecture as untagged", () => {
    expect(tree.untagged).toEqual(["aws-data-pipeline-lecture"]);
    expect(tree.tagsByNote.get("aws-data-pipeline-lecture")).toEqual([]);
    expect(tree.byPath.size).toBe(9 + 18);
  });
});

describe("buildTagTree variants", () => {
  it("counts a note once when synonyms and case variants of one tag repeat", () => {
    const tree = buildTagTree([note("x", ["service/aws-glue", "service/glue", "#Service/AWS-Glue", "service/amazon-glue"])]);
    expect(tree.byPath.get("service/glue")).toMatchObject({ notes: ["x"], directCount: 1, totalCount: 1 });
    expect(tree.tagsByNote.get("x")).toEqual(["service/glue"]);
  });

  it("unions deep levels, keeps Korean names and ignores unusable tags", () => {
    const tree = buildTagTree([
      note("a", ["학습/비교", "학습/비교/심화", " ", "//"]),
      note("b", ["학습/비교/심화"]),
      note("c", ["학습".normalize("NFD")]),
    ].map((n) => ({ ...n, tags: canonicalTags(n.tags, {}) })));
    const study = tree.byPath.get("학습");
    expect(study).toMatchObject({ name: "학습", depth: 1, notes: ["c"], allNotes: ["a", "b", "c"], directCount: 1, totalCount: 3 });
    expect(tree.byPath.get("학습/비교")).toMatchObject({ notes: ["a"], allNotes: ["a", "b"], totalCount: 2 });
    expect(tree.byPath.get("학습/비교/심화")).toMatchObject({ name: "심화", depth: 3, notes: ["a", "b"], children: [] });
    expect(study?.children.map((c) => c.path)).toEqual(["학습/비교"]);
    expect(tree.untagged).toEqual([]);
  });

  it("sorts children in code-point order (ASCII before Hangul, Hangul in 가나다 order)", () => {
    const tree = buildTagTree([note("a", ["t/하", "t/가", "t/b", "t/A"], {})]);
    expect(tree.byPath.get("t")?.children.map((c) => c.name)).toEqual(["a", "b", "가", "하"]);
  });

  it("returns an empty tree for no notes", () => {
    const tree = buildTagTree([]);
    expect(tree.roots).toEqual([]);
    expect(tree.byPath.size).toBe(0);
  });
});
