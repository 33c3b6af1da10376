import { escapeHtml } from "../html/escape";
import { inlineMarkdownToHtml } from "./html";
import type { Quiz } from "./types";

const HEADER = ["#separator:tab", "#html:true", "#tags column:3"];

/**
 * Anki tags are space-separated and use "::" for hierarchy, so "service/aws-glue" becomes
 * "service::aws-glue" and any whitespace inside a tag becomes "_". Returns "" for an empty tag.
 */
export function ankiTag(tag: string): string {
  return tag
    .normalize("NFC")
    .trim()
    .replace(/^#+/, "")
    .replace(/\//g, "::")
    .replace(/\s+/g, "_");
}

function front(quiz: Quiz): string {
  const options = quiz.options.map((o) => `${escapeHtml(o.letter)}) ${inlineMarkdownToHtml(o.text)}`);
  return [inlineMarkdownToHtml(quiz.question), "", ...options].join("<br>");
}

function back(quiz: Quiz, note: string, url: string): string {
  const parts: string[] = [];
  const answerLines = quiz.answers.map((letter) => {
    const option = quiz.options.find((o) => o.letter === letter);
    return `${escapeHtml(letter)}) ${option ? inlineMarkdownToHtml(option.text) : ""}`.trim();
  });
  parts.push([`<b>정답: ${escapeHtml(quiz.answers.join(", "))}</b>`, ...answerLines].join("<br>"));
  if (quiz.explanations.length > 0) {
    parts.push(
      quiz.explanations
        .map((e) => (e.letters.length > 0 ? `<b>${escapeHtml(e.letters.join(", "))}</b>: ` : "") + inlineMarkdownToHtml(e.text))
        .join("<br>"),
    );
  }
  if (quiz.generalExplanation !== undefined) parts.push(inlineMarkdownToHtml(quiz.generalExplanation));
  if (url !== "") parts.push(`<a href="${escapeHtml(url)}">${escapeHtml(note)}</a>`);
  return parts.join("<br><br>");
}

/** A tab-separated file Anki imports as Basic notes: front, back, tags. */
export function toAnkiTsv(items: readonly { note: string; url: string; quiz: Quiz; tags: readonly string[] }[]): string {
  const rows = items.map(({ note, url, quiz, tags }) => {
    const tagField = [...new Set(tags.map(ankiTag).filter((t) => t !== ""))].join(" ");
    return [front(quiz), back(quiz, note, url), tagField].join("\t");
  });
  return `${[...HEADER, ...rows].join("\n")}\n`;
}
