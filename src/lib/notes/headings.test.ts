import { describe, expect, it } from "vitest";
import { Outline } from "./headings";
import { readingMinutes } from "./reading-time";

describe("Outline: heading levels never skip one", () => {
  const levels = (written: number[]) => {
    const outline = new Outline();
    return written.map((d) => outline.next(d));
  };
  it("keeps a regular outline as written", () => {
    expect(levels([2, 3, 3, 2, 3, 4])).toEqual([2, 3, 3, 2, 3, 4]);
  });
  it("closes the gap when a note jumps from the title to h3 or from h2 to h4", () => {
    expect(levels([3, 3, 4])).toEqual([2, 2, 3]);
    expect(levels([2, 4, 4, 2])).toEqual([2, 3, 3, 2]);
    expect(levels([2, 4, 5, 3])).toEqual([2, 3, 4, 3]);
  });
});

describe("readingMinutes", () => {
  it("reads Korean by syllables and English by words", () => {
    expect(readingMinutes("가".repeat(1000))).toBe(2);
    expect(readingMinutes("word ".repeat(460))).toBe(2);
    expect(readingMinutes("짧다")).toBe(1);
  });
});
