import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyseText } from "../notes/fixtures/seeds";
import { CARD_METRICS, fitCard, fitChips } from "./card";
import { cardTree, type CardElement } from "./card-tree";
import { measureText } from "./measure";

const SITE = "AWS 데이터 파이프라인 학습 노트";

function seed(slug: string) {
  const raw = readFileSync(new URL(`../../../content/notes/${slug}.md`, import.meta.url), "utf8");
  const { model } = analyseText(`${slug}.md`, raw);
  return { ...model, tags: model.rawTags };
}

const texts = (node: CardElement | string): string[] =>
  typeof node === "string" ? [node] : [node.props.children ?? []].flat().flatMap((c) => texts(c as CardElement | string));

const fits = (lines: string[], fontSize: number) => lines.every((l) => measureText(l, fontSize) <= CARD_METRICS.contentWidth);

describe("fitCard on the seed notes", () => {
  it("breaks every seed title at spaces into two balanced lines at the large size", () => {
    const expected: Record<string, string[]> = {
      "aws-data-pipeline-lecture": ["데이터 파이프라인과 AI", "알고리즘의 AWS 활용"],
      "aws-etl-pipeline-services": ["AWS ETL 서비스와", "데이터 파이프라인 구성"],
      "aws-glue-serverless-etl": ["AWS Glue - 서버리스 ETL", "서비스와 다양한 데이터 소스 통합"],
      "data-pipeline-lambda-integration": ["AWS Data Pipeline와 Lambda", "함수 통합을 통한 ETL 워크플로우"],
      "datalake-glue-serverless-etl": ["AWS 서버리스 데이터레이크와", "이벤트 기반 ETL 파이프라인"],
    };
    for (const [slug, lines] of Object.entries(expected)) {
      const note = seed(slug);
      const card = fitCard({ title: note.title, tags: note.tags, siteName: SITE });
      expect(card.title, slug).toEqual({ lines, fontSize: 64, truncated: false });
      // Nothing is lost: the lines are the title.
      expect(card.title.lines.join(" ")).toBe(note.title);
      expect(card.removed).toEqual([]);
    }
  });

  it("shows the seed tags as chips on at most two rows, in order, with +N for the rest", () => {
    const lambda = seed("data-pipeline-lambda-integration");
    expect(fitCard({ title: lambda.title, tags: lambda.tags, siteName: SITE })).toMatchObject({
      chips: ["#service/data-pipeline", "#service/lambda", "#integration/workflow", "#processing/batch", "#architecture/etl"],
      hiddenTags: 0,
    });
    const glue = seed("aws-glue-serverless-etl");
    // In the note's own order the five tags fill exactly two rows.
    expect(fitCard({ title: glue.title, tags: glue.tags, siteName: SITE })).toMatchObject({ chips: glue.tags.map((t) => `#${t}`), hiddenTags: 0 });
    // Sorted, as the site passes them, the longest one no longer fits next to `+1`.
    const sorted = [...glue.tags].sort();
    const card = fitCard({ title: glue.title, tags: sorted, siteName: SITE });
    expect(card.chips).toEqual(["#architecture/serverless-etl", "#engine/apache-spark", "#integration/multi-source", "#service/aws-glue"]);
    expect(card.hiddenTags).toBe(1);
    expect(texts(cardTree(card))).toEqual([SITE, "AWS Glue - 서버리스 ETL", "서비스와 다양한 데이터 소스 통합", ...card.chips, "+1"]);
  });

  it("an untagged note (the lecture) has no chips", () => {
    const lecture = seed("aws-data-pipeline-lecture");
    expect(fitCard({ title: lecture.title, tags: lecture.tags, siteName: SITE })).toMatchObject({ chips: [], hiddenTags: 0 });
  });
});

describe("fitCard on hard titles", () => {
  it("steps down to the smaller size before cutting, then cuts the third line with an ellipsis", () => {
    const title = "AWS 서버리스 데이터레이크와 이벤트 기반 ETL 파이프라인 설계 및 운영 시 고려해야 할 비용 성능 보안 가용성 모니터링 전략";
    const card = fitCard({ title, tags: [], siteName: SITE });
    expect(card.title.fontSize).toBe(56);
    expect(card.title.truncated).toBe(false);
    expect(card.title.lines).toHaveLength(3);
    expect(card.title.lines.join(" ")).toBe(title);
    const longer = fitCard({ title: `${title} ${title}`, tags: [], siteName: SITE }).title;
    expect(longer.lines).toHaveLength(3);
    expect(longer.truncated).toBe(true);
    expect(longer.lines[2]?.endsWith("…")).toBe(true);
    expect(fits(longer.lines, longer.fontSize)).toBe(true);
  });

  it("splits a Korean word wider than the card instead of letting it run off the edge", () => {
    const word = "서버리스데이터레이크와이벤트기반ETL파이프라인을설계하고운영할때고려해야하는비용성능보안가용성모니터링장애대응전략";
    const { title } = fitCard({ title: word, tags: [], siteName: SITE });
    expect(title.lines).toHaveLength(3);
    expect(fits(title.lines, title.fontSize)).toBe(true);
    expect(title.lines.join("").replace(/…$/u, "")).toBe(word.slice(0, title.lines.join("").length - (title.truncated ? 1 : 0)));
  });

  it("drops emoji the card font cannot draw, reports them, and keeps a title that is only emoji readable", () => {
    const card = fitCard({ title: "🎯 핵심 포인트 ✅", tags: [], siteName: SITE });
    expect(card.title.lines).toEqual(["핵심 포인트"]);
    expect(card.removed).toEqual(["🎯", "✅"]);
    expect(fitCard({ title: "🎯👨‍💻", tags: [], siteName: SITE }).title.lines).toEqual([SITE]);
  });

  it("treats a decomposed (NFD) title like the composed one", () => {
    const nfc = "AWS 서버리스 데이터레이크와 이벤트 기반 ETL 파이프라인";
    expect(fitCard({ title: nfc.normalize("NFD"), tags: [], siteName: SITE }).title).toEqual(fitCard({ title: nfc, tags: [], siteName: SITE }).title);
  });

  it("keeps the site name to one line", () => {
    const card = fitCard({ title: "t", tags: [], siteName: "아주 긴 사이트 이름 ".repeat(10) });
    expect(card.siteName.endsWith("…")).toBe(true);
    expect(measureText(card.siteName, CARD_METRICS.siteName.fontSize)).toBeLessThanOrEqual(CARD_METRICS.contentWidth);
  });
});

describe("fitChips", () => {
  it("cuts a tag wider than a row and never drops a '#'-only label", () => {
    const { chips, hidden } = fitChips(["#", "usecase/" + "very-long-".repeat(20)]);
    expect(chips).toHaveLength(1);
    expect(chips[0]?.startsWith("#usecase/very-long-")).toBe(true);
    expect(chips[0]?.endsWith("…")).toBe(true);
    expect(hidden).toBe(0);
  });

  it("keeps room for +N on the last row", () => {
    const tags = Array.from({ length: 20 }, (_, i) => `service/kinesis-${i}`);
    const { chips, hidden } = fitChips(tags);
    expect(chips.length + hidden).toBe(20);
    expect(chips.length).toBeGreaterThan(2);
    expect(chips).toEqual(tags.slice(0, chips.length).map((t) => `#${t}`));
  });
});
