import { describe, expect, it } from "vitest";
import { canonicalTag } from "./canonical";
import { normalizeTag } from "./normalize";
import { parseTagSynonyms, tagSynonyms } from "./synonyms";

describe("normalizeTag", () => {
  it("lowercases ASCII, keeps Korean, trims segments and drops empty or dot-only ones", () => {
    expect(normalizeTag("  #Service/AWS-Glue ")).toBe("service/aws-glue");
    expect(normalizeTag("학습/비교")).toBe("학습/비교");
    expect(normalizeTag("Usecase//Data Lake/")).toBe("usecase/data-lake");
    expect(normalizeTag("a/./../b")).toBe("a/b");
    expect(normalizeTag(" / ")).toBe("");
  });
  it("composes NFD Korean to NFC", () => {
    const nfd = "학습/비교".normalize("NFD");
    expect(nfd).not.toBe("학습/비교");
    expect(normalizeTag(nfd)).toBe("학습/비교");
  });
});

describe("canonicalTag", () => {
  it("maps every synonym of the seed notes and the brief onto its canonical service", () => {
    const cases: [string, string][] = [
      ["service/aws-glue", "service/glue"],
      ["service/glue", "service/glue"],
      ["service/aws-lambda", "service/lambda"],
      ["service/amazon-s3", "service/s3"],
      ["service/amazon-kinesis", "service/kinesis"],
      ["service/kinesis-data-analytics", "service/kinesis-data-analytics"],
      ["service/amazon-kinesis-data-analytics", "service/kinesis-data-analytics"],
      ["service/aws-data-pipeline", "service/data-pipeline"],
      ["service/amazon-redshift", "service/redshift"],
      ["service/aws-step-functions", "service/step-functions"],
      ["service/amazon-emr", "service/emr"],
      ["service/amazon-athena", "service/athena"],
      ["service/amazon-rds", "service/rds"],
      ["service/amazon-dynamodb", "service/dynamodb"],
      ["service/amazon-sagemaker", "service/sagemaker"],
      ["service/amazon-msk", "service/msk"],
      ["service/aws-lake-formation", "service/lake-formation"],
      ["service/aws-batch", "service/batch"],
      ["service/amazon-aurora", "service/aurora"],
      ["service/amazon-cloudwatch", "service/cloudwatch"],
      ["service/amazon-kinesis-data-firehose", "service/kinesis-firehose"],
      ["service/kinesis-data-firehose", "service/kinesis-firehose"],
    ];
    for (const [raw, canonical] of cases) expect([raw, canonicalTag(raw, tagSynonyms)]).toEqual([raw, canonical]);
  });

  it("strips aws-/amazon- only for known services or synonyms, and only under service/", () => {
    expect(canonicalTag("service/amazon-quicksight", {})).toBe("service/quicksight");
    expect(canonicalTag("Service/AWS-EC2", {})).toBe("service/ec2");
    expect(canonicalTag("service/aws-kinesis-data-firehose", tagSynonyms)).toBe("service/kinesis-firehose");
    expect(canonicalTag("service/amazon-unknown-thing", tagSynonyms)).toBe("service/amazon-unknown-thing");
    expect(canonicalTag("engine/aws-glue", tagSynonyms)).toBe("engine/aws-glue");
    expect(canonicalTag("processing/batch", tagSynonyms)).toBe("processing/batch");
  });

  it("maps nested tags by their longest synonym prefix", () => {
    expect(canonicalTag("service/aws-glue/crawler", tagSynonyms)).toBe("service/glue/crawler");
    expect(canonicalTag("service/amazon-emr/hive", tagSynonyms)).toBe("service/emr/hive");
    expect(canonicalTag("학습/비교", tagSynonyms)).toBe("학습/비교");
  });

  it("treats prototype names as ordinary tags", () => {
    expect(canonicalTag("constructor", tagSynonyms)).toBe("constructor");
    expect(canonicalTag("__proto__/x", tagSynonyms)).toBe("__proto__/x");
  });
});

describe("parseTagSynonyms", () => {
  const known = new Set(["glue", "s3"]);
  it("accepts a clean table", () => {
    expect(parseTagSynonyms({ "service/aws-glue": "service/glue" }, known)).toEqual({ "service/aws-glue": "service/glue" });
  });
  it("rejects bad tables with a message naming the key", () => {
    expect(() => parseTagSynonyms({ "Service/AWS-Glue": "service/glue" }, known)).toThrow(/"Service\/AWS-Glue" is not normalised/);
    expect(() => parseTagSynonyms({ "service/a": "service/b", "service/b": "service/glue" }, known)).toThrow(/"service\/a" maps to "service\/b", which is itself mapped/);
    expect(() => parseTagSynonyms({ "service/x": "service/nope" }, known)).toThrow(/"service\/x".*"nope" is not in service-glossary/);
    expect(() => parseTagSynonyms({ "service/glue": "service/glue" }, known)).toThrow(/"service\/glue" maps to itself/);
    expect(() => parseTagSynonyms({ "service/x": 3 }, known)).toThrow(/"service\/x" must map to a string/);
    expect(() => parseTagSynonyms([], known)).toThrow(/expected an object/);
  });
  it("the shipped table has the kinesis family apart", () => {
    expect(tagSynonyms["service/amazon-kinesis"]).toBe("service/kinesis");
    expect(Object.values(tagSynonyms).filter((v) => v === "service/kinesis-data-analytics").length).toBeGreaterThan(0);
    expect(tagSynonyms["service/kinesis-data-analytics"]).toBeUndefined();
  });
});
