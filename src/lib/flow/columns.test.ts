import { describe, it, expect } from "vitest";
import { displayWidth, measureLine, splitBlockLines, TAB_STOP } from "./columns";

describe("display columns", () => {
  it("counts Hangul, CJK and emoji as 2, arrows and ASCII as 1, combining marks as 0", () => {
    expect(displayWidth("데이터 처리")).toBe(11);
    expect(displayWidth("→↓←↑⇒")).toBe(5);
    expect(displayWidth("漢字")).toBe(4);
    expect(displayWidth("🚀")).toBe(2);
    expect(displayWidth("👨‍👩‍👧")).toBe(2);
    expect(displayWidth("e\u0301")).toBe(1);
  });

  it("maps each UTF-16 index to the column its grapheme starts at", () => {
    expect(measureLine("가a🚀b").columns).toEqual([0, 2, 3, 3, 5, 6]);
  });

  it(`expands tabs to stops of ${TAB_STOP}`, () => {
    expect(TAB_STOP).toBe(4);
    const line = measureLine("a\tb\t\t↓");
    expect(line.text).toBe("a   b       ↓");
    expect(line.columns[line.text.indexOf("↓")]).toBe(12);
    expect(measureLine("한\t|").text).toBe("한  |");
  });

  it("splits CRLF, CR and LF, drops a BOM and composes NFD Hangul", () => {
    expect(splitBlockLines("\uFEFFa\r\nb\rc\nd")).toEqual(["a", "b", "c", "d"]);
    const nfd = "데이터".normalize("NFD");
    expect(splitBlockLines(nfd)).toEqual(["데이터"]);
  });
});
