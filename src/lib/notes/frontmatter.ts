/** Splits a note into its YAML frontmatter and body, tolerating what real notes do:
 * a UTF-8 BOM, CRLF line endings, trailing spaces after the opening `---`, and no
 * frontmatter at all. Line numbers are 1-based file lines. */
export interface SplitNote {
  /** YAML text between the fences, or null when the note has no frontmatter. */
  yaml: string | null;
  /** File line of the first YAML line (the line after the opening fence). */
  yamlStartLine: number;
  body: string;
  /** File line where `body` starts. */
  bodyStartLine: number;
}

const FENCE = /^---[ \t]*$/;

export function normaliseNewlines(raw: string): string {
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

export function splitFrontmatter(raw: string): SplitNote {
  const text = normaliseNewlines(raw);
  const lines = text.split("\n");
  if (lines.length > 1 && FENCE.test(lines[0] ?? "")) {
    const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
    if (close > 0) {
      return {
        yaml: lines.slice(1, close).join("\n"),
        yamlStartLine: 2,
        body: lines.slice(close + 1).join("\n"),
        bodyStartLine: close + 2,
      };
    }
  }
  return { yaml: null, yamlStartLine: 1, body: text, bodyStartLine: 1 };
}
