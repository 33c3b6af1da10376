import { describe, expect, it } from "vitest";
import { englishTermKey, koreanTermKey, lookupTerm, singularForms, termKey, termTableFingerprint, termTableFromGroups, variantsIn } from "./term-table";

describe("term keys", () => {
  it("meet spellings across spacing, hyphens, case and NFD", () => {
    expect(koreanTermKey("데이터 레이크")).toBe(koreanTermKey("데이터레이크"));
    expect(koreanTermKey("데이터레이크".normalize("NFD"))).toBe("데이터레이크");
    expect(englishTermKey(" Real-Time ")).toBe("real time");
    expect(englishTermKey("data  lake")).toBe("data lake");
    expect(termKey("Data Lake")).toBe("data lake");
    expect(termKey("데이터 lake")).toBe("데이터lake");
  });

  it("offer singulars of English plurals, most likely first, and none for short or -ss words", () => {
    expect(singularForms("queries")).toEqual(["query", "querie"]);
    expect(singularForms("indexes")).toEqual(["index", "indexe"]);
    expect(singularForms("buckets")).toEqual(["bucket"]);
    expect(singularForms("access")).toEqual([]);
    expect(singularForms("bus")).toEqual([]);
  });
});

describe("termTableFromGroups", () => {
  const table = termTableFromGroups([
    { en: ["data lake", "data lakes"], ko: ["데이터 레이크", "데이터레이크"] },
    { en: ["lake"], ko: ["데이터레이크", "호수"] }, // a later group cannot take a key the first one has
  ]);

  it("keeps a shared key with the first group", () => {
    expect(lookupTerm(table, "데이터레이크")?.en).toEqual(["data lake", "data lakes"]);
    expect(lookupTerm(table, "호수")?.en).toEqual(["lake"]);
  });

  it("knows how many words the longest spellings have", () => {
    expect(table.longestEnglish).toBe(2);
    expect(table.longestKorean).toBe(2);
  });

  it("looks up plurals through their singular and lists the other spellings", () => {
    expect(variantsIn(table, "Data-Lake")).toEqual(["data lake", "data lakes", "데이터 레이크", "데이터레이크"]);
    expect(variantsIn(table, "lakes")).toEqual(["lake", "데이터레이크", "호수"]);
    expect(variantsIn(table, "ocean")).toEqual([]);
  });
});

describe("termTableFingerprint", () => {
  it("is stable for equal tables and changes with any spelling", () => {
    const groups = [{ en: ["bucket"], ko: ["버킷"] }];
    expect(termTableFingerprint(termTableFromGroups(groups))).toBe(termTableFingerprint(termTableFromGroups([{ en: ["bucket"], ko: ["버킷"] }])));
    expect(termTableFingerprint(termTableFromGroups(groups))).not.toBe(termTableFingerprint(termTableFromGroups([{ en: ["bucket"], ko: ["버켓"] }])));
    expect(termTableFingerprint(termTableFromGroups([{ en: ["ab"], ko: ["가"] }]))).not.toBe(
      termTableFingerprint(termTableFromGroups([{ en: ["a", "b"], ko: ["가"] }])),
    );
  });
});
