import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyseText, loadSeedNotes } from "./fixtures/seeds";

const seed = (stem: string) => {
  const found = loadSeedNotes().find((n) => n.model.path === `${stem}.md`);
  if (found === undefined) throw new Error(`no seed ${stem}`);
  return found;
};
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("analyseNote on the seed notes (one model per note)", () => {
  it("publishes the note without frontmatter, titled by its first heading", () => {
    const { model, warnings } = seed("aws-data-pipeline-lecture");
    expect(model.title).toBe("데이터 파이프라인과 AI 알고리즘의 AWS 활용");
    expect(model.tags).toEqual([]);
    expect(model.aliases).toEqual([]);
    expect(model.created).toBeUndefined();
    expect(warnings).toEqual([]);
    // The metadata line `강사 : 고병화` is not a summary.
    expect(model.summary).not.toBe("강사 : 고병화");
    expect(model.summary.length).toBeGreaterThan(20);
    // The other `#` headings move one level down, so the page keeps one <h1>.
    expect(model.headings.every((h) => h.depth >= 2)).toBe(true);
    expect(model.headings.find((h) => h.text === "데이터 파이프라인이란?")?.depth).toBe(3);
    expect(model.titleKey).toBe("3:1");
  });

  it("parses frontmatter opened with `--- `, keeps the pasted tag block's tags and hides it", () => {
    const { model } = seed("aws-glue-serverless-etl");
    expect(model.title).toBe("AWS Glue - 서버리스 ETL 서비스와 다양한 데이터 소스 통합");
    expect(model.rawTags).toEqual(["service/aws-glue", "architecture/serverless-etl", "engine/apache-spark", "integration/multi-source", "usecase/data-warehouse-etl"]);
    // Canonical tags: synonyms applied once, here.
    expect(model.tags).toContain("service/glue");
    expect(model.tags).not.toContain("service/aws-glue");
    expect(model.summary.startsWith("다양한 데이터 소스에서 데이터를 추출하고")).toBe(true);
    // The quiz section and the trailing tag block are hidden from the prose.
    expect(model.hiddenKeys.length).toBeGreaterThan(1);
    expect(model.quiz?.answers).toEqual(["C"]);
  });

  it("reads dates, aliases and the key-point summary", () => {
    const { model } = seed("aws-etl-pipeline-services");
    expect(model.title).toBe("AWS ETL 서비스와 데이터 파이프라인 구성");
    expect(model.created).toBe("2025-08-19");
    expect(model.modified).toBe("2025-08-19");
    expect(model.aliases).toEqual(["etl", "data-pipeline", "stream-processing"]);
    expect(model.summary).toBe(
      "여러 데이터 소스를 처리하는 ML 파이프라인을 구축하는 경우, 배치 처리에서는 AWS Glue를, 실시간 스트림 처리에서는 Kinesis Data Analytics를 사용할 수 있다.",
    );
    expect(model.headings[0]).toMatchObject({ depth: 2, id: "핵심-포인트", text: "🎯 핵심 포인트" });
  });

  it("finds every seed diagram as a diagram block, with Mermaid source", () => {
    const diagrams = loadSeedNotes().flatMap((n) => n.model.codeBlocks.filter((b) => b.role === "diagram"));
    expect(diagrams).toHaveLength(6);
    for (const d of diagrams) expect(d.mermaid?.startsWith("flowchart")).toBe(true);
    const lake = seed("datalake-glue-serverless-etl").model;
    expect(lake.lineOffset).toBe(14);
    expect(lake.aliases).toEqual(["aws-glue-datalake", "serverless-etl", "glue-crawler"]);
  });
});

describe("analyseNote on variants", () => {
  it("accepts CRLF line endings and a UTF-8 BOM", () => {
    const { model } = analyseText("crlf.md", fixture("crlf-bom.md"));
    expect(model.title).toBe("윈도우에서 쓴 노트");
    expect(model.tags).toEqual(["service/glue", "학습/비교"]);
  });

  it("accepts tags as one string, with `#` and spaces, and an alias as one string", () => {
    const { model } = analyseText("n.md", '---\ntags: "#service/glue, #학습/비교 "\naliases: 글루\n---\n본문');
    expect(model.tags).toEqual(["service/glue", "학습/비교"]);
    expect(model.aliases).toEqual(["글루"]);
    expect(model.title).toBe("n");
  });

  it("NFC-normalises decomposed Korean in titles, tags and headings", () => {
    const nfd = (s: string) => s.normalize("NFD");
    const { model } = analyseText("한글노트.md", nfd("---\ntags:\n  - 학습/비교\n---\n# 데이터레이크 정리\n\n## 개요\n\n본문입니다."));
    expect(model.title).toBe("데이터레이크 정리");
    expect(model.tags).toEqual(["학습/비교"]);
    expect(model.headings[0]?.id).toBe("개요");
    expect(model.summary).toBe("본문입니다.");
  });

  it("publishes a note whose YAML is broken, without its frontmatter, and says where", () => {
    const { model, warnings } = analyseText("content/notes/broken.md", fixture("broken-yaml.md"));
    expect(model.title).toBe("깨진 노트");
    expect(model.tags).toEqual([]);
    expect(warnings).toMatchObject([{ kind: "frontmatter", file: "content/notes/broken.md", line: 5 }]);
    expect(warnings[0]?.message).toMatch(/not valid YAML/);
  });

  it("reads title, tags and aliases as typed, and leaves out what is not text, naming the line", () => {
    const { model, warnings } = analyseText("x.md", "---\ntitle: 1.10\ntags:\n  - service/glue\n  - { a: 1 }\naliases: [0x1F]\n---\n본문");
    expect(model.title).toBe("1.10");
    expect(model.tags).toEqual(["service/glue"]);
    expect(model.aliases).toEqual(["0x1F"]);
    expect(warnings).toMatchObject([{ kind: "frontmatter", line: 3, message: "`tags` item 2 must be text, found a map; left out" }]);
  });

  it("takes the first string of a list-valued title, with a warning", () => {
    const { model, warnings } = analyseText("t.md", "---\ntitle: [My Note]\n---\n본문");
    expect(model.title).toBe("My Note");
    expect(warnings).toMatchObject([{ kind: "frontmatter", line: 2 }]);
  });

  it("warns about an unreadable date but still publishes", () => {
    const { model, warnings } = analyseText("d.md", "---\ncreated: 어제\n---\n본문");
    expect(model.created).toBeUndefined();
    expect(warnings).toEqual([{ kind: "frontmatter", file: "d.md", line: 2, message: "`created` is not a date (YYYY-MM-DD): 어제; ignored" }]);
  });

  it("accepts an empty frontmatter block and Obsidian's date and publish keys", () => {
    expect(analyseText("e.md", "---\n\n---\n본문").warnings).toEqual([]);
    const { model } = analyseText("p.md", "---\ndate created: 2024-3-5\ndate modified: 2024-03-07T10:00\npublish: false\n---\n본문");
    expect(model).toMatchObject({ created: "2024-03-05", modified: "2024-03-07", unpublished: true });
    expect(analyseText("q.md", "---\ndraft: true\n---\n").model.unpublished).toBe(true);
    expect(analyseText("r.md", "---\npermalink: /guide/start\nslug: 시작\n---\n").model).toMatchObject({ permalink: "/guide/start", slug: "시작" });
  });

  it("ignores `#` lines inside code blocks when finding the title and headings", () => {
    const { model } = analyseText("code.md", "```bash\n# not a title\n## nor a heading\n```\n\n# 진짜 제목\n");
    expect(model.title).toBe("진짜 제목");
    expect(model.headings).toEqual([]);
    expect(model.codeBlocks).toMatchObject([{ role: "code", line: 1 }]);
  });

  it("collects links and embeds as written, with their file lines", () => {
    const { model } = analyseText(
      "a.md",
      "---\ntitle: a\n---\n# A\n\n[[my_note_file]] [[folder/B#절|보기]] ![[img.png|300x200]]\n[t](My%20Note.md#head) ![alt](pics/x.png) [ext](https://x.example)\n\n- ![[b#^blk]]\n",
    );
    expect(model.references.map(({ key: _k, raw: _r, ...r }) => r)).toEqual([
      { kind: "wikilink", embed: false, target: "my_note_file", line: 6 },
      { kind: "wikilink", embed: false, target: "folder/B", fragment: "절", label: "보기", line: 6 },
      { kind: "wikilink", embed: true, target: "img.png", width: 300, height: 200, line: 6 },
      { kind: "markdown", embed: false, target: "My Note.md", fragment: "head", label: "t", line: 7 },
      { kind: "markdown", embed: true, target: "pics/x.png", label: "alt", line: 7 },
      { kind: "wikilink", embed: true, target: "b", fragment: "^blk", line: 9 },
    ]);
  });

  it("reports a practice question it cannot understand at its file line, and keeps it as prose", () => {
    const { model, warnings } = analyseText("q.md", "# Q\n\n## 📝 관련 문제\n\n질문?\n\n- A) 하나\n- B) 둘\n");
    expect(model.quiz).toBeUndefined();
    expect(model.hiddenKeys).toEqual([]);
    expect(warnings).toMatchObject([{ kind: "quiz", line: 8 }]);
  });

  it("gives each heading its section's end line (what an embed of it shows)", () => {
    const { model } = analyseText("s.md", "# T\n\n## 가\n\n본문\n\n### 가-1\n\n텍스트\n\n## 나\n\n끝\n");
    expect(model.headings.map((h) => [h.text, h.line, h.endLine])).toEqual([
      ["가", 3, 11],
      ["가-1", 7, 11],
      ["나", 11, 15],
    ]);
  });
});

describe("the model of a note (snapshot)", () => {
  it("is stable for a seed note with a quiz, a diagram, a pasted tag block and `--- ` frontmatter", () => {
    const { model, warnings } = seed("aws-glue-serverless-etl");
    expect(warnings).toEqual([]);
    expect(model).toMatchSnapshot();
  });

  it("is stable for a note with everything Obsidian writes", () => {
    const text = readFileSync(new URL("../../../e2e/fixtures/notes/문법/옵시디언 문법.md", import.meta.url), "utf8");
    const { model } = analyseText("문법/옵시디언 문법.md", text);
    expect({ ...model, searchText: model.searchText.length }).toMatchSnapshot();
  });
});
