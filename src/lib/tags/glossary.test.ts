import { describe, expect, it } from "vitest";
import { loadSeedNotes } from "../notes/fixtures/seeds";
import { canonicalTag } from "./canonical";
import { lookupService, parseServiceGlossary, serviceGlossary, servicesForTerm } from "./glossary";
import { tagSynonyms } from "./synonyms";

// Copied from /work/shared/bench/gen-notes.mjs (outside this package, so not read at test time).
const benchServices = ["glue", "lambda", "kinesis-data-analytics", "kinesis-firehose", "step-functions", "emr", "athena",
  "redshift", "s3", "rds", "dynamodb", "data-pipeline", "sagemaker", "cloudwatch", "msk", "lake-formation", "batch", "aurora"];
const benchNodes: [string, string][] = [
  ["Amazon RDS", "rds"], ["AWS Data Pipeline", "data-pipeline"], ["AWS Lambda", "lambda"], ["Amazon S3", "s3"],
  ["AWS Glue Crawler", "glue"], ["Glue Data Catalog", "glue"], ["AWS Glue ETL Job", "glue"],
  ["Kinesis Data Streams", "kinesis-data-streams"], ["Kinesis Data Analytics", "kinesis-data-analytics"],
  ["Kinesis Data Firehose", "kinesis-firehose"], ["Amazon Redshift", "redshift"], ["Amazon Athena", "athena"],
  ["AWS Step Functions", "step-functions"], ["Amazon EMR", "emr"], ["CloudWatch Events", "cloudwatch"],
  ["SageMaker Training", "sagemaker"], ["Amazon QuickSight", "quicksight"],
];

describe("serviceGlossary", () => {
  it("covers every service tag of the seeds and of the benchmark generator", () => {
    const seedServices = loadSeedNotes()
      .flatMap((n) => n.model.rawTags.map((t) => canonicalTag(t, tagSynonyms)))
      .filter((t) => t.startsWith("service/") || t.startsWith("storage/"))
      .map((t) => t.split("/")[1] ?? "");
    expect([...new Set(seedServices)].sort()).toEqual(["data-pipeline", "glue", "kinesis-data-analytics", "lambda", "s3"]);
    for (const key of [...seedServices, ...benchServices]) expect([key, serviceGlossary[key]?.name !== undefined]).toEqual([key, true]);
  });

  it("names every benchmark diagram node's service by its English spelling", () => {
    for (const [node, key] of benchNodes) expect([node, servicesForTerm(node).map((s) => s.key)]).toEqual([node, [key]]);
  });

  it("has the readings the search needs", () => {
    expect(serviceGlossary["glue"]?.reading).toContain("글루");
    expect(serviceGlossary["lambda"]).toMatchObject({ name: "AWS Lambda", reading: ["람다"] });
    expect(serviceGlossary["kinesis-firehose"]?.reading).toContain("키네시스 파이어호스");
    expect(serviceGlossary["step-functions"]?.reading).toContain("스텝 펑션");
  });
});

describe("lookupService", () => {
  it("finds a service by canonical tag, synonym tag or bare key", () => {
    expect(lookupService("service/glue")?.name).toBe("AWS Glue");
    expect(lookupService("service/aws-glue")?.key).toBe("glue");
    expect(lookupService("#Service/Amazon-Kinesis-Data-Firehose")?.tag).toBe("service/kinesis-firehose");
    expect(lookupService("lambda")?.aliases).toContain("Lambda");
    expect(lookupService("aws-lambda")?.key).toBe("lambda");
    expect(lookupService("usecase/datalake")).toBeUndefined();
    expect(lookupService("service/glue/crawler")).toBeUndefined();
    expect(lookupService("service/nonexistent")).toBeUndefined();
    expect(lookupService("")).toBeUndefined();
  });
});

describe("servicesForTerm", () => {
  it("maps Korean readings to the English spellings used in notes", () => {
    expect(servicesForTerm("람다").map((s) => s.aliases)).toEqual([serviceGlossary["lambda"]?.aliases]);
    expect(servicesForTerm("스텝펑션").map((s) => s.key)).toEqual(["step-functions"]);
    expect(servicesForTerm("스텝 펑션스").map((s) => s.key)).toEqual(["step-functions"]);
    expect(servicesForTerm("step functions").map((s) => s.key)).toEqual(["step-functions"]);
    expect(servicesForTerm("람다".normalize("NFD")).map((s) => s.key)).toEqual(["lambda"]);
    expect(servicesForTerm("데이터")).toEqual([]);
  });
});

describe("parseServiceGlossary", () => {
  const good = { name: "AWS Glue", reading: ["글루"], aliases: ["Glue"], description: "서버리스 ETL 서비스" };
  it("accepts a well-formed entry", () => {
    expect(parseServiceGlossary({ glue: good })).toEqual({ glue: good });
  });
  it("throws naming the bad key and field", () => {
    expect(() => parseServiceGlossary({ "AWS Glue": good })).toThrow(/"AWS Glue": key must be/);
    expect(() => parseServiceGlossary({ glue: { ...good, reading: ["Glue"] } })).toThrow(/"glue": "reading"/);
    expect(() => parseServiceGlossary({ glue: { ...good, reading: [] } })).toThrow(/"glue": "reading"/);
    expect(() => parseServiceGlossary({ lambda: { ...good, aliases: "Lambda" } })).toThrow(/"lambda": "aliases"/);
    expect(() => parseServiceGlossary({ s3: { ...good, description: "object storage" } })).toThrow(/"s3": "description"/);
    expect(() => parseServiceGlossary({ s3: { ...good, name: "" } })).toThrow(/"s3": "name"/);
    expect(() => parseServiceGlossary({ s3: { ...good, readings: ["에스3"] } })).toThrow(/"s3": unknown field "readings"/);
    expect(() => parseServiceGlossary({ s3: null })).toThrow(/"s3": expected an object/);
  });
});
