import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readingsFromGlossary, serviceReadingForms, serviceReadingFormSources, type ServiceReading } from "./readings";

const note = (name: string): string =>
  readFileSync(new URL(`../../../content/notes/${name}.md`, import.meta.url), "utf8").normalize("NFC");

const readings: ServiceReading[] = [
  { reading: ["람다"], names: ["AWS Lambda", "Lambda"] },
  { reading: ["글루"], names: ["AWS Glue", "Glue"] },
  { reading: ["키네시스 데이터 애널리틱스"], names: ["Kinesis Data Analytics"] },
  { reading: ["아테나"], names: ["Amazon Athena", "Athena"] },
];

describe("serviceReadingForms", () => {
  it("adds the Korean reading of services a seed note names in English", () => {
    const forms = serviceReadingForms(note("data-pipeline-lambda-integration"), readings);
    expect(forms).toContain("람다");
    expect(forms).not.toContain("글루"); // the note never mentions Glue
    const etl = serviceReadingForms(note("aws-etl-pipeline-services"), readings);
    // 데이터 is already a word of the note, so only the missing words of the spaced reading are added.
    expect(etl).toEqual(["람다", "글루", "키네시스", "애널리틱스", "키네시스데이터애널리틱스"]);
  });

  it("adds the English name of a service written in Korean, particles aside", () => {
    expect(serviceReadingForms("아테나로 조회한다", readings)).toEqual(["athena"]);
    expect(serviceReadingForms("람다를 호출", readings)).toEqual(["lambda"]);
  });

  it("does not match a name inside a longer word", () => {
    expect(serviceReadingForms("GlueStudio and Lambdas", readings)).toEqual([]);
    expect(serviceReadingForms("", readings)).toEqual([]);
  });
});

describe("readingsFromGlossary", () => {
  it("reads the site glossary shape and reports entries it cannot use", () => {
    const { readings: read, problems } = readingsFromGlossary({
      glue: { name: "AWS Glue", reading: ["글루"], aliases: ["Glue", "글루"], description: "ETL" },
      broken: { name: "X" },
      odd: 3,
    });
    expect(read).toEqual([{ reading: ["글루"], names: ["AWS Glue", "Glue"] }]);
    expect(problems).toEqual(["broken: needs a Korean reading and an English name", "odd: entry is not an object"]);
    expect(readingsFromGlossary(null).problems).toEqual(["glossary: not an object or array of entries"]);
  });
});

describe("serviceReadingFormSources", () => {
  it("names the words of the text each form stands for", () => {
    const sources = serviceReadingFormSources("AWS Lambda 함수와 글루 작업", readings);
    expect(sources.get("람다")).toEqual(["lambda"]);
    expect(sources.get("glue")).toEqual(["글루"]);
    expect([...sources.keys()]).toEqual(serviceReadingForms("AWS Lambda 함수와 글루 작업", readings));
  });
});
