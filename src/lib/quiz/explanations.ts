import { parseLetterList } from "./letters";
import { matchOptionByName } from "./option-match";
import type { QuizExplanation, QuizOption } from "./types";

export interface ExplanationBlock {
  explanations: QuizExplanation[];
  general: string | undefined;
}

const MARKER =
  /^\s*(?:[^\p{L}\p{N}\s*_]+\s*)?(?:\*\*|__)?\s*(?:추가\s*설명|해설|설명|explanations?)\s*(?:\*\*|__)?\s*(?:[:：]\s*(?:\*\*|__)?\s*(.*))?$/iu;
const BULLET = /^(\s*)(?:[-*+•])\s+(.*)$/;
const BOLD_LABEL = /^(\*\*|__)(.+?)\1\s*(.*)$/;
// Unbolded "A) …", "A번 - …", "옵션 C: …" bullets.
const PLAIN_LETTER_LABEL = /^\s*(?:옵션|선택지|보기|options?)?\s*\(?[A-Z](?:\s*\)|\s*번)/i;
const LABEL_SEPARATOR = /^\s*[-–—:：]\s*/;

function isIndented(line: string): boolean {
  return /^(?:\t| {2,})\S/.test(line);
}

/**
 * Turns one explanation bullet into an explanation tied to options, or null when the bullet has
 * no label (then it is ordinary prose and belongs to the general explanation).
 */
export function parseExplanationBullet(content: string, options: readonly QuizOption[]): QuizExplanation | null {
  const known = new Set(options.map((o) => o.letter));
  const bold = BOLD_LABEL.exec(content);
  if (bold) {
    const label = (bold[2] ?? "").replace(/\s*[:：]\s*$/, "").trim();
    const body = (bold[3] ?? "").replace(LABEL_SEPARATOR, "").trim();
    const list = parseLetterList(label);
    if (list && list.letters.every((l) => known.has(l))) {
      return { letters: list.letters, text: body || list.rest };
    }
    const named = matchOptionByName(label, options);
    if (named) return { letters: [named.letter], text: body };
    // Unknown or ambiguous name: keep the label so the reader still sees what it was about.
    return { letters: [], text: body ? `${label} - ${body}` : label };
  }
  if (PLAIN_LETTER_LABEL.test(content)) {
    const list = parseLetterList(content);
    if (list && list.letters.every((l) => known.has(l))) return { letters: list.letters, text: list.rest };
  }
  return null;
}

/**
 * Reads everything after the answer line: labelled bullets become per-option explanations,
 * the rest (minus the "💡 추가 설명:" marker itself) becomes the general explanation.
 */
export function parseExplanations(lines: readonly string[], options: readonly QuizOption[]): ExplanationBlock {
  const explanations: QuizExplanation[] = [];
  const general: string[] = [];
  // Where indented continuation lines go: the last labelled bullet, or general prose.
  let current: QuizExplanation | null = null;

  for (const raw of lines) {
    const line = raw.replace(/\s+$/, "");
    if (line.trim() === "") {
      current = null;
      general.push("");
      continue;
    }
    const bullet = BULLET.exec(line);
    const nested = isIndented(line);
    if (current && nested) {
      current.text = current.text ? `${current.text}\n${line.trim()}` : line.trim();
      continue;
    }
    if (bullet && !nested) {
      const explanation = parseExplanationBullet(bullet[2] ?? "", options);
      if (explanation) {
        explanations.push(explanation);
        current = explanation;
        continue;
      }
      current = null;
      general.push(line);
      continue;
    }
    current = null;
    const marker = MARKER.exec(line);
    if (marker && !nested) {
      const restOfLine = (marker[1] ?? "").trim();
      if (restOfLine) general.push(restOfLine);
      continue;
    }
    general.push(line);
  }

  const text = general.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return { explanations, general: text === "" ? undefined : text };
}
