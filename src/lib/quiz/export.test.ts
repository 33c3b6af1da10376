import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toAnkiTsv } from "./export-anki";
import { folderOf, toQuestionsJson, toStudyJson } from "./export-json";
import { choiceQuestionId, flashcardId } from "../study/question-id";
import { extractQuizSection } from "./section";
import { parseQuiz } from "./parse";
import type { Quiz } from "./types";

function seedQuiz(name: string): Quiz {
  const text = readFileSync(new URL(`../../../content/notes/${name}.md`, import.meta.url), "utf8");
  const result = parseQuiz(extractQuizSection(text).section ?? "");
  if (!result.ok) throw new Error(result.reason);
  return result.quiz;
}

const nasty: Quiz = {
  question: 'Tab\there & <b>"quoted"</b>\nsecond line with **bold** and `code`',
  options: [
    { letter: "A", text: "x < y" },
    { letter: "B", text: "it's\ta tab" },
  ],
  answers: ["B"],
  explanations: [
    { letters: ["A"], text: "줄\n바꿈" },
    { letters: [], text: "Athena - 보기에 없음" },
  ],
  generalExplanation: "일반\r\n설명",
  multiple: false,
};

describe("toQuestionsJson", () => {
  it("exports the seed quiz in the questions.json shape", () => {
    const quiz = seedQuiz("datalake-glue-serverless-etl");
    const json = toQuestionsJson([{ note: "datalake-glue-serverless-etl", url: "/notes/datalake-glue-serverless-etl/", quiz }]);
    expect(json).toEqual([
      {
        note: "datalake-glue-serverless-etl",
        url: "/notes/datalake-glue-serverless-etl/",
        question: quiz.question,
        options: quiz.options,
        answers: ["B", "E"],
        explanations: [
          { letters: ["A", "C"], text: "CloudWatch Alarm은 메트릭 기반 모니터링으로 이벤트 기반 트리거에 부적합" },
          { letters: ["A"], text: "AWS Batch는 컨테이너 기반 배치 처리로 ETL 전용 Glue보다 복잡함" },
          { letters: ["D"], text: "EMR의 Hive 메타스토어는 클러스터 관리가 필요하여 서버리스 요구사항 위배" },
        ],
        multiple: true,
      },
    ]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    // A copy: changing the export must not change the parsed quiz.
    json[0]?.answers.push("Z");
    expect(quiz.answers).toEqual(["B", "E"]);
  });

  it("includes generalExplanation only when present", () => {
    const [entry] = toQuestionsJson([{ note: "n", url: "/n/", quiz: nasty }]);
    expect(entry?.generalExplanation).toBe("일반\r\n설명");
    const [plain] = toQuestionsJson([{ note: "n", url: "/n/", quiz: seedQuiz("aws-glue-serverless-etl") }]);
    expect(plain && "generalExplanation" in plain).toBe(false);
  });

  it("returns [] for no items", () => {
    expect(toQuestionsJson([])).toEqual([]);
  });
});

describe("toAnkiTsv", () => {
  it("writes the header and one tab-separated row per quiz", () => {
    const quiz = seedQuiz("aws-etl-pipeline-services");
    const tsv = toAnkiTsv([
      {
        note: "aws-etl-pipeline-services",
        url: "https://example.com/notes/aws-etl-pipeline-services/",
        quiz,
        tags: ["service/glue", "service/kinesis-data-analytics", "service/glue"],
      },
    ]);
    const lines = tsv.split("\n");
    expect(lines.slice(0, 3)).toEqual(["#separator:tab", "#html:true", "#tags column:3"]);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe("");
    const fields = (lines[3] ?? "").split("\t");
    expect(fields).toEqual([
      "You are building an AWS Machine Learning pipeline and need to process data from a variety of sources. Which of the following AWS services can be used for ETL (Extract, Transform, Load) and data processing?" +
        "<br><br>A) AWS Lambda<br>B) AWS Glue<br>C) AWS Step Functions<br>D) Amazon S3<br>E) Amazon Kinesis Data Analytics",
      "<b>정답: B, E</b><br>B) AWS Glue<br>E) Amazon Kinesis Data Analytics" +
        "<br><br><b>A</b>: 간단한 데이터 변환은 가능하지만 15분 실행 제한으로 대용량 ETL에 부적합" +
        "<br><b>C</b>: ETL 워크플로우 오케스트레이션 역할이지 직접적인 ETL 기능은 없음" +
        "<br><b>D</b>: 데이터 저장소 역할로 ETL 처리 기능 자체는 제공하지 않음" +
        "<br><b>B</b>: 완전 관리형 ETL 서비스로 배치 데이터 처리에 최적화" +
        "<br><b>E</b>: 실시간 스트림 데이터의 ETL 처리에 특화된 서비스" +
        '<br><br><a href="https://example.com/notes/aws-etl-pipeline-services/">aws-etl-pipeline-services</a>',
      "service::glue service::kinesis-data-analytics",
    ]);
  });

  it("escapes HTML and keeps tabs and newlines out of fields", () => {
    const tsv = toAnkiTsv([{ note: 'a "note"', url: "/n?a=1&b=2", quiz: nasty, tags: ["x y/z", ""] }]);
    const row = tsv.split("\n")[3] ?? "";
    expect(tsv.split("\n")).toHaveLength(5);
    expect(row.split("\t")).toEqual([
      "Tab here &amp; &lt;b&gt;&quot;quoted&quot;&lt;/b&gt;<br>second line with <b>bold</b> and <code>code</code>" +
        "<br><br>A) x &lt; y<br>B) it&#39;s a tab",
      "<b>정답: B</b><br>B) it&#39;s a tab" +
        "<br><br><b>A</b>: 줄<br>바꿈<br>Athena - 보기에 없음" +
        "<br><br>일반<br>설명" +
        '<br><br><a href="/n?a=1&amp;b=2">a &quot;note&quot;</a>',
      "x-y::z",
    ]);
  });

  it("writes only the header for no items", () => {
    expect(toAnkiTsv([])).toBe("#separator:tab\n#html:true\n#tags column:3\n");
  });
});

describe("toStudyJson", () => {
  const quiz = seedQuiz("datalake-glue-serverless-etl");
  const notes = [
    { note: "a", url: "/notes/a/", title: "A", tags: ["service/glue"], path: "aws/glue/a.md", quiz, flashcards: [{ front: "질문", back: "답", context: ["H"] }] },
    { note: "b", url: "/notes/b/", title: "B", tags: [], path: "b.md", flashcards: [{ front: "질문", back: "답", context: [] }, { front: "앞", back: "뒤", context: [] }] },
  ];

  it("lists questions first, then flashcards, with ids, folders and tags", () => {
    const items = toStudyJson(notes);
    expect(items.map((i) => [i.kind, i.note])).toEqual([
      ["choice", "a"],
      ["card", "a"],
      ["card", "b"],
    ]);
    expect(items[0]).toMatchObject({ kind: "choice", id: choiceQuestionId(quiz), folder: "aws/glue", tags: ["service/glue"], title: "A" });
    expect(items[1]).toMatchObject({ kind: "card", id: flashcardId({ front: "질문", back: "답" }), front: "질문", back: "답", context: ["H"] });
    expect(items[2]).toMatchObject({ kind: "card", folder: "", front: "앞" });
  });

  it("keeps a card repeated word for word once (progress is keyed by id)", () => {
    expect(toStudyJson(notes).filter((i) => i.kind === "card" && i.front === "질문")).toHaveLength(1);
  });

  it("folderOf takes the directory of a vault path", () => {
    expect(folderOf("a/b/c.md")).toBe("a/b");
    expect(folderOf("c.md")).toBe("");
  });
});

describe("toAnkiTsv with flashcards", () => {
  it("adds one row per card after the questions, canonical tags, TSV-safe fields", () => {
    const tsv = toAnkiTsv([
      { note: "N", url: "https://x/n/", tags: ["service/AWS-Glue"], flashcards: [{ front: "#태그\t질문", back: "줄\n바꿈 <b>" }] },
    ]);
    const rows = tsv.split("\n").slice(3, -1);
    expect(rows).toHaveLength(1);
    const [f, b, tags] = (rows[0] ?? "").split("\t");
    expect(f).toBe("&#35;태그 질문");
    expect(b).toBe('줄<br>바꿈 &lt;b&gt;<br><br><a href="https://x/n/">N</a>');
    expect(tags).toBe("service::glue");
  });
});
