import { describe, expect, it } from "vitest";
import { normalizeKoreanQuery } from "./query";

describe("normalizeKoreanQuery", () => {
  it("strips particles so a different particle still meets the indexed stem", () => {
    expect(normalizeKoreanQuery("파이프라인이")).toBe("파이프라인");
    expect(normalizeKoreanQuery("데이터레이크에서는")).toBe("데이터레이크");
    expect(normalizeKoreanQuery("표준화를")).toBe("표준화");
  });

  it("keeps English, mixed, hyphenated and spaced queries as typed apart from particles", () => {
    expect(normalizeKoreanQuery("Step Functions")).toBe("Step Functions");
    expect(normalizeKoreanQuery("Glue 크롤러")).toBe("Glue 크롤러");
    expect(normalizeKoreanQuery("Glue를")).toBe("Glue");
    expect(normalizeKoreanQuery("glue-crawler")).toBe("glue-crawler");
    expect(normalizeKoreanQuery("  메타   스토어 ")).toBe("메타 스토어");
    expect(normalizeKoreanQuery("15분")).toBe("15분");
  });

  it("does not cut words that only end like a particle", () => {
    expect(normalizeKoreanQuery("이벤트 데이터 서버리스")).toBe("이벤트 데이터 서버리스");
  });

  it("handles empty and NFD input", () => {
    expect(normalizeKoreanQuery("")).toBe("");
    expect(normalizeKoreanQuery("   ")).toBe("");
    expect(normalizeKoreanQuery("스키마가".normalize("NFD"))).toBe("스키마");
  });
});
