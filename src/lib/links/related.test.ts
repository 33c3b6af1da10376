import { describe, expect, it } from "vitest";
import { ANALYSE_OPTIONS, loadSeedNotes, seedTaggedNotes } from "../notes/fixtures/seeds";
import { canonicalTags } from "../tags/canonical";
import { tagSynonyms } from "../tags/synonyms";
import type { TaggedNote } from "../tags/tree";
import { relatedNotes } from "./related";

const notes = seedTaggedNotes();
const bySlug = (slug: string): TaggedNote => {
  const n = notes.find((x) => x.id === slug);
  if (n === undefined) throw new Error(`no seed ${slug}`);
  return n;
};
const related = (slug: string) => relatedNotes(bySlug(slug), notes).map((r) => [r.id, r.sharedTags]);

describe("relatedNotes on the seed notes", () => {
  // The seeds' only shared canonical tag is service/glue (3 of 5 notes, weight ln(5/3)) once
  // service/aws-glue is folded into it; every other tag is on one note only. So the three Glue
  // notes relate to each other with equal scores, ordered by title: "AWS ETL…" < "AWS Glue…" <
  // "AWS 서버리스…" (E < G < Hangul in code-point order). The facet `service` alone, shared by four
  // notes, relates nothing, so the Data Pipeline + Lambda note and the untagged lecture have none.
  it("ranks the Glue notes by title after equal ln(5/3) scores", () => {
    expect(related("aws-etl-pipeline-services")).toEqual([
      ["aws-glue-serverless-etl", ["service/glue"]],
      ["datalake-glue-serverless-etl", ["service/glue"]],
    ]);
    expect(related("aws-glue-serverless-etl")).toEqual([
      ["aws-etl-pipeline-services", ["service/glue"]],
      ["datalake-glue-serverless-etl", ["service/glue"]],
    ]);
    expect(related("datalake-glue-serverless-etl")).toEqual([
      ["aws-etl-pipeline-services", ["service/glue"]],
      ["aws-glue-serverless-etl", ["service/glue"]],
    ]);
    const [first] = relatedNotes(bySlug("aws-glue-serverless-etl"), notes);
    expect(first?.score).toBeCloseTo(Math.log(5 / 3), 9);
    expect(first?.title).toBe("AWS ETL 서비스와 데이터 파이프라인 구성");
  });

  it("finds nothing for notes sharing only a facet, or no tags", () => {
    expect(related("data-pipeline-lambda-integration")).toEqual([]);
    expect(related("aws-data-pipeline-lecture")).toEqual([]);
  });

  it("folds service/aws-glue even without a synonyms table, by the vendor-prefix rule", () => {
    const plain = loadSeedNotes().map(({ model }) => ({ id: model.path.replace(/\.md$/, ""), title: model.title, tags: canonicalTags(model.rawTags, {}) }));
    expect(ANALYSE_OPTIONS.synonyms).toBe(tagSynonyms);
    expect(relatedNotes(plain.find((n) => n.id === "aws-glue-serverless-etl") as TaggedNote, plain).map((r) => r.id)).toEqual(
      ["aws-etl-pipeline-services", "datalake-glue-serverless-etl"],
    );
  });
});

describe("relatedNotes ranking", () => {
  const n = (id: string, title: string, tags: string[]): TaggedNote => ({ id, title, tags: canonicalTags(tags, tagSynonyms) });
  const pool = [
    n("me", "나", ["service/glue", "service/lambda", "usecase/datalake", "engine/apache-spark"]),
    n("common1", "가 흔한 태그 둘", ["service/glue", "service/lambda"]),
    n("rare", "희귀 태그 하나", ["engine/apache-spark"]),
    n("common2", "나 흔한 태그 하나", ["service/aws-glue"]),
    n("facet", "같은 facet만", ["service/s3", "usecase/log-analytics"]),
    n("filler1", "f1", ["service/glue", "service/lambda", "usecase/datalake"]),
    n("filler2", "f2", ["service/glue", "service/lambda", "usecase/datalake"]),
    n("filler3", "f3", ["service/glue"]),
  ];
  it("weights rare tags above several common ones and breaks ties by title", () => {
    // N = 8. df: glue 6 → ln(8/6)=0.288, lambda 4 → 0.693, datalake 3 → 0.981, apache-spark 2 → 1.386.
    const result = relatedNotes(pool[0] as TaggedNote, pool, { limit: 4 });
    expect(result.map((r) => [r.id, r.sharedTags, Number(r.score.toFixed(3))])).toEqual([
      ["filler1", ["usecase/datalake", "service/lambda", "service/glue"], 1.962],
      ["filler2", ["usecase/datalake", "service/lambda", "service/glue"], 1.962],
      ["rare", ["engine/apache-spark"], 1.386],
      ["common1", ["service/lambda", "service/glue"], 0.981],
    ]);
    expect(relatedNotes(pool[0] as TaggedNote, pool).map((r) => r.id)).toEqual(
      // filler3 and common2 tie on glue alone; "f3" sorts before the Hangul title "나 흔한 태그 하나".
      ["filler1", "filler2", "rare", "common1", "filler3"],
    );
    expect(relatedNotes(pool[0] as TaggedNote, pool, { limit: 0 })).toEqual([]);
  });

  it("gives a tag on every note no weight", () => {
    const all = [n("a", "a", ["x/y"]), n("b", "b", ["x/y"])];
    expect(relatedNotes(all[0] as TaggedNote, all)).toEqual([]);
  });
});
