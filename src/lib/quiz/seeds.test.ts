import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractQuizSection } from "./section";
import { parseQuiz } from "./parse";
import type { Quiz } from "./types";

const seed = (name: string): string => readFileSync(new URL(`../../../content/notes/${name}.md`, import.meta.url), "utf8");

function quizOf(text: string): { quiz: Quiz; startLine: number } {
  const { section, startLine } = extractQuizSection(text);
  if (section === null || startLine === null) throw new Error("no quiz section");
  const result = parseQuiz(section);
  if (!result.ok) throw new Error(`${result.reason} at ${result.line}`);
  return { quiz: result.quiz, startLine };
}

const expected: Record<string, { startLine: number; quiz: Quiz }> = {
  "aws-etl-pipeline-services": {
    startLine: 110,
    quiz: {
      question:
        "You are building an AWS Machine Learning pipeline and need to process data from a variety of sources. Which of the following AWS services can be used for ETL (Extract, Transform, Load) and data processing?",
      options: [
        { letter: "A", text: "AWS Lambda" },
        { letter: "B", text: "AWS Glue" },
        { letter: "C", text: "AWS Step Functions" },
        { letter: "D", text: "Amazon S3" },
        { letter: "E", text: "Amazon Kinesis Data Analytics" },
      ],
      answers: ["B", "E"],
      explanations: [
        { letters: ["A"], text: "간단한 데이터 변환은 가능하지만 15분 실행 제한으로 대용량 ETL에 부적합" },
        { letters: ["C"], text: "ETL 워크플로우 오케스트레이션 역할이지 직접적인 ETL 기능은 없음" },
        { letters: ["D"], text: "데이터 저장소 역할로 ETL 처리 기능 자체는 제공하지 않음" },
        { letters: ["B"], text: "완전 관리형 ETL 서비스로 배치 데이터 처리에 최적화" },
        { letters: ["E"], text: "실시간 스트림 데이터의 ETL 처리에 특화된 서비스" },
      ],
      multiple: true,
    },
  },
  "aws-glue-serverless-etl": {
    startLine: 68,
    quiz: {
      question:
        "A company needs to build an ETL pipeline that integrates data from on-premises MySQL and PostgreSQL databases with cloud-based Aurora and S3 data into a Redshift data warehouse. The solution should automatically infer schemas, generate ETL code, and handle large-scale data processing without server management. Which service best meets these requirements?",
      options: [
        { letter: "A", text: "AWS Lambda with custom Python scripts" },
        { letter: "B", text: "Amazon EMR with manual Spark job configuration" },
        { letter: "C", text: "AWS Glue with Data Catalog and ETL jobs" },
        { letter: "D", text: "AWS Data Pipeline with EC2 instances" },
        { letter: "E", text: "Amazon Kinesis Data Firehose" },
      ],
      answers: ["C"],
      explanations: [
        { letters: ["A"], text: "15분 실행 시간 제한과 메모리 제약으로 대용량 ETL에 부적합" },
        { letters: ["B"], text: "수동 설정 필요하고 서버 관리가 필요해 요구사항에 맞지 않음" },
        { letters: ["D"], text: "EC2 인스턴스 관리가 필요하고 자동 코드 생성 기능 없음" },
        { letters: ["E"], text: "실시간 스트리밍 서비스로 배치 ETL 시나리오에 부적합" },
      ],
      multiple: false,
    },
  },
  "data-pipeline-lambda-integration": {
    startLine: 73,
    quiz: {
      question:
        "As a data engineer, you need to design a pipeline that extracts data from an Amazon RDS instance, processes the data using an AWS Lambda function, and stores the results in an Amazon S3 bucket. Which of the following statements is true regarding AWS Data Pipeline?",
      options: [
        {
          letter: "A",
          text: "AWS Data Pipeline provides a graphical interface for creating data processing workflows, but you cannot modify the workflows using code",
        },
        {
          letter: "B",
          text: "AWS Data Pipeline supports real-time data processing and is ideal for use cases where you need to process streaming data",
        },
        { letter: "C", text: "AWS Data Pipeline allows you to execute AWS Lambda functions as part of your data processing workflow" },
        { letter: "D", text: "AWS Data Pipeline only supports data sources that are stored in Amazon S3" },
        {
          letter: "E",
          text: "AWS Data Pipeline requires you to define the input and output data formats explicitly, which can limit the flexibility of your data processing workflow",
        },
      ],
      answers: ["C"],
      explanations: [
        { letters: ["A"], text: "그래픽 인터페이스 제공과 동시에 코드를 통한 워크플로우 수정도 지원함" },
        { letters: ["B"], text: "배치 처리 서비스로 실시간 스트리밍 데이터 처리에는 부적합함" },
        { letters: ["D"], text: "RDS, DynamoDB 등 다양한 데이터 소스를 지원함" },
        { letters: ["E"], text: "CSV, JSON, Parquet 등 다양한 형식과 커스텀 형식까지 유연하게 지원함" },
      ],
      multiple: false,
    },
  },
  "datalake-glue-serverless-etl": {
    startLine: 81,
    quiz: {
      question:
        "A Data Scientist is building a data lake solution in Amazon S3 for storing multiple types of data. The data lake must support serverless metadata store and event-driven ETL pipelines. Which combination of AWS Services should the Scientist use? (Select TWO.)",
      options: [
        {
          letter: "A",
          text: "Configure a CloudWatch alarm that triggers a Lambda function to start an AWS Batch job when a crawler run is done",
        },
        {
          letter: "B",
          text: "Configure a CloudWatch event that triggers a Lambda function to start a Glue ETL job when a crawler run is done",
        },
        {
          letter: "C",
          text: "Configure a CloudWatch alarm that triggers a Lambda function to start a Glue ETL job when a crawler run is done",
        },
        {
          letter: "D",
          text: "Extract the S3 data using AWS Glue crawlers and create metadata tables using an Apache Hive metastore running on Amazon EMR",
        },
        {
          letter: "E",
          text: "Extract the S3 data using AWS Glue crawlers and create metadata tables using AWS Glue Data Catalog",
        },
      ],
      answers: ["B", "E"],
      explanations: [
        { letters: ["A", "C"], text: "CloudWatch Alarm은 메트릭 기반 모니터링으로 이벤트 기반 트리거에 부적합" },
        { letters: ["A"], text: "AWS Batch는 컨테이너 기반 배치 처리로 ETL 전용 Glue보다 복잡함" },
        { letters: ["D"], text: "EMR의 Hive 메타스토어는 클러스터 관리가 필요하여 서버리스 요구사항 위배" },
      ],
      multiple: true,
    },
  },
};

describe("seed notes", () => {
  for (const [name, want] of Object.entries(expected)) {
    it(`parses the quiz of ${name} exactly`, () => {
      const text = seed(name);
      const got = quizOf(text);
      expect(got.quiz).toEqual(want.quiz);
      expect(got.startLine).toBe(want.startLine);
      // startLine points at the line right after the heading in the original file.
      expect(text.split("\n")[want.startLine - 2]).toBe("## 📝 관련 문제");
    });
  }

  it("finds no quiz in the lecture note, which has none", () => {
    const text = seed("aws-data-pipeline-lecture");
    const result = extractQuizSection(text);
    expect(result.section).toBeNull();
    expect(result.startLine).toBeNull();
    expect(result.before).toBe(text);
    expect(result.after).toBe("");
  });

  it("cuts the glue note's quiz before the tab-indented tag block", () => {
    const { section, after } = extractQuizSection(seed("aws-glue-serverless-etl"));
    expect(section?.split("\n").at(-1)).toBe("• **E) Amazon Kinesis Data Firehose** - 실시간 스트리밍 서비스로 배치 ETL 시나리오에 부적합");
    expect(after.split("\n").slice(0, 3)).toEqual(["\t## 🏷️ 태그", "\t---", "\ttags:"]);
  });

  it("gives the same result for CRLF line endings", () => {
    for (const [name, want] of Object.entries(expected)) {
      const got = quizOf(seed(name).replace(/\n/g, "\r\n"));
      expect(got.quiz).toEqual(want.quiz);
      expect(got.startLine).toBe(want.startLine);
    }
  });

  it("gives the same result for NFD-decomposed Korean", () => {
    for (const [name, want] of Object.entries(expected)) {
      const nfd = seed(name).normalize("NFD");
      expect(nfd).not.toBe(seed(name));
      const got = quizOf(nfd);
      expect(got.quiz).toEqual(want.quiz);
      expect(got.startLine).toBe(want.startLine);
    }
  });
});

describe("gen-notes style", () => {
  it("parses a synthetic benchmark note", () => {
    const text = readFileSync(new URL("./fixtures/gen-note-0000.md", import.meta.url), "utf8");
    const { quiz, startLine } = quizOf(text);
    expect(startLine).toBe(46); // heading "## 📝 관련 문제" is line 45
    expect(quiz).toEqual({
      question: "Which of the following services fits note 0?",
      options: [
        { letter: "A", text: "Kinesis Data Analytics 워크플로우 오케스트레이션은 여러 서비스를 조정하고 재시도 로직을 제공합니다." },
        { letter: "B", text: "AWS Glue ETL Job 15분 실행 시간 제한 때문에 대용량 ETL 작업에는 적합하지 않습니다." },
        { letter: "C", text: "AWS Data Pipeline 데이터 웨어하우스로 적재하기 전에 필터링, 마스킹, 집계 같은 변환을 수행합니다." },
        { letter: "D", text: "CloudWatch Events 크롤러가 데이터레이크를 스캔하여 스키마를 자동으로 추론합니다." },
        { letter: "E", text: "Amazon S3 온프레미스 데이터베이스와 클라우드 저장소를 하나의 파이프라인으로 통합할 수 있습니다." },
      ],
      answers: ["A"],
      explanations: [{ letters: ["A"], text: "데이터 카탈로그는 테이블 스키마와 파티션 정보를 중앙에서 관리합니다." }],
      multiple: false,
    });
  });

  it("does not mistake the generated note's '## 📝 설명' heading for the quiz", () => {
    const text = readFileSync(new URL("./fixtures/gen-note-0000.md", import.meta.url), "utf8");
    const { before } = extractQuizSection(text);
    expect(before).toContain("## 📝 설명");
    expect(before).not.toContain("관련 문제");
  });
});
