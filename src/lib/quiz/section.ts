import type { Root, RootContent } from "mdast";
import { markdownToMdast } from "satteri";
import { NOTE_FEATURES } from "../markdown/features";
import { plainText } from "../markdown/tree";

/** A line of a practice-question section, and whether it belongs to a fenced code block. */
export interface QuizLine {
  text: string;
  code: boolean;
}

export interface QuizSectionFound {
  /** Index of the quiz heading among the root's children. */
  headingIndex: number;
  /** Index of the first top-level node after the section (root.children.length when none). */
  endIndex: number;
  /** 1-based lines of the parsed text: the heading, the section's first line, the first line after it. */
  headingLine: number;
  startLine: number;
  /** First line not in the section, before trailing blank lines and rules are trimmed off. */
  afterLine: number;
  /** The section's lines (heading excluded), trailing blank lines and thematic breaks trimmed. */
  lines: QuizLine[];
}

// Decoration before the title (emoji, variation selectors, punctuation) is ignored so that
// "📝", "✏️", "❓" or no emoji at all are accepted. The title must end after "문제" (optionally
// followed by a bracketed/colon suffix) so headings such as "관련 문제점 분석" do not match.
const QUIZ_TITLE =
  /^[^\p{L}\p{N}]*(?:관련\s*문제|연습\s*문제|확인\s*문제|예상\s*문제|practice\s+questions?|related\s+questions?|quiz|퀴즈)[^\p{L}\p{N}]*(?:[(\[:：].*)?$/iu;

export function isQuizHeadingTitle(title: string): boolean {
  return QUIZ_TITLE.test(title.normalize("NFC").trim());
}

const FENCE_OPENING = /^ {0,3}(?:`{3,}|~{3,})/;
// A pasted tag block: "\t## 🏷️ 태그", or "\t---" / "\ttags:" that only indented lines follow. Written
// after a list it parses as part of the last item, so it is recognised by its lines.
const INDENTED_HEADING = /^(?:\t| {4,})[ \t]*#{1,6}\s/;
const INDENTED_TAG_START = /^(?:\t| {4,})[ \t]*(?:-{3,}|tags:)[ \t]*$/;

function isTrailingIndentedBlock(lines: readonly string[], from: number): boolean {
  if (!INDENTED_TAG_START.test(lines[from] ?? "")) return false;
  return lines.slice(from).every((l) => l.trim() === "" || /^(?:\t| {4,})/.test(l));
}

function startLineOf(node: RootContent): number {
  return node.position?.start.line ?? 1;
}

function endLineOf(node: RootContent): number {
  return node.position?.end.line ?? startLineOf(node);
}

/** Lines covered by fenced code blocks, from the parser (the one place that knows where a fence ends). */
export function fencedCodeLines(root: Root, lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  const visit = (node: RootContent): void => {
    if (node.type === "code") {
      if (FENCE_OPENING.test(lines[startLineOf(node) - 1] ?? "")) {
        for (let l = startLineOf(node); l <= endLineOf(node); l++) out.add(l);
      }
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child as RootContent);
  };
  for (const node of root.children) visit(node);
  return out;
}

/**
 * The practice-question section (`## 📝 관련 문제` and variants) among a note's top-level blocks: it ends
 * at the next heading of the same or a higher level, or at a trailing indented tag block.
 */
export function findQuizSection(root: Root, lines: readonly string[]): QuizSectionFound | null {
  const nodes = root.children;
  const headingIndex = nodes.findIndex((n) => n.type === "heading" && isQuizHeadingTitle(plainText(n)));
  const heading = nodes[headingIndex];
  if (heading?.type !== "heading") return null;
  let endIndex = nodes.length;
  for (let i = headingIndex + 1; i < nodes.length; i++) {
    const n = nodes[i];
    if (n?.type === "heading" && n.depth <= heading.depth) {
      endIndex = i;
      break;
    }
  }
  const headingLine = startLineOf(heading);
  const next = nodes[endIndex];
  const code = fencedCodeLines(root, lines);
  let afterLine = next === undefined ? lines.length + 1 : startLineOf(next);
  for (let l = headingLine + 1; l < afterLine; l++) {
    if (code.has(l)) continue;
    if (INDENTED_HEADING.test(lines[l - 1] ?? "") || isTrailingIndentedBlock(lines, l - 1)) {
      afterLine = l;
      endIndex = nodes.findIndex((n) => endLineOf(n) >= l && n !== heading && startLineOf(n) > headingLine);
      if (endIndex < 0) endIndex = nodes.length;
      break;
    }
  }
  let end = afterLine;
  while (end > headingLine + 1) {
    const t = (lines[end - 2] ?? "").replace(/\s+/g, "");
    if (t === "" || /^(?:-{3,}|\*{3,}|_{3,})$/.test(t)) end--;
    else break;
  }
  const sectionLines: QuizLine[] = [];
  for (let l = headingLine + 1; l < end; l++) sectionLines.push({ text: lines[l - 1] ?? "", code: code.has(l) });
  return { headingIndex, endIndex, headingLine, startLine: headingLine + 1, afterLine, lines: sectionLines };
}

/** Text lines with their code-ness, for a section given as text (tests, fixtures). */
export function quizLines(section: string): QuizLine[] {
  const text = section.normalize("NFC").replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  const code = fencedCodeLines(markdownToMdast(text, { features: NOTE_FEATURES }) as Root, lines);
  return lines.map((line, i) => ({ text: line, code: code.has(i + 1) }));
}

export interface QuizSection {
  /** Everything before the quiz heading. */
  before: string;
  /** The quiz body without its heading line, or null when the note has no quiz section. */
  section: string | null;
  /** 1-based line in the input where `section` starts (the line after the heading); null without a section. */
  startLine: number | null;
  /** Whatever follows the section; "" when nothing does. */
  after: string;
  lines: QuizLine[];
}

/** `findQuizSection` over a whole note body given as text. */
export function extractQuizSection(markdown: string): QuizSection {
  const text = markdown.normalize("NFC").replace(/\r\n?/g, "\n");
  const lines = text.split("\n");
  const found = findQuizSection(markdownToMdast(text, { features: NOTE_FEATURES }) as Root, lines);
  if (found === null) return { before: lines.join("\n"), section: null, startLine: null, after: "", lines: [] };
  return {
    before: lines.slice(0, found.headingLine - 1).join("\n"),
    section: found.lines.map((l) => l.text).join("\n"),
    startLine: found.startLine,
    after: lines.slice(found.afterLine - 1).join("\n"),
    lines: found.lines,
  };
}
