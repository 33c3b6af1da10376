import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { koreanSearchForms } from "./forms";

const note = (name: string): string =>
  readFileSync(new URL(`../../../content/notes/${name}.md`, import.meta.url), "utf8").normalize("NFC");

describe("koreanSearchForms on the seed notes", () => {
  const datalake = koreanSearchForms(note("datalake-glue-serverless-etl"));
  const lecture = koreanSearchForms(note("aws-data-pipeline-lecture"));

  it("adds particle-free stems the note never writes bare", () => {
    expect(datalake).toContain("데이터레이크");
    expect(datalake).not.toContain("메타스토어"); // also written bare (메타스토어 호환성): Pagefind has it
    expect(lecture).toContain("표준화");
    expect(lecture).toContain("알고리즘");
  });

  it("adds tails of compounds only at plausible cuts", () => {
    expect(datalake).toContain("레이크"); // 데이터 is a word of its own
    expect(datalake).toContain("스토어"); // 메타 continues as 메타스토어 and 메타데이터
    expect(datalake).not.toContain("이터레이크");
    expect(datalake).not.toContain("이크");
    expect(datalake).not.toContain("토어");
  });

  it("joins spaced pairs but not across punctuation or after a particle", () => {
    expect(lecture).toContain("데이터레이크"); // **데이터 레이크** 또는
    expect(lecture).toContain("데이터웨어하우스");
    expect(lecture).not.toContain("필터링마스킹"); // 필터링, 마스킹
    expect(lecture).not.toContain("데이터를새"); // 데이터를 closes its phrase
  });

  it("frees Latin words from particles and never repeats a whole token", () => {
    expect(koreanSearchForms("배치 처리에서는 AWS Glue를, 실시간은 Kinesis로")).toEqual(["배치처리", "처리", "glue", "실시간", "kinesis"]);
    const etl = koreanSearchForms(note("aws-etl-pipeline-services"));
    expect(etl).not.toContain("glue"); // the note also writes "AWS Glue" bare, so Pagefind has it already
    expect(etl).not.toContain("파이프라인"); // likewise 파이프라인
    expect(new Set(etl).size).toBe(etl.length);
  });
});

describe("koreanSearchForms edge cases", () => {
  it("returns nothing for empty, Latin-only or symbol-only text", () => {
    expect(koreanSearchForms("")).toEqual([]);
    expect(koreanSearchForms("AWS Glue Data Catalog")).toEqual([]);
    expect(koreanSearchForms("→ ↓ ** --- ```")).toEqual([]);
  });

  it("handles NFD text", () => {
    expect(koreanSearchForms("데이터레이크에서 처리".normalize("NFD"))).toEqual(["데이터레이크"]);
  });

  it("uses extra vocabulary to cut a compound the note alone cannot", () => {
    expect(koreanSearchForms("오브젝트스토리지에 저장")).not.toContain("스토리지");
    expect(koreanSearchForms("오브젝트스토리지에 저장", { vocabulary: ["오브젝트 단위로 나눈다"] })).toContain("스토리지");
  });

  it("can switch tails and joins off", () => {
    expect(koreanSearchForms("데이터 레이크", { joinSpacedPairs: false })).toEqual([]);
    expect(koreanSearchForms("데이터와 데이터레이크", { compoundTails: false })).toEqual(["데이터"]);
    expect(koreanSearchForms("데이터와 데이터레이크")).toEqual(["데이터", "레이크"]);
  });
});
