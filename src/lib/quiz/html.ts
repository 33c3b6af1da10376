import { escapeHtml } from "../html/escape";

/**
 * Escapes note text for an HTML field and keeps the little inline markdown quiz text uses
 * (bold, inline code). Line breaks become <br>, tabs become spaces, so the result is always a
 * single TSV-safe line.
 */
export function inlineMarkdownToHtml(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`\n]+)`/g, "<code>$1</code>")
    .replace(/\*\*(?=\S)([^*\n]+?)\*\*/g, "<b>$1</b>")
    .replace(/\t/g, " ")
    .replace(/\r\n|\r|\n/g, "<br>");
}
