import { describe, expect, it } from "vitest";
import { fitCard } from "./card";
import { cardTree, type CardElement } from "./card-tree";

const texts = (node: CardElement | string): string[] =>
  typeof node === "string" ? [node] : [node.props.children ?? []].flat().flatMap((c) => texts(c as CardElement | string));

describe("social card", () => {
  it("keeps a seed title whole and shows the site name and tags", () => {
    const card = fitCard({ title: "AWS Glue - 서버리스 ETL 서비스와 다양한 데이터 소스 통합", tags: ["service/glue", "engine/apache-spark"], siteName: "학습 노트" });
    expect(texts(cardTree(card))).toEqual(["학습 노트", "AWS Glue - 서버리스 ETL 서비스와 다양한 데이터 소스 통합", "#service/glue", "#engine/apache-spark"]);
  });

  it("cuts a long title at a word with an ellipsis and keeps five tags", () => {
    const title = "데이터 파이프라인 ".repeat(12).trim();
    const card = fitCard({ title, tags: ["a", "b", "c", "d", "e", "f", "g"], siteName: "s" });
    expect(card.title.endsWith("파이프라인…") || card.title.endsWith("데이터…")).toBe(true);
    expect([...card.title].length).toBeLessThanOrEqual(71);
    expect(card.tags).toEqual(["a", "b", "c", "d", "e"]);
  });
});
