import { answerLineValue, parseAnswerValue } from "./answer";
import { parseExplanations } from "./explanations";
import { isQuizHeadingTitle, quizLines, type QuizLine } from "./section";
import type { QuizOption, QuizParseResult } from "./types";

const OPTION =
  /^ {0,3}(?:[-*+•]\s+)?(?:\*\*|__)?(?:\(([A-Z])\)|([A-Z])[.)])(?:\*\*|__)?[ \t]+(\S.*)$/;
const OPTIONS_HEADER = /^\s*(?:\*\*|__)?\s*(?:options?|choices?|선택지|보기)\s*(?:\*\*|__)?\s*[:：]?\s*(?:\*\*|__)?\s*$/i;
const QUESTION_LABEL =
  /^\s*(?:\*\*|__)?\s*(?:question|문제|질문|q)(?:\s*\d+)?\s*(?:[:：.]\s*(?:\*\*|__)|(?:\*\*|__)\s*[:：.]|[:：])\s*/i;
const HEADING = /^ {0,3}#{1,6}\s+(.*)$/;
const MULTI_SELECT = /\b(?:select|choose|pick)\s+(?:two|three|four|[2-9])\b|모두\s*(?:고르|선택)|(?:두|세|2|3)\s*개(?:를|의)?\s*(?:고르|선택)/i;

function optionOf(line: string): QuizOption | null {
  const m = OPTION.exec(line);
  if (!m) return null;
  const letter = m[1] ?? m[2];
  if (!letter) return null;
  return { letter, text: (m[3] ?? "").replace(/\\$/, "").trim() };
}

/**
 * Parses the body of a practice-question section (question, lettered options, "정답" line,
 * per-option and general explanations). Line numbers in failures are 1-based within `section`.
 */
export function parseQuiz(section: string | readonly QuizLine[]): QuizParseResult {
  const sectionLines = typeof section === "string" ? quizLines(section) : section;
  const lines = sectionLines.map((l) => l.text);
  const inCode = (index: number): boolean => sectionLines[index]?.code === true;
  let i = 0;
  while (i < lines.length && (lines[i] ?? "").trim() === "") i++;
  const firstHeading = HEADING.exec(lines[i] ?? "");
  if (firstHeading && isQuizHeadingTitle(firstHeading[1] ?? "")) i++;

  // Question: everything up to the options (or the answer, if the options are missing).
  const questionLines: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const inFence = inCode(i);
    if (!inFence && (optionOf(line) || OPTIONS_HEADER.test(line) || answerLineValue(line) !== null)) break;
    // The label sits on the first line of the question ("**Question:** …", "**문제:** …").
    const text = questionLines.every((l) => l.trim() === "") ? line.replace(QUESTION_LABEL, "") : line;
    questionLines.push(text.replace(/\s+$/, ""));
  }
  const question = questionLines.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  if (OPTIONS_HEADER.test(lines[i] ?? "")) i++;

  // Options: consecutive lettered lines, with blank lines and indented continuations between them.
  const options: QuizOption[] = [];
  let firstOptionIndex = -1;
  let lastOptionIndex = -1;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.trim() === "") continue;
    const option = optionOf(line);
    if (option) {
      if (options.some((o) => o.letter === option.letter)) {
        return { ok: false, reason: `option ${option.letter} appears twice`, line: i + 1 };
      }
      options.push(option);
      if (firstOptionIndex < 0) firstOptionIndex = i;
      lastOptionIndex = i;
      continue;
    }
    const previous = options.at(-1);
    if (previous && /^(?:\t| {2,})\S/.test(line) && i === lastOptionIndex + 1) {
      previous.text = `${previous.text} ${line.trim()}`;
      lastOptionIndex = i;
      continue;
    }
    break;
  }

  let answerIndex = -1;
  for (let j = Math.max(i, 0); j < lines.length; j++) {
    const line = lines[j] ?? "";
    if (inCode(j)) continue;
    if (answerLineValue(line) !== null) {
      answerIndex = j;
      break;
    }
  }

  if (options.length === 0) {
    const at = answerIndex >= 0 ? answerIndex : Math.min(i, lines.length - 1);
    return { ok: false, reason: 'no options found (expected lines like "- A) …")', line: Math.max(at, 0) + 1 };
  }
  if (question === "") {
    return { ok: false, reason: "no question text before the options", line: firstOptionIndex + 1 };
  }
  if (answerIndex < 0) {
    return {
      ok: false,
      reason: 'no answer line (expected "**정답: X**" after the options)',
      line: Math.min(lastOptionIndex + 2, lines.length),
    };
  }

  const value = answerLineValue(lines[answerIndex] ?? "") ?? "";
  const answer = parseAnswerValue(value, options);
  if (!answer.ok) return { ok: false, reason: answer.reason, line: answerIndex + 1 };

  // Prose between the options and the answer line (rare: hints) is kept with the general explanation.
  const between = lines.slice(i, answerIndex);
  const { explanations, general } = parseExplanations([...between, "", ...lines.slice(answerIndex + 1)], options);

  const multiple = answer.letters.length > 1 || MULTI_SELECT.test(question);
  return {
    ok: true,
    quiz: {
      question,
      options,
      answers: answer.letters,
      explanations,
      ...(general === undefined ? {} : { generalExplanation: general }),
      multiple,
    },
  };
}
