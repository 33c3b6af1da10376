import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assertUniqueSlugs, normaliseNote, NoteReadError } from "./index";

const seed = (name: string) => ({
  path: `content/notes/${name}.md`,
  raw: readFileSync(new URL(`../../../content/notes/${name}.md`, import.meta.url), "utf8"),
});
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("normaliseNote on the seed notes", () => {
  it("publishes the note without frontmatter under its file name", () => {
    const { note, warnings } = normaliseNote(seed("aws-data-pipeline-lecture"));
    expect(note.slug).toBe("aws-data-pipeline-lecture");
    expect(note.title).toBe("데이터 파이프라인과 AI 알고리즘의 AWS 활용");
    expect(note.tags).toEqual([]);
    expect(note.aliases).toEqual([]);
    expect(note.created).toBeUndefined();
    expect(note.summary).toBe("강사 : 고병화");
    expect(warnings).toEqual([]);
    // The title heading is gone and the other `#` headings moved down, so the page has one <h1>.
    expect(note.body).not.toMatch(/^# /m);
    expect(note.body).toMatch(/^## AWS Data Pipeline$/m);
    expect(note.body).toMatch(/^### 데이터 파이프라인이란\?$/m);
  });

  it("parses frontmatter opened with `--- ` and drops the pasted tag block", () => {
    const { note } = normaliseNote(seed("aws-glue-serverless-etl"));
    expect(note.slug).toBe("aws-glue-serverless-etl");
    expect(note.title).toBe("AWS Glue - 서버리스 ETL 서비스와 다양한 데이터 소스 통합");
    expect(note.tags).toEqual([
      "service/aws-glue",
      "architecture/serverless-etl",
      "engine/apache-spark",
      "integration/multi-source",
      "usecase/data-warehouse-etl",
    ]);
    expect(note.body).not.toContain("🏷️");
    expect(note.body.trimEnd().endsWith("배치 ETL 시나리오에 부적합")).toBe(true);
    expect(note.summary.startsWith("다양한 데이터 소스에서 데이터를 추출하고")).toBe(true);
  });

  it("takes slug from the frontmatter title and the readable title from the first heading", () => {
    const { note } = normaliseNote(seed("aws-etl-pipeline-services"));
    expect(note.slug).toBe("aws-etl-pipeline-services");
    expect(note.title).toBe("AWS ETL 서비스와 데이터 파이프라인 구성");
    expect(note.created).toBe("2025-08-19");
    expect(note.modified).toBe("2025-08-19");
    expect(note.aliases).toEqual(["etl", "data-pipeline", "stream-processing"]);
    expect(note.summary).toBe(
      "여러 데이터 소스를 처리하는 ML 파이프라인을 구축하는 경우, 배치 처리에서는 AWS Glue를, 실시간 스트림 처리에서는 Kinesis Data Analytics를 사용할 수 있다.",
    );
    expect(note.body).not.toContain("# AWS ETL 서비스와 데이터 파이프라인 구성");
    expect(note.body).toContain("## 🎯 핵심 포인트");
  });

  it("normalises the other two seeds", () => {
    const lambda = normaliseNote(seed("data-pipeline-lambda-integration")).note;
    expect(lambda.tags).toEqual(["service/data-pipeline", "service/lambda", "integration/workflow", "processing/batch", "architecture/etl"]);
    expect(lambda.modified).toBe("2025-08-20");
    const lake = normaliseNote(seed("datalake-glue-serverless-etl")).note;
    expect(lake.title).toBe("AWS 서버리스 데이터레이크와 이벤트 기반 ETL 파이프라인");
    expect(lake.aliases).toEqual(["aws-glue-datalake", "serverless-etl", "glue-crawler"]);
    expect(lake.bodyStartLine).toBe(15);
  });
});

describe("normaliseNote on variants", () => {
  it("accepts CRLF line endings and a UTF-8 BOM", () => {
    const { note } = normaliseNote({ path: "content/notes/crlf.md", raw: fixture("crlf-bom.md") });
    expect(note.slug).toBe("crlf-bom-note");
    expect(note.title).toBe("윈도우에서 쓴 노트");
    expect(note.tags).toEqual(["service/glue", "학습/비교"]);
    expect(note.body).not.toContain("\r");
  });

  it("accepts tags as one string, with `#` and spaces", () => {
    const { note } = normaliseNote({ path: "n.md", raw: "---\ntags: \"#service/glue, #학습/비교 \"\naliases: 글루\n---\n본문" });
    expect(note.tags).toEqual(["service/glue", "학습/비교"]);
    expect(note.aliases).toEqual(["글루"]);
    expect(note.title).toBe("n");
  });

  it("NFC-normalises decomposed Korean in titles, tags and file names", () => {
    const nfd = (s: string) => s.normalize("NFD");
    const { note } = normaliseNote({ path: nfd("content/notes/한글노트.md"), raw: nfd("---\ntags:\n  - 학습/비교\n---\n# 데이터레이크 정리\n\n본문입니다.") });
    expect(note.slug).toBe("한글노트");
    expect(note.title).toBe("데이터레이크 정리");
    expect(note.tags).toEqual(["학습/비교"]);
    expect(note.summary).toBe("본문입니다.");
  });

  it("fails on broken YAML naming the file and the line", () => {
    expect(() => normaliseNote({ path: "content/notes/broken.md", raw: fixture("broken-yaml.md") })).toThrowError(
      /^content\/notes\/broken\.md:5: broken YAML frontmatter/,
    );
  });

  it("fails clearly on a tag that is not a string", () => {
    const raw = "---\ntitle: x\ntags:\n  - service/glue\n  - { a: 1 }\n---\n본문";
    expect(() => normaliseNote({ path: "x.md", raw })).toThrowError(/^x\.md:3: `tags` item 2 must be a string, found a map/);
    expect(() => normaliseNote({ path: "y.md", raw: "---\naliases: [1]\n---\n" })).toThrowError(/^y\.md:2: `aliases` item 1 must be a string/);
  });

  it("warns about an unreadable date but still publishes", () => {
    const { note, warnings } = normaliseNote({ path: "d.md", raw: "---\ncreated: 어제\n---\n본문" });
    expect(note.created).toBeUndefined();
    expect(warnings).toEqual([{ file: "d.md", line: 2, message: "`created` is not a date (YYYY-MM-DD): 어제; ignored" }]);
  });

  it("ignores `#` lines inside code blocks when finding the title", () => {
    const { note } = normaliseNote({ path: "code.md", raw: "```bash\n# not a title\n```\n\n# 진짜 제목\n" });
    expect(note.title).toBe("진짜 제목");
    expect(note.body).toContain("# not a title");
  });

  it("refuses two notes with the same slug, naming both files", () => {
    const a = normaliseNote({ path: "content/notes/a.md", raw: "---\ntitle: same\n---\n" }).note;
    const b = normaliseNote({ path: "content/notes/b.md", raw: "---\ntitle: same\n---\n" }).note;
    expect(() => assertUniqueSlugs([a, b])).toThrowError(NoteReadError);
    expect(() => assertUniqueSlugs([a, b])).toThrowError(/content\/notes\/b\.md: slug "same" is already used by content\/notes\/a\.md/);
  });
});
