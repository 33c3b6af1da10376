import { FenceTracker } from "../notes/fences";
import { toLines } from "./lines";

export interface QuizSection {
  /** Everything before the quiz heading (the part of the note rendered as prose). */
  before: string;
  /** The quiz body without its heading line, or null when the note has no quiz section. */
  section: string | null;
  /** 1-based line in the input where `section` starts (the line after the heading); null without a section. */
  startLine: number | null;
  /** Whatever follows the section (a later heading, the tab-indented tag block); "" when nothing does. */
  after: string;
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*)$/;

// Decoration before the title (emoji, variation selectors, punctuation) is ignored so that
// "📝", "✏️", "❓" or no emoji at all are accepted. The title must end after "문제" (optionally
// followed by a bracketed/colon suffix) so headings such as "관련 문제점 분석" do not match.
const QUIZ_TITLE =
  /^[^\p{L}\p{N}]*(?:관련\s*문제|연습\s*문제|확인\s*문제|예상\s*문제|practice\s+questions?|related\s+questions?|quiz|퀴즈)[^\p{L}\p{N}]*(?:[(\[:：].*)?$/iu;

// A heading inside an indented block (tab or 4+ spaces), as in the seeds' trailing
// "\t## 🏷️ 태그" block: CommonMark treats it as code, but it is clearly not part of the quiz.
const INDENTED_HEADING = /^(?:\t| {4,})[ \t]*#{1,6}\s/;
// The same block without its heading: an indented "---" or "tags:" that only indented lines follow.
const INDENTED_TAG_START = /^(?:\t| {4,})[ \t]*(?:-{3,}|tags:)[ \t]*$/;

function isTrailingIndentedBlock(lines: readonly string[], from: number): boolean {
  if (!INDENTED_TAG_START.test(lines[from] ?? "")) return false;
  return lines.slice(from).every((l) => l.trim() === "" || /^(?:\t| {4,})/.test(l));
}

function headingOf(line: string): { level: number; title: string } | null {
  const m = ATX_HEADING.exec(line);
  if (!m?.[1]) return null;
  const title = (m[2] ?? "").replace(/[ \t]+#+[ \t]*$/, "").trim();
  return { level: m[1].length, title };
}

export function isQuizHeadingTitle(title: string): boolean {
  return QUIZ_TITLE.test(title.normalize("NFC").trim());
}

/**
 * Finds the practice-question section of a note body (`## 📝 관련 문제` and variants) and splits
 * the body around it. The section ends at the next heading of the same or a higher level, or at
 * a trailing indented heading block; trailing blank lines and thematic breaks are trimmed off it.
 */
export function extractQuizSection(markdownBody: string): QuizSection {
  const lines = toLines(markdownBody);
  const fences = new FenceTracker();
  let headingIndex = -1;
  let level = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (fences.inCode(line)) continue;
    const h = headingOf(line);
    if (h && isQuizHeadingTitle(h.title)) {
      headingIndex = i;
      level = h.level;
      break;
    }
  }
  if (headingIndex < 0) {
    return { before: lines.join("\n"), section: null, startLine: null, after: "" };
  }

  let end = lines.length;
  const inner = new FenceTracker();
  for (let i = headingIndex + 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (inner.inCode(line)) continue;
    const h = headingOf(line);
    if ((h && h.level <= level) || INDENTED_HEADING.test(line) || isTrailingIndentedBlock(lines, i)) {
      end = i;
      break;
    }
  }

  let sectionEnd = end;
  while (sectionEnd > headingIndex + 1) {
    const t = (lines[sectionEnd - 1] ?? "").trim();
    if (t === "" || /^(?:-{3,}|\*{3,}|_{3,})$/.test(t.replace(/\s+/g, ""))) sectionEnd--;
    else break;
  }

  return {
    before: lines.slice(0, headingIndex).join("\n"),
    section: lines.slice(headingIndex + 1, sectionEnd).join("\n"),
    startLine: headingIndex + 2,
    after: lines.slice(end).join("\n"),
  };
}
