import { describe, expect, it } from "vitest";
import { advanceEm, measureText } from "./measure";

describe("measureText (Pretendard Bold advances)", () => {
  it("uses the font's own widths for ASCII and Hangul", () => {
    expect(advanceEm("W")).toBe(0.999);
    expect(advanceEm("i")).toBe(0.257);
    expect(advanceEm(" ")).toBe(0.23);
    expect(advanceEm("가")).toBe(0.87);
    expect(measureText("AWS", 100)).toBeCloseTo((718 + 999 + 630) / 10, 6);
  });

  it("counts CJK ideographs and full-width forms as one em, marks and joiners as nothing", () => {
    expect(advanceEm("漢")).toBe(1);
    expect(advanceEm("！")).toBe(1);
    expect(advanceEm("\u0301")).toBe(0);
    expect(advanceEm("\u200D")).toBe(0);
    expect(measureText("", 64)).toBe(0);
  });

  it("a decomposed syllable is wider than the composed one, which is why fitCard composes first", () => {
    expect(measureText("한".normalize("NFD"), 10)).toBeGreaterThan(measureText("한", 10));
  });
});
