import { describe, expect, it } from "vitest";
import { visibleFacets } from "./facets";

// pagefind.filters() of the five seed notes (tag filter = every canonical tag and its ancestors).
const SEED_COUNTS: Record<string, number> = {
  architecture: 3, "architecture/etl": 1, "architecture/serverless": 1, "architecture/serverless-etl": 1,
  constraint: 1, "constraint/batch": 1, "constraint/real-time": 1, engine: 1, "engine/apache-spark": 1,
  integration: 2, "integration/multi-source": 1, "integration/workflow": 1, pipeline: 1, "pipeline/event-driven": 1,
  processing: 1, "processing/batch": 1, service: 4, "service/data-pipeline": 1, "service/glue": 3,
  "service/kinesis-data-analytics": 1, "service/lambda": 1, storage: 1, "storage/s3": 1, usecase: 3,
  "usecase/data-processing": 1, "usecase/data-warehouse-etl": 1, "usecase/datalake": 1,
};
const names = (facets: ReturnType<typeof visibleFacets>) => facets.map((f) => f.tag);

describe("visibleFacets", () => {
  it("shows only top-level tags until one is chosen", () => {
    const facets = visibleFacets(SEED_COUNTS, []);
    expect(names(facets)).toEqual(["architecture", "constraint", "engine", "integration", "pipeline", "processing", "service", "storage", "usecase"]);
    expect(facets.find((f) => f.tag === "service")).toEqual({ tag: "service", count: 4, chosen: false, depth: 0 });
  });

  it("reveals a chosen tag's children right after it", () => {
    const facets = visibleFacets(SEED_COUNTS, ["service"]);
    expect(names(facets).slice(6, 11)).toEqual(["service", "service/data-pipeline", "service/glue", "service/kinesis-data-analytics", "service/lambda"]);
    expect(facets[7]).toEqual({ tag: "service/data-pipeline", count: 1, chosen: false, depth: 1 });
    expect(facets[6]?.chosen).toBe(true);
  });

  it("hides tags that would leave nothing, but never a chosen one", () => {
    // "ETL" + service/glue: counts Pagefind reports for the three Glue notes.
    const counts = { ...Object.fromEntries(Object.keys(SEED_COUNTS).map((t) => [t, 0])), architecture: 2, constraint: 1, engine: 1, integration: 1, pipeline: 1, service: 3, "service/glue": 3, storage: 1, usecase: 3 };
    expect(names(visibleFacets(counts, ["service/glue"]))).toEqual([
      "architecture", "constraint", "engine", "integration", "pipeline", "service", "service/glue", "storage", "usecase",
    ]);
    expect(names(visibleFacets({ service: 0, usecase: 1 }, ["service"]))).toEqual(["service", "usecase"]);
  });

  it("keeps a chosen tag Pagefind does not know (an old shared link), at its own depth", () => {
    const facets = visibleFacets({ service: 2 }, ["service/athena/v2"]);
    expect(facets).toEqual([
      { tag: "service", count: 2, chosen: false, depth: 0 },
      { tag: "service/athena/v2", count: 0, chosen: true, depth: 2 },
    ]);
  });

  it("copes with no filters at all", () => {
    expect(visibleFacets({}, [])).toEqual([]);
  });
});
