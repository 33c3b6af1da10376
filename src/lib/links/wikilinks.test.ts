import { describe, expect, it } from "vitest";
import { loadSeedNotes, readSeedMarkdown } from "./fixtures/seed-notes";
import { findWikilinks } from "./wikilinks";

describe("findWikilinks", () => {
  it("finds none in the seed notes (they use [text](#) links and code blocks only)", () => {
    for (const n of loadSeedNotes()) expect([n.slug, findWikilinks(readSeedMarkdown(n.slug))]).toEqual([n.slug, []]);
  });

  it("parses every link form with 1-based line and column", () => {
    const md = [
      "참고: [[aws-glue-serverless-etl]] 와 [[glue-crawler]].",
      "[[aws-etl-pipeline-services|ETL 정리]] / [[aws-etl-pipeline-services#핵심 포인트]]",
      "- [[ data-pipeline # 설명 | 파이프라인 설명 ]] 그리고 [[#아키텍처 플로우]]",
      "![[diagram.png]] \\[[not-a-link]] [[a#b#c]]",
    ].join("\n");
    expect(findWikilinks(md)).toEqual([
      { raw: "[[aws-glue-serverless-etl]]", target: "aws-glue-serverless-etl", embed: false, line: 1, column: 5 },
      { raw: "[[glue-crawler]]", target: "glue-crawler", embed: false, line: 1, column: 35 },
      { raw: "[[aws-etl-pipeline-services|ETL 정리]]", target: "aws-etl-pipeline-services", text: "ETL 정리", embed: false, line: 2, column: 1 },
      { raw: "[[aws-etl-pipeline-services#핵심 포인트]]", target: "aws-etl-pipeline-services", heading: "핵심 포인트", embed: false, line: 2, column: 40 },
      { raw: "[[ data-pipeline # 설명 | 파이프라인 설명 ]]", target: "data-pipeline", heading: "설명", text: "파이프라인 설명", embed: false, line: 3, column: 3 },
      { raw: "[[#아키텍처 플로우]]", target: "", heading: "아키텍처 플로우", embed: false, line: 3, column: 43 },
      { raw: "![[diagram.png]]", target: "diagram.png", embed: true, line: 4, column: 1 },
      { raw: "[[a#b#c]]", target: "a", heading: "b#c", embed: false, line: 4, column: 34 },
    ]);
  });

  it("skips fenced code (``` and ~~~, longer fences, unclosed) and inline code spans", () => {
    const md = [
      "before [[one]]",
      "```",
      "[[in-fence]]",
      "```",
      "inline `[[in-code]]` and ``[[double `tick` code]]`` then [[two]]",
      "~~~~ js",
      "[[in-tilde]]",
      "~~~",
      "still code [[in-tilde-2]]",
      "~~~~",
      "unmatched ` backtick [[three]]",
      "",
      "span `across",
      "lines [[in-span]]` end [[four]]",
      "    ```",
      "[[five]] (a 4-space fence line is not a fence)",
      "```",
      "[[in-unclosed-fence]]",
    ].join("\n");
    expect(findWikilinks(md).map((l) => [l.target, l.line])).toEqual([["one", 1], ["two", 5], ["three", 11], ["four", 14], ["five", 16]]);
  });

  it("handles CRLF, table-escaped pipes, NFD text and odd input without throwing", () => {
    const md = "```\r\n[[hidden]]\r\n```\r\n| a | [[note\\|표 텍스트]] |\r\n[[]] [[unclosed [[노트".normalize("NFD");
    const links = findWikilinks(md);
    expect(links.map((l) => [l.target, l.text, l.line, l.column])).toEqual([
      ["note", "표 텍스트".normalize("NFD"), 4, 7],
      ["", undefined, 5, 1],
    ]);
    expect(findWikilinks("")).toEqual([]);
    expect(findWikilinks("[[a\nb]]")).toEqual([]);
  });
});
