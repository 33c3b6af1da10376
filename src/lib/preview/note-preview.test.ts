import { describe, expect, it } from "vitest";
import { firstDiagramSvg, notePreview } from "./note-preview";

const diagram = (label: string) =>
  `<figure class="flow-diagram"><div class="flow-diagram__scroll" tabindex="0"><svg viewBox="0 0 10 10" role="img" aria-label="${label}"><title>${label}</title><g id="a-1"><text>글루</text></g></svg></div><details class="flow-diagram__source"><summary>원본 보기</summary><pre><code>x</code></pre></details></figure>`;

describe("notePreview", () => {
  it("takes the title, summary and the first diagram, hidden from screen readers", () => {
    const preview = notePreview({ title: "AWS Glue 노트", summary: "서버리스 ETL", html: `<p>본문</p>${diagram("첫 그림")}${diagram("둘째 그림")}` });
    expect(preview.t).toBe("AWS Glue 노트");
    expect(preview.s).toBe("서버리스 ETL");
    expect(preview.d).toBe('<svg viewBox="0 0 10 10" aria-hidden="true" focusable="false"><g id="a-1"><text>글루</text></g></svg>');
  });

  it("leaves out a missing or oversized diagram, and notes rendered later (MDX)", () => {
    expect(notePreview({ title: "가", summary: "", html: "<p>그림 없음</p>" })).toEqual({ t: "가", s: "" });
    expect(firstDiagramSvg(diagram("큰 그림"), 50)).toBeUndefined();
    expect(notePreview({ title: "나", summary: "요약", html: undefined })).toEqual({ t: "나", s: "요약" });
  });
});
