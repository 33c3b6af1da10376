import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { serviceGlossary } from "../tags";
import { readingsFromGlossary } from "./readings";
import { glossaryServiceConflicts, itGlossary, parseTermGlossary, termVariants } from "./term-glossary";
import { koreanTermKey } from "./term-table";

const rawGlossary = JSON.parse(readFileSync(new URL("../../data/it-glossary.json", import.meta.url), "utf8")) as unknown;
const problemsOf = (raw: unknown): string => {
  try {
    parseTermGlossary(raw, "test.json");
    return "";
  } catch (error) {
    return (error as Error).message;
  }
};

describe("the shipped IT glossary", () => {
  it("loads, with hundreds of concepts", () => {
    expect(() => parseTermGlossary(rawGlossary)).not.toThrow();
    expect(itGlossary.terms.length).toBeGreaterThanOrEqual(400);
  });

  it("pairs the concepts the issue names, with their reading variants", () => {
    const expectations: [string, string][] = [
      ["버킷", "bucket"], ["쿼리", "query"], ["클러스터", "cluster"], ["모니터링", "monitoring"], ["스키마", "schema"],
      ["트리거", "trigger"], ["워크플로", "workflow"], ["워크플로우", "workflow"], ["메세지", "message"], ["메시지", "message"],
      ["컨테이너", "container"], ["파티션", "partition"], ["레코드", "record"], ["스트리밍", "streaming"], ["알고리즘", "algorithm"],
      ["데이터베이스", "database"], ["테이블", "table"], ["서버리스", "serverless"],
    ];
    for (const [ko, en] of expectations) {
      expect([ko, termVariants(ko)]).toEqual([ko, expect.arrayContaining([en])]);
      expect([en, termVariants(en)]).toEqual([en, expect.arrayContaining([ko])]);
    }
  });

  it("keeps ambiguous Korean words out of every entry", () => {
    for (const word of ["저장소", "학습", "스칼라", "지도", "레이크"]) expect([word, termVariants(word)]).toEqual([word, []]);
    expect(termVariants("데이터 레이크")).toContain("data lake");
    expect(itGlossary.ambiguous.get("저장소")).toMatch(/repository/u);
  });

  it("agrees with the service glossary, so one table may hold both", () => {
    const { readings } = readingsFromGlossary(serviceGlossary);
    expect(glossaryServiceConflicts(itGlossary, readings)).toEqual([]);
  });
});

describe("termVariants", () => {
  it("looks up either script and returns the other spellings, not the word itself", () => {
    expect(termVariants("워크플로")).toEqual(["workflow", "workflows", "워크플로우"]);
    expect(termVariants("Buckets")).toEqual(["bucket", "버킷"]);
    expect(termVariants("데이터레이크")).toEqual(["data lake", "data lakes", "datalake", "데이터 레이크"]); // datalake: the tag spelling
    expect(termVariants("real time")).toEqual(expect.arrayContaining(["real-time", "realtime", "실시간"]));
  });

  it("normalises NFD and falls back to singulars", () => {
    expect(termVariants("모니터링".normalize("NFD"))).toEqual(["monitoring"]);
    expect(termVariants("queries")).toEqual(["query", "쿼리", "질의"]);
    expect(termVariants("indices")).toContain("인덱스");
  });

  it("knows nothing of words outside the glossary", () => {
    expect(termVariants("")).toEqual([]);
    expect(termVariants("zzz")).toEqual([]);
    expect(termVariants("버킷에")).toEqual([]); // running text goes through bilingualForms, which strips particles
  });
});

describe("parseTermGlossary", () => {
  const entry = (en: string[], ko: string[]): { en: string[]; ko: string[] } => ({ en, ko });

  it("accepts a minimal glossary", () => {
    const glossary = parseTermGlossary({ terms: [entry(["bucket"], ["버킷"])] });
    expect(glossary.terms).toEqual([{ en: ["bucket"], ko: ["버킷"] }]);
    expect(glossary.ambiguous.size).toBe(0);
  });

  it("rejects spellings in the wrong script or form", () => {
    expect(problemsOf({ terms: [entry(["Bucket"], ["버킷"])] })).toMatch(/English "Bucket" must be lower-case ASCII/u);
    expect(problemsOf({ terms: [entry(["café"], ["카페"])] })).toMatch(/English "café"/u);
    expect(problemsOf({ terms: [entry(["data  lake"], ["데이터 레이크"])] })).toMatch(/single spaces/u);
    expect(problemsOf({ terms: [entry(["bucket"], ["bucket"])] })).toMatch(/Korean "bucket" must be Hangul/u);
    expect(problemsOf({ terms: [entry(["bucket"], ["버킷".normalize("NFD")])] })).toMatch(/is not NFC/u);
    expect(problemsOf({ terms: [entry(["bucket"], ["S3 버킷"])] })).toMatch(/must be Hangul/u);
    expect(problemsOf({ terms: [entry([], ["버킷"])] })).toMatch(/non-empty lists/u);
  });

  it("rejects duplicates within an entry and a key shared by two entries", () => {
    expect(problemsOf({ terms: [entry(["bucket", "bucket"], ["버킷"])] })).toMatch(/"bucket" is listed twice/u);
    // Spaced and solid Korean, hyphen and space in English, are the same key.
    expect(problemsOf({ terms: [entry(["data lake"], ["데이터 레이크"]), entry(["lakehouse"], ["데이터레이크"])] })).toMatch(
      /"데이터레이크" is already in terms\[0\] \(data lake\)/u,
    );
    expect(problemsOf({ terms: [entry(["real-time"], ["실시간"]), entry(["real time"], ["리얼타임"])] })).toMatch(
      /"real time" is already in terms\[0\]/u,
    );
  });

  it("rejects an ambiguous word paired anyway, unknown fields, and lists every problem at once", () => {
    const message = problemsOf({
      ambiguous: { 저장소: "repository and storage" },
      terms: [entry(["repository"], ["저장소"]), { en: ["x"], ko: ["엑스"], note: "?" }, entry(["Y"], ["와이"])],
    });
    expect(message).toMatch(/"저장소" is listed as ambiguous/u);
    expect(message).toMatch(/unknown field "note"/u);
    expect(message).toMatch(/English "Y"/u);
    expect(problemsOf({ ambiguous: { 저장소: "" }, terms: [] })).toMatch(/needs a reason/u);
    expect(problemsOf([])).toMatch(/expected an object/u);
    expect(problemsOf({ terms: {} })).toMatch(/"terms" must be an array/u);
  });

  it("reports a glossary that contradicts the service glossary", () => {
    const glossary = parseTermGlossary({ terms: [entry(["placement"], ["배치"]), entry(["glue"], ["접착제"])] });
    const conflicts = glossaryServiceConflicts(glossary, [
      { reading: ["배치"], names: ["AWS Batch"] },
      { reading: ["글루"], names: ["AWS Glue", "Glue"] },
    ]);
    expect(conflicts).toEqual([
      `"배치" is AWS Batch in the service glossary but placement in the IT glossary`,
      `"glue" is read 글루 in the service glossary but 접착제 in the IT glossary`,
    ]);
    expect(koreanTermKey("데이터 레이크")).toBe("데이터레이크");
  });
});
