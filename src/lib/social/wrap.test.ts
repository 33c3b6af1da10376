import { describe, expect, it } from "vitest";
import { measureAt, measureText } from "./measure";
import { ellipsize, wrapText } from "./wrap";

/** One unit per character: makes the expected breaks easy to read. */
const count = (s: string) => [...s].length;

describe("wrapText", () => {
  it("breaks at spaces only, greedily", () => {
    expect(wrapText("aa bb cc dd", { maxWidth: 5, maxLines: 3, measure: count })).toEqual({ lines: ["aa bb", "cc dd"], truncated: false });
  });

  it("balances a headline so it does not end in an orphan, without adding lines", () => {
    expect(wrapText("aaaa bbbb cccc d", { maxWidth: 14, maxLines: 3, measure: count })).toEqual({ lines: ["aaaa bbbb cccc", "d"], truncated: false });
    expect(wrapText("aaaa bbbb cccc d", { maxWidth: 14, maxLines: 3, measure: count, balance: true })).toEqual({ lines: ["aaaa bbbb", "cccc d"], truncated: false });
  });

  it("fills the last allowed line and ends it with an ellipsis, without a dangling dash", () => {
    expect(wrapText("aaa bbb - ccc ddd eee", { maxWidth: 7, maxLines: 2, measure: count })).toEqual({ lines: ["aaa bbb", "- ccc…"], truncated: true });
    expect(wrapText("aaa bbb ccc - ddd", { maxWidth: 7, maxLines: 1, measure: count })).toEqual({ lines: ["aaa bb…"], truncated: true });
  });

  it("splits a word longer than a line by grapheme, keeping syllables and combining marks whole", () => {
    const { lines } = wrapText("데이터레이크", { maxWidth: measureText("데이터", 10), maxLines: 3, measure: measureAt(10) });
    expect(lines).toEqual(["데이터", "레이크"]);
    const graphemeCount = (s: string) => [...new Intl.Segmenter("ko", { granularity: "grapheme" }).segment(s)].length;
    const nfd = "데이터레이크".normalize("NFD");
    expect(wrapText(nfd, { maxWidth: 3, maxLines: 3, measure: graphemeCount }).lines).toEqual(["데이터".normalize("NFD"), "레이크".normalize("NFD")]);
  });

  it("returns nothing for empty or blank text and for a zero line budget", () => {
    expect(wrapText("", { maxWidth: 10, maxLines: 3, measure: count })).toEqual({ lines: [], truncated: false });
    expect(wrapText(" \n\t ", { maxWidth: 10, maxLines: 3, measure: count })).toEqual({ lines: [], truncated: false });
    expect(wrapText("abc", { maxWidth: 10, maxLines: 0, measure: count })).toEqual({ lines: [], truncated: true });
  });
});

describe("ellipsize", () => {
  it("ellipsize keeps the longest prefix that fits with the ellipsis", () => {
    expect(ellipsize("abcdef", 4, count)).toBe("abc…");
    expect(ellipsize("abcdef", 1, count)).toBe("…");
    expect(ellipsize("abcdef", 0, count)).toBe("");
  });
});
