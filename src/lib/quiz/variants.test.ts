import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractQuizSection } from "./section";
import { parseQuiz } from "./parse";
import type { Quiz, QuizParseResult } from "./types";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function expectQuiz(result: QuizParseResult): Quiz {
  if (!result.ok) throw new Error(`expected a quiz, got "${result.reason}" at line ${result.line}`);
  return result.quiz;
}

const FIVE = ["- A) AWS Lambda", "- B) AWS Glue", "- C) AWS Step Functions", "- D) Amazon S3", "- E) Amazon Kinesis Data Analytics"];
const FIVE_OPTIONS = [
  { letter: "A", text: "AWS Lambda" },
  { letter: "B", text: "AWS Glue" },
  { letter: "C", text: "AWS Step Functions" },
  { letter: "D", text: "Amazon S3" },
  { letter: "E", text: "Amazon Kinesis Data Analytics" },
];
const withAnswer = (answer: string, tail: string[] = []): string =>
  ["**Question:** Which services do ETL?", "", "**Options:**", "", ...FIVE, "", answer, ...tail].join("\n");

describe("Korean note with • bullets, (A) options and service-named explanations", () => {
  const text = fixture("korean-bullets.md");

  it("extracts the section under '## ✏️ 관련문제', skipping the heading quoted in a code block", () => {
    const { before, section, startLine, after } = extractQuizSection(text);
    expect(startLine).toBe(18);
    expect(text.split("\n")[16]).toBe("## ✏️ 관련문제");
    expect(before.split("\n").at(-2)).toBe("```");
    expect(section?.split("\n")[1]).toBe("**문제:** 15분을 넘는 대용량 배치 ETL 작업에 가장 적합한 서비스는?");
    expect(section?.split("\n").at(-1)).toBe("Glue Data Catalog와 함께 쓰면 스키마 관리가 쉬워진다.");
    expect(after).toBe("## 참고 자료\n\n- AWS 문서\n");
  });

  it("parses options, a plain 정답 line, matched/unmatched explanations and the general text", () => {
    const { section } = extractQuizSection(text);
    expect(expectQuiz(parseQuiz(section ?? ""))).toEqual({
      question: "15분을 넘는 대용량 배치 ETL 작업에 가장 적합한 서비스는?\n어떤 관리형 서비스를 고르겠습니까?",
      options: [
        { letter: "A", text: "AWS Lambda" },
        { letter: "B", text: "AWS Glue" },
        { letter: "C", text: "Amazon Kinesis Data Firehose" },
        { letter: "D", text: "Amazon Kinesis Data Streams" },
      ],
      answers: ["B"],
      explanations: [
        { letters: ["A"], text: "15분 실행 제한이 있음" },
        // "Kinesis" names both C and D: kept, but tied to no option.
        { letters: [], text: "Kinesis - 스트리밍 서비스라 배치 ETL과 맞지 않음" },
        { letters: [], text: "AWS Batch - 보기에 없지만 컨테이너 배치 작업에 쓸 수 있음" },
        { letters: ["B"], text: "서버리스 Spark로 대용량 처리\n재시도와 북마크 기능도 제공" },
      ],
      generalExplanation: "실행 시간 제한이 핵심이다.\n\nGlue Data Catalog와 함께 쓰면 스키마 관리가 쉬워진다.",
      multiple: false,
    });
  });
});

describe("answer line forms", () => {
  const cases: [string, string[]][] = [
    ["**정답: C) AWS Step Functions**", ["C"]],
    ["**정답: B) AWS Glue, E) Amazon Kinesis Data Analytics**", ["B", "E"]],
    ["**정답: B, E) Glue와 Kinesis**", ["B", "E"]],
    ["**정답: B, D**", ["B", "D"]],
    ["정답: C", ["C"]],
    ["**Answer: C**", ["C"]],
    ["**정답:** A", ["A"]],
    ["**정답**: (B), (E)", ["B", "E"]],
    ["✅ 정답: B와 E", ["B", "E"]],
    ["Answer: A and D", ["A", "D"]],
    ["**정답: D번**", ["D"]],
    ["정답: AWS Glue", ["B"]],
  ];
  for (const [line, answers] of cases) {
    it(`reads ${JSON.stringify(line)}`, () => {
      const quiz = expectQuiz(parseQuiz(withAnswer(line)));
      expect(quiz.answers).toEqual(answers);
      expect(quiz.multiple).toBe(answers.length > 1);
      expect(quiz.options).toEqual(FIVE_OPTIONS);
      expect(quiz.question).toBe("Which services do ETL?");
    });
  }

  it("rejects an answer letter that is not an option, pointing at the answer line", () => {
    expect(parseQuiz(withAnswer("**정답: F**"))).toEqual({
      ok: false,
      reason: "answer names option F which is not among the options",
      line: 11,
    });
  });

  it("rejects an answer it cannot tie to an option", () => {
    expect(parseQuiz(withAnswer("**정답: 모두 정답**"))).toEqual({
      ok: false,
      reason: 'cannot tell which option the answer "모두 정답" means',
      line: 11,
    });
  });
});

describe("question and option forms", () => {
  it("reads a plain first paragraph as the question and A. / (A) / * bullets as options", () => {
    const section = [
      "Which service is serverless",
      "and runs Spark? (Select TWO.)",
      "",
      "A. Amazon EMR",
      "(B) AWS Glue",
      "* C) AWS Glue `DataBrew`",
      "  with recipes",
      "",
      "**정답: B, C**",
    ].join("\n");
    expect(expectQuiz(parseQuiz(section))).toEqual({
      question: "Which service is serverless\nand runs Spark? (Select TWO.)",
      options: [
        { letter: "A", text: "Amazon EMR" },
        { letter: "B", text: "AWS Glue" },
        { letter: "C", text: "AWS Glue `DataBrew` with recipes" },
      ],
      answers: ["B", "C"],
      explanations: [],
      multiple: true,
    });
  });

  it("marks a single-answer question that asks to select two as multiple", () => {
    const quiz = expectQuiz(parseQuiz(["Pick one. (Choose two)", "- A) x", "- B) y", "정답: A"].join("\n")));
    expect(quiz.multiple).toBe(true);
  });

  it("accepts the section heading itself as the first line", () => {
    const quiz = expectQuiz(parseQuiz(["## 📝 관련 문제", "", "**Question:** Q?", "- A) a", "- B) b", "**정답: B**"].join("\n")));
    expect(quiz.question).toBe("Q?");
    expect(quiz.answers).toEqual(["B"]);
  });
});

describe("explanation forms", () => {
  it("reads 번 / 옵션 / lettered / service-named / unbolded bullets and general prose", () => {
    const quiz = expectQuiz(
      parseQuiz(
        withAnswer("**정답: B) AWS Glue, E) Amazon Kinesis Data Analytics**", [
          "",
          "💡 추가 설명:",
          "",
          "- **A번** - 15분 제한",
          "- **옵션 C, D** - 직접 ETL을 하지 않음",
          "• **B) AWS Glue** – 서버리스 ETL",
          "- **Kinesis Data Analytics**: 스트림 ETL",
          "- **Amazon Athena** - 보기에 없음",
          "- **AWS** - 너무 일반적",
          "- E) 실시간 처리",
          "- 일반 불릿은 추가 설명으로 남는다",
          "",
          "마지막 문단.",
        ]),
      ),
    );
    expect(quiz.explanations).toEqual([
      { letters: ["A"], text: "15분 제한" },
      { letters: ["C", "D"], text: "직접 ETL을 하지 않음" },
      { letters: ["B"], text: "서버리스 ETL" },
      { letters: ["E"], text: "스트림 ETL" },
      { letters: [], text: "Amazon Athena - 보기에 없음" },
      { letters: [], text: "AWS - 너무 일반적" },
      { letters: ["E"], text: "실시간 처리" },
    ]);
    expect(quiz.generalExplanation).toBe("- 일반 불릿은 추가 설명으로 남는다\n\n마지막 문단.");
    expect(quiz.answers).toEqual(["B", "E"]);
  });

  it("leaves out generalExplanation entirely when there is none", () => {
    const quiz = expectQuiz(parseQuiz(withAnswer("**정답: A**", ["", "💡 추가 설명:", "", "- **A번** - 이유"])));
    expect("generalExplanation" in quiz).toBe(false);
    expect(quiz.explanations).toEqual([{ letters: ["A"], text: "이유" }]);
  });

  it("does not treat a sentence starting with 설명 as the marker", () => {
    const quiz = expectQuiz(parseQuiz(withAnswer("**정답: A**", ["", "설명하자면 Lambda가 가장 간단하다."])));
    expect(quiz.generalExplanation).toBe("설명하자면 Lambda가 가장 간단하다.");
  });
});

describe("sections that do not parse", () => {
  it("reports a missing 정답 line at the line after the last option", () => {
    const text = fixture("missing-answer.md");
    expect(parseQuiz(text)).toEqual({
      ok: false,
      reason: 'no answer line (expected "**정답: X**" after the options)',
      line: 9,
    });
    expect(text.split("\n")[7]).toBe("- B) AWS Lambda");
  });

  it("lets the caller turn the relative line into a file line", () => {
    const note = ["# 노트", "", "본문", "", fixture("missing-answer.md")].join("\n");
    const { section, startLine } = extractQuizSection(note);
    const result = parseQuiz(section ?? "");
    expect(result.ok).toBe(false);
    if (result.ok || startLine === null) return;
    // 1-based file line = startLine + line - 1; it is the line after the last option.
    const fileLine = startLine + result.line - 1;
    expect(fileLine).toBe(13);
    expect(note.split("\n")[fileLine - 2]).toBe("- B) AWS Lambda");
    expect(note.split("\n")[fileLine - 1]).toBe("");
  });

  it("reports missing options", () => {
    expect(parseQuiz("**Question:** 무엇이 정답일까?\n\n**정답: A**")).toEqual({
      ok: false,
      reason: 'no options found (expected lines like "- A) …")',
      line: 3,
    });
  });

  it("reports a question with no text", () => {
    expect(parseQuiz("- A) x\n- B) y\n정답: A")).toEqual({ ok: false, reason: "no question text before the options", line: 1 });
  });

  it("reports a duplicated option letter", () => {
    expect(parseQuiz("Q?\n- A) x\n- A) y\n정답: A")).toEqual({ ok: false, reason: "option A appears twice", line: 3 });
  });

  it("never throws on empty or odd input", () => {
    for (const odd of ["", "\n\n", "```\n정답: A\n", "정답:", "- **A번** - x", "\u0000\uFFFF"]) {
      const result = parseQuiz(odd);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.line).toBeGreaterThanOrEqual(1);
    }
  });
});

describe("extractQuizSection variants", () => {
  it.each([
    "## 관련 문제",
    "## 📝 관련문제",
    "## ❓ 관련 문제",
    "### 📝 관련 문제 (1)",
    "## 📝 관련 문제 ##",
    "## Practice Question",
  ])("finds %s", (heading) => {
    const { section, startLine } = extractQuizSection(`# T\n\n${heading}\n\nQ?\n- A) a\n정답: A\n`);
    expect(startLine).toBe(4);
    expect(section).toBe("\nQ?\n- A) a\n정답: A");
  });

  it.each(["## 관련 문제점 분석", "## 📝 설명", "    ## 📝 관련 문제", "#📝 관련 문제"])("ignores %s", (heading) => {
    expect(extractQuizSection(`# T\n\n${heading}\n\nQ?\n`).section).toBeNull();
  });

  it("ends at a same-level heading but not at a deeper one", () => {
    const body = "## 📝 관련 문제\nQ?\n### 힌트\nh\n## 다음\nx";
    const { section, after } = extractQuizSection(body);
    expect(section).toBe("Q?\n### 힌트\nh");
    expect(after).toBe("## 다음\nx");
  });

  it("ends at a trailing indented tag block that has no heading", () => {
    const { section, after } = extractQuizSection("## 관련 문제\nQ?\n- A) a\n정답: A\n\n\t---\n\ttags:\n\t - service/glue\n");
    expect(section).toBe("Q?\n- A) a\n정답: A");
    expect(after).toBe("\t---\n\ttags:\n\t - service/glue\n");
  });

  it("keeps indented code inside the section when prose follows it", () => {
    const { section } = extractQuizSection("## 관련 문제\nQ?\n\n    ---\n\n- A) a\n정답: A");
    expect(section).toBe("Q?\n\n    ---\n\n- A) a\n정답: A");
  });

  it("trims a trailing thematic break", () => {
    expect(extractQuizSection("## 관련 문제\nQ?\n\n---\n\n").section).toBe("Q?");
  });
});
