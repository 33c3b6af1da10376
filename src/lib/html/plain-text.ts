import { htmlToHast } from "satteri";

interface HastLike {
  readonly type: string;
  readonly value?: string;
  readonly tagName?: string;
  readonly children?: readonly HastLike[];
}

// Elements whose content is not text a reader sees as words.
const SKIPPED = new Set(["script", "style", "template", "svg"]);
// Elements that end a word even with no space around them in the markup.
const BREAKING = new Set(["br", "p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote"]);

/** The text of an HTML fragment as a reader sees it, from the parsed tree (entities decoded, tags
 * gone, `a < b` kept), with single spaces. */
export function htmlPlainText(html: string): string {
  const parts: string[] = [];
  const visit = (node: HastLike): void => {
    if (node.type === "text") parts.push(node.value ?? "");
    if (node.type !== "element" && node.type !== "root") return;
    if (node.tagName !== undefined && SKIPPED.has(node.tagName)) return;
    const breaks = node.tagName !== undefined && BREAKING.has(node.tagName);
    if (breaks) parts.push(" ");
    for (const child of node.children ?? []) visit(child);
    if (breaks) parts.push(" ");
  };
  visit(htmlToHast(html, { fragment: true }) as unknown as HastLike);
  return parts.join("").replace(/\s+/gu, " ").trim();
}
