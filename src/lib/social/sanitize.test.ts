import { describe, expect, it } from "vitest";
import { cardText } from "./sanitize";

describe("cardText", () => {
  it("drops emoji (with joiners and selectors) and reports each one once", () => {
    expect(cardText("🎯 핵심 포인트 ❤️ 👨‍💻 끝")).toEqual({ text: "핵심 포인트 끝", removed: ["🎯", "❤", "👨", "💻"] });
  });

  it("composes NFD Hangul and collapses whitespace and line breaks", () => {
    expect(cardText("  AWS\r\n서버리스\t데이터레이크 ".normalize("NFD"))).toEqual({ text: "AWS 서버리스 데이터레이크", removed: [] });
  });

  it("keeps text the font can draw, including symbols and Hanja", () => {
    expect(cardText("S3 → Glue · ETL (漢字) #tag")).toEqual({ text: "S3 → Glue · ETL (漢字) #tag", removed: [] });
  });
});
