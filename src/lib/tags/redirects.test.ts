import { describe, expect, it } from "vitest";
import { loadSeedNotes } from "../notes/fixtures/seeds";
import { tagRedirects } from "./redirects";
import { tagSynonyms } from "./synonyms";

describe("tagRedirects", () => {
  it("redirects the seeds' only non-canonical tag", () => {
    const raw = loadSeedNotes().flatMap((n) => n.model.rawTags);
    expect(tagRedirects(raw, tagSynonyms)).toEqual([{ from: "service/aws-glue", to: "service/glue" }]);
  });

  it("covers nested levels, vendor prefixes and case, but never a canonical page", () => {
    expect(tagRedirects([
      "service/aws-glue/crawler", "Service/Amazon-EMR", "service/glue", "usecase/data-lake", "학습/비교", "  ", "storage/s3",
    ], tagSynonyms)).toEqual([
      { from: "service/amazon-emr", to: "service/emr" },
      { from: "service/aws-glue", to: "service/glue" },
      { from: "service/aws-glue/crawler", to: "service/glue/crawler" },
      { from: "usecase/data-lake", to: "usecase/datalake" },
    ]);
  });

  it("does not redirect a path that is also a real tag page", () => {
    const synonyms = { "topic/old": "topic/new" };
    expect(tagRedirects(["topic/old", "topic/new/topic/old"], synonyms)).toEqual([{ from: "topic/old", to: "topic/new" }]);
    expect(tagRedirects(["a/b", "x"], { x: "a/b/x" } as const)).toEqual([{ from: "x", to: "a/b/x" }]);
  });
});
