import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { visibleHits } from "../search/excerpt";
import { resultView, type PagefindResultData } from "./target";

/** Real `data()` of Pagefind results over the seed notes (built site, forms included). */
function fixture(name: string): PagefindResultData[] {
  const { results } = JSON.parse(readFileSync(new URL(`./fixtures/pagefind-${name}.json`, import.meta.url), "utf8")) as { results: PagefindResultData[] };
  return results;
}
const wordsOf = (data: PagefindResultData) => data.content.split(/\s+/u).filter((w) => w.length > 0);
const formsStart = (data: PagefindResultData) => data.anchors?.find((a) => a.id === "search-forms")?.location ?? Infinity;
const text = (html: string) => html.replace(/<\/?mark>/gu, "").replace(/&amp;/gu, "&");

describe("visibleHits", () => {
  it("maps a hit that exists only as a hidden form onto the visible words containing it", () => {
    const [store] = fixture("store");
    expect(store).toBeDefined();
    // Pagefind matched 스토어 only among the forms…
    expect(store!.locations.every((l) => l >= formsStart(store!))).toBe(true);
    // …the reader sees it inside 메타스토어와 (설명, Trade-offs) and 메타스토어는 (관련 문제).
    const hits = visibleHits(store!);
    expect(hits).toEqual([76, 170, 368]);
    expect(hits.map((h) => wordsOf(store!)[h])).toEqual(["메타스토어와", "메타스토어", "메타스토어는"]);
  });

  it("keeps direct hits and ignores the copies in the forms", () => {
    const [etl] = fixture("step-functions");
    expect(visibleHits(etl!).map((h) => wordsOf(etl!)[h])).toEqual(["Step", "Functions", "Step", "Functions:"]);
  });

  it("without source anchors a Korean reading of an English name (람다 for Lambda) has nothing to mark", () => {
    for (const data of fixture("lambda-reading")) expect(visibleHits(data)).toEqual([]);
  });

  it("with source anchors a Korean reading marks the English word it stands for (람다 → Lambda)", () => {
    for (const data of fixture("lambda-reading")) {
      const anchors = [...(data.anchors ?? []), ...["람다=lambda", "버킷=bucket"].map((pair) => ({ element: "span", id: `search-source-${pair}`, location: 9999 }))];
      const marked = visibleHits({ ...data, anchors }).map((h) => wordsOf(data)[h]);
      expect(marked.length).toBeGreaterThan(0);
      for (const word of marked) expect(word!.toLowerCase()).toContain("lambda");
    }
  });

  it("a damaged source anchor changes nothing", () => {
    for (const data of fixture("lambda-reading")) expect(visibleHits({ ...data, anchors: [...(data.anchors ?? []), { element: "span", id: "search-source-=;|람다", location: 9999 }] })).toEqual([]);
  });

  it("survives a result without anchors or matches", () => {
    const empty: PagefindResultData = { url: "/x/", content: "", locations: [] };
    const outOfRange: PagefindResultData = { url: "/x/", content: "a b", locations: [5, -1] };
    expect(visibleHits(empty)).toEqual([]);
    expect(visibleHits(outOfRange)).toEqual([]);
  });
});

describe("resultView", () => {
  it("links to the heading whose section holds the match, with an excerpt from there", () => {
    const [store] = fixture("store");
    const view = resultView(store!);
    expect(view.href).toBe(`/notes/datalake-glue-serverless-etl/#${encodeURIComponent("aws-glue가-서버리스-데이터레이크에-적합한-이유")}`);
    expect(view.section).toBe("AWS Glue가 서버리스 데이터레이크에 적합한 이유");
    expect(view.excerpt).toContain("Apache Hive <mark>메타스토어와</mark> 호환되면서도");
  });

  it("picks the heading that names the query over sections that mention it", () => {
    const [orchestration] = fixture("orchestration");
    const view = resultView(orchestration!);
    expect(view.section).toBe("파이프라인 오케스트레이션");
    expect(view.href).toBe(`/notes/aws-etl-pipeline-services/#${encodeURIComponent("파이프라인-오케스트레이션")}`);
    expect(view.excerpt).toContain("파이프라인 <mark>오케스트레이션.</mark> AWS Step Functions: 서버리스 워크플로우 조정");
  });

  it("links a title match to the note itself", () => {
    const [first, second] = fixture("etl");
    expect(resultView(first!).href).toBe("/notes/aws-etl-pipeline-services/");
    expect(resultView(first!).section).toBeUndefined();
    expect(resultView(second!).href).toBe("/notes/aws-glue-serverless-etl/");
    expect(resultView(second!).excerpt).toContain("AWS Glue는 완전 관리형 서버리스 <mark>ETL</mark> 서비스로,");
  });

  it("leaves the excerpt out when nothing visible matched (the caller shows the summary)", () => {
    for (const data of fixture("lambda-reading")) expect(resultView(data)).toEqual({ href: data.url });
  });

  it("never shows a word of the hidden forms", () => {
    for (const name of ["store", "step-functions", "etl", "lambda-reading", "orchestration"]) {
      for (const data of fixture(name)) {
        const excerpt = resultView(data).excerpt;
        if (excerpt === undefined) continue;
        const visible = wordsOf(data).slice(0, formsStart(data)).join(" ");
        expect(visible).toContain(text(excerpt));
      }
    }
  });

  it("links to the page when a note has no headings", () => {
    const data: PagefindResultData = { url: "/notes/plain/", content: "제목. 본문에 람다가 있다.", locations: [2], anchors: [] };
    expect(resultView(data)).toEqual({ href: "/notes/plain/", excerpt: "제목. 본문에 <mark>람다가</mark> 있다." });
  });
});

describe("resultView heading choice", () => {
  const data: PagefindResultData = {
    url: "/notes/n/",
    // 0 제목 | 1 설명 2 오케스트레이션은 3 두 4 번 5 오케스트레이션 | 6 파이프라인 7 오케스트레이션 8 정리 9 끝
    content: "제목 설명 오케스트레이션은 두 번 오케스트레이션 파이프라인 오케스트레이션 정리 끝",
    locations: [2, 5, 7],
    anchors: [
      { element: "h2", id: "설명", text: "설명", location: 1 },
      { element: "h3", id: "파이프라인-오케스트레이션", text: "파이프라인 오케스트레이션", location: 6 },
    ],
  };

  it("prefers the heading that names the query over a section with more passing mentions", () => {
    expect(resultView(data)).toMatchObject({ href: "/notes/n/#%ED%8C%8C%EC%9D%B4%ED%94%84%EB%9D%BC%EC%9D%B8-%EC%98%A4%EC%BC%80%EC%8A%A4%ED%8A%B8%EB%A0%88%EC%9D%B4%EC%85%98", section: "파이프라인 오케스트레이션" });
  });

  it("falls back to the section with most matches when no heading names it", () => {
    expect(resultView({ ...data, locations: [2, 5, 8] })).toMatchObject({ section: "설명" });
  });
});
