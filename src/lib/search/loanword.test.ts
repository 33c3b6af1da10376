import { describe, expect, it } from "vitest";
import { isLoanwordReading, koreanSkeleton, loanwordSimilarity, onsetsAgree } from "./loanword";
import { itGlossary } from "./term-glossary";

describe("isLoanwordReading", () => {
  it("accepts Korean readings of English terms, including multi-word and variant spellings", () => {
    const readings: [string, string][] = [
      ["서버리스", "Serverless"], ["크롤러", "Crawler"], ["데이터 파이프라인", "Data Pipeline"], ["데이터 노드", "Data Nodes"],
      ["워크플로", "workflow"], ["워크플로우", "workflow"], ["메세지", "message"], ["쿼리", "query"], ["클러스터", "cluster"],
      ["모니터링", "monitoring"], ["스키마", "schema"], ["트리거", "trigger"], ["알고리즘", "algorithm"], ["아키텍처", "architecture"],
      ["버킷", "bucket"], ["파티션", "partition"], ["엑셀", "excel"], ["시라이어닝", "Sea-lioning"], ["제트텔카스텐", "Zettelkasten"], ["솔트", "salt"],
    ];
    for (const [ko, en] of readings) expect([ko, en, isLoanwordReading(ko, en)]).toEqual([ko, en, true]);
  });

  it("rejects translations, unrelated words and one-consonant evidence", () => {
    const others: [string, string][] = [
      ["처리", "Processing"], ["일괄 처리", "Batch Processing"], ["설정", "Settings"], ["분석", "analysis"], ["동적", "dynamic"],
      ["데이터", "editor"], ["기간", "duration"], ["베트남어", "bongudth"], ["키", "key"],
    ];
    for (const [ko, en] of others) expect([ko, en, isLoanwordReading(ko, en)]).toEqual([ko, en, false]);
  });

  it("reads NFD input like NFC", () => {
    expect(isLoanwordReading("버킷".normalize("NFD"), "bucket")).toBe(true);
    expect(koreanSkeleton("클러스터".normalize("NFD"))).toEqual(koreanSkeleton("클러스터"));
  });

  it("merges a final with the same initial but not consonants a vowel apart", () => {
    expect(koreanSkeleton("클러스터")).toEqual(["K", "L", "S", "T"]);
    expect(koreanSkeleton("데이터")).toEqual(["T", "T"]);
    expect(onsetsAgree("업로드", "upload")).toBe(true);
    expect(onsetsAgree("데이터", "editor")).toBe(false);
  });
});

describe("calibration on the IT glossary", () => {
  const pairs = itGlossary.terms.flatMap((entry, index) => entry.ko.map((ko) => ({ ko, en: entry.en, index })));

  it("calls most curated pairs readings (the rest are Korean words such as 분석 ↔ analysis)", () => {
    const read = pairs.filter(({ ko, en }) => en.some((spelling) => isLoanwordReading(ko, spelling)));
    expect(read.length / pairs.length).toBeGreaterThan(0.6);
  });

  it("rarely calls a Korean term a reading of another entry's English", () => {
    let checked = 0;
    let accepted = 0;
    // Every 7th entry against every 5th: a fixed, spread-out sample of cross-entry pairs.
    for (const { ko, index } of pairs.filter((_, i) => i % 7 === 0)) {
      itGlossary.terms.forEach((entry, other) => {
        if (other === index || other % 5 !== 0) return;
        for (const en of entry.en) {
          checked += 1;
          if (isLoanwordReading(ko, en)) accepted += 1;
        }
      });
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(accepted / checked).toBeLessThan(0.01);
  });

  it("scores between 0 and 1", () => {
    expect(loanwordSimilarity("", "bucket")).toBe(0);
    expect(loanwordSimilarity("버킷", "")).toBe(0);
    expect(loanwordSimilarity("버킷", "bucket")).toBe(1);
  });
});
