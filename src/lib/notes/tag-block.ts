const INDENTED = /^(\t| {4})/;
const TAG_HEADING = /^#{1,6}\s*(?:🏷️|🏷)?\s*(태그|tags?)\s*:?\s*$/i;

export interface TrailingTagBlock {
  /** 0-based line where the block starts. */
  start: number;
  tags: string[];
}

/** Some notes end with their frontmatter pasted again as an indented `## 🏷️ 태그`
 * block. Markdown would show it as a code block of YAML, which is noise: find it so
 * the caller can hide it and keep its tags. Only a block that is the very end of the
 * note and entirely indented qualifies, so prose sections named 태그 are untouched.
 * It is a rule about the lines as written (pasted under a list, the same lines parse
 * as part of the list), so it reads lines, not the tree. */
export function findTrailingTagBlock(lines: readonly string[]): TrailingTagBlock | null {
  let end = lines.length - 1;
  while (end >= 0 && (lines[end]?.trim() ?? "") === "") end--;
  let start = end;
  while (start >= 0) {
    const text = lines[start] ?? "";
    if (text.trim() !== "" && !INDENTED.test(text)) break;
    start--;
  }
  start++;
  while (start <= end && (lines[start]?.trim() ?? "") === "") start++;
  if (start > end) return null;
  const heading = lines[start];
  if (heading === undefined || !TAG_HEADING.test(heading.trim())) return null;
  const tags: string[] = [];
  for (let i = start + 1; i <= end; i++) {
    const m = /^\s*-\s+(.+?)\s*$/.exec(lines[i] ?? "");
    if (m?.[1]) tags.push(m[1]);
    for (const hash of (lines[i] ?? "").matchAll(/(?:^|\s)#([^\s#]+)/g)) if (hash[1]) tags.push(hash[1]);
  }
  return { start, tags };
}
