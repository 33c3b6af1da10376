import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isParticleTail, stripKoreanParticles } from "./particles";

const note = (name: string): string =>
  readFileSync(new URL(`../../../content/notes/${name}.md`, import.meta.url), "utf8").normalize("NFC");

describe("stripKoreanParticles", () => {
  it("removes particles from words as written in the seed notes", () => {
    const datalake = note("datalake-glue-serverless-etl");
    expect(datalake).toContain("저장하는 데이터레이크에서 서버리스");
    expect(stripKoreanParticles("데이터레이크에서")).toBe("데이터레이크");
    expect(datalake).toContain("AWS 서버리스 데이터레이크와 이벤트");
    expect(stripKoreanParticles("데이터레이크와")).toBe("데이터레이크");
    expect(stripKoreanParticles("메타스토어와")).toBe("메타스토어");
    expect(stripKoreanParticles("스키마를")).toBe("스키마");

    const lecture = note("aws-data-pipeline-lecture");
    expect(lecture).toContain("데이터 파이프라인이란?");
    expect(stripKoreanParticles("파이프라인이란")).toBe("파이프라인");
    expect(stripKoreanParticles("파이프라인을")).toBe("파이프라인");
    expect(stripKoreanParticles("파이프라인이")).toBe("파이프라인");
    expect(stripKoreanParticles("표준화를")).toBe("표준화");
    expect(stripKoreanParticles("알고리즘의")).toBe("알고리즘");
    expect(stripKoreanParticles("스키마가")).toBe("스키마");
  });

  it("removes stacked particles and 하다/되다/이다 endings", () => {
    expect(stripKoreanParticles("파이프라인에서는")).toBe("파이프라인");
    expect(stripKoreanParticles("서비스들과의")).toBe("서비스");
    expect(stripKoreanParticles("자동화합니다")).toBe("자동화");
    expect(stripKoreanParticles("관리되는")).toBe("관리");
    expect(stripKoreanParticles("엔진입니다")).toBe("엔진");
    expect(stripKoreanParticles("서비스로서")).toBe("서비스");
    expect(stripKoreanParticles("효율적으로")).toBe("효율적");
    expect(stripKoreanParticles("데이터엔")).toBe("데이터");
  });

  it("keeps words whose last syllable only looks like a particle", () => {
    for (const word of ["데이터", "이벤트", "파이프라인", "스토어", "메타데이터", "서버리스", "프로세스", "오케스트레이션", "비즈니스"]) {
      expect(stripKoreanParticles(word)).toBe(word);
    }
    // 이 and 를 follow consonant/vowel stems respectively, so these loanwords are not cut.
    expect(stripKoreanParticles("게이트웨이")).toBe("게이트웨이");
    expect(stripKoreanParticles("게이트웨이를")).toBe("게이트웨이");
    expect(stripKoreanParticles("전문가")).toBe("전문가");
    expect(stripKoreanParticles("처리속도")).toBe("처리속도");
    expect(stripKoreanParticles("처리속도가")).toBe("처리속도");
    expect(stripKoreanParticles("메타데이터의")).toBe("메타데이터");
  });

  it("never leaves a one-syllable stem and leaves non-Hangul words alone", () => {
    expect(stripKoreanParticles("이를")).toBe("이를");
    expect(stripKoreanParticles("서버")).toBe("서버");
    expect(stripKoreanParticles("Glue를")).toBe("Glue를");
    expect(stripKoreanParticles("")).toBe("");
  });

  it("works on NFD input once normalised, and leaves raw NFD jamo untouched", () => {
    const nfd = "데이터레이크에서".normalize("NFD");
    expect(stripKoreanParticles(nfd.normalize("NFC"))).toBe("데이터레이크");
    expect(stripKoreanParticles(nfd)).toBe(nfd);
  });
});

describe("isParticleTail", () => {
  it("recognises the Korean tail of a mixed word", () => {
    expect(isParticleTail("를")).toBe(true);
    expect(isParticleTail("에서는")).toBe(true);
    expect(isParticleTail("크롤러")).toBe(false);
    expect(isParticleTail("")).toBe(false);
  });
});
