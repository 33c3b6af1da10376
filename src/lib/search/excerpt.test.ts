import { describe, expect, it } from "vitest";
import { ownExcerpt } from "./excerpt";

const visible = "AWS 서버리스 데이터레이크와 이벤트 기반 ETL 파이프라인";
const forms = "데이터레이크 레이크 메타스토어";
const content = `${visible} ${forms}`;
const formsAt = visible.split(" ").length;

describe("ownExcerpt", () => {
  it("marks visible hits and never shows the forms", () => {
    const html = ownExcerpt({ content, locations: [2, formsAt], anchors: [{ id: "search-forms", location: formsAt }] });
    expect(html).toBe("AWS 서버리스 <mark>데이터레이크와</mark> 이벤트 기반 ETL 파이프라인");
  });

  it("shows a form-only hit on the visible word that contains it", () => {
    const html = ownExcerpt({ content, locations: [formsAt + 1], anchors: [{ id: "search-forms", location: formsAt }] });
    expect(html).toBe("AWS 서버리스 <mark>데이터레이크와</mark> 이벤트 기반 ETL 파이프라인");
  });

  it("picks a window around the hits and escapes HTML", () => {
    const words = Array.from({ length: 50 }, (_, i) => `w${i}`);
    words[40] = "<b>";
    const html = ownExcerpt({ content: words.join(" "), locations: [40] }, { length: 5 });
    expect(html).toBe("w38 w39 <mark>&lt;b&gt;</mark> w41 w42");
  });

  it("falls back to the opening words without hits or anchors", () => {
    expect(ownExcerpt({ content, locations: [] }, { length: 3 })).toBe("AWS 서버리스 데이터레이크와");
    expect(ownExcerpt({ content: "", locations: [3] })).toBe("");
  });
});
