import { describe, expect, it } from "vitest";
import { splitWikilinks } from "./segments";

describe("splitWikilinks", () => {
  it("keeps the text around each link, across lines", () => {
    const parts = splitWikilinks("앞 [[a]] 중간\n[[b#제목|보기]] 끝");
    expect(parts.map((p) => (typeof p === "string" ? p : `<${p.target}|${p.heading ?? ""}|${p.text ?? ""}>`))).toEqual([
      "앞 ",
      "<a||>",
      " 중간\n",
      "<b|제목|보기>",
      " 끝",
    ]);
  });

  it("returns plain text untouched", () => {
    expect(splitWikilinks("링크 없음 [x]")).toEqual(["링크 없음 [x]"]);
  });
});
