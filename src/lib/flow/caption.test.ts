import { describe, expect, it } from "vitest";
import { splitCaption } from "./caption";
import { diagramForBlock } from "./block";
import { fixture } from "./fixtures/load";

describe("splitCaption", () => {
  it("splits a colon caption from the flow under it", () => {
    expect(splitCaption(fixture("broken-orphan-label.txt"))).toEqual({ caption: "파이프라인 구성", flow: "Amazon S3 → Glue\n", offset: 1 });
    expect(splitCaption("아키텍처：\n\nS3 → Glue")).toEqual({ caption: "아키텍처", flow: "S3 → Glue", offset: 2 });
    expect(splitCaption("흐름:\r\n요청 → 응답".normalize("NFD"))).toEqual({ caption: "흐름", flow: "요청 → 응답", offset: 1 });
  });

  it("is null without a caption", () => {
    for (const text of ["S3 → Glue", "파이프라인 구성\nS3 → Glue", "단계: S3 → Glue\nAthena", "캡션:", "캡션:\n\n"]) {
      expect([text, splitCaption(text)]).toEqual([text, null]);
    }
  });

  it("lets diagramForBlock draw a captioned flow and name it, and map a failure back to the block's line", () => {
    expect(diagramForBlock(null, fixture("broken-orphan-label.txt"), "다이어그램")).toMatchObject({
      ok: true,
      description: "파이프라인 구성: Amazon S3 → Glue",
    });
    expect(diagramForBlock(null, "흐름:\nA → B\n→ →", "다이어그램")).toMatchObject({ ok: false, line: 3 });
  });
});
