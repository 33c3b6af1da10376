import { describe, expect, it } from "vitest";
import { noteSearchIndex, siteTermTable } from "./note-forms";
import { PAGEFIND_HEADING_WEIGHTS, SEARCH_WEIGHTS } from "./ranking";

describe("ranking rule", () => {
  it("title and aliases above tags, tags above every heading, headings above text", () => {
    expect(SEARCH_WEIGHTS.title).toBeGreaterThanOrEqual(SEARCH_WEIGHTS.alias);
    expect(SEARCH_WEIGHTS.alias).toBeGreaterThan(SEARCH_WEIGHTS.tag);
    for (const heading of Object.values(PAGEFIND_HEADING_WEIGHTS)) {
      expect(SEARCH_WEIGHTS.tag).toBeGreaterThanOrEqual(heading);
      expect(heading).toBeGreaterThan(SEARCH_WEIGHTS.text);
    }
  });

  it("a title's compound parts and other-script spellings are title forms (데이터레이크 → 레이크, lake)", () => {
    const index = noteSearchIndex(
      { title: "AWS 서버리스 데이터레이크와 이벤트 기반 ETL 파이프라인", searchText: "본문", tags: [], aliases: ["S3 버킷 정리".normalize("NFD").normalize("NFC")] },
      siteTermTable([]),
    );
    const titleForms = index.titleForms.split(" ");
    expect(titleForms).toContain("레이크");
    expect(titleForms).toContain("lake");
    expect(titleForms).toContain("bucket");
    // Text-only words stay out of the title forms.
    expect(titleForms).not.toContain("본문");
  });
});
