import { describe, expect, it } from "vitest";
import { analyseText } from "./fixtures/seeds";

const summaryOf = (text: string) => analyseText("강의/노트.md", text).model.summary;

describe("note summaries (issue 19)", () => {
  it("skips metadata lines (강사 : …, 작성일: …, key: value) and lists, and takes the first prose", () => {
    const text = ["# 강의 노트", "", "강사 : 고병화", "작성일: 2024-01-01", "", "- 목록 항목은 요약이 아니다", "- 둘째 항목", "", "데이터 파이프라인은 원시 데이터를 저장소로 옮기는 방법입니다."].join("\n");
    expect(summaryOf(text)).toBe("데이터 파이프라인은 원시 데이터를 저장소로 옮기는 방법입니다.");
  });

  it("lets a frontmatter description or summary win", () => {
    expect(summaryOf(["---", "description: 프론트매터의 설명", "---", "# 제목", "", "본문 첫 문단입니다."].join("\n"))).toBe("프론트매터의 설명");
    expect(summaryOf(["---", "summary: 요약 필드", "---", "# 제목", "", "본문 첫 문단입니다."].join("\n"))).toBe("요약 필드");
  });

  it("reads a note written in NFD (macOS) the same as NFC", () => {
    const nfc = ["# 제목", "", "강사 : 고병화", "", "서버리스 ETL 서비스를 정리한다."].join("\n");
    expect(summaryOf(nfc.normalize("NFD"))).toBe("서버리스 ETL 서비스를 정리한다.");
  });
});
