import { FAILSAFE_SCHEMA, load, YAMLException } from "js-yaml";
import type { WarningSink } from "./errors";

/** Splits a note into its YAML frontmatter and body, tolerating what real notes do:
 * trailing spaces after the opening `---`, an empty block, and no frontmatter at all.
 * Line numbers are 1-based file lines. Input is already newline-normalised (see vault/decode). */
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

export function splitFrontmatter(text: string): SplitNote {
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

export type Frontmatter = Record<string, unknown>;

/**
 * The frontmatter as the author typed it: every scalar is a string (YAML's core schema would turn
 * `title: 1.10` into 1.1 and `0x1F` into 31), a repeated key keeps its last value (as Obsidian shows
 * it). YAML that cannot be read at all is reported with its line and ignored: the note is still
 * published, titled from its heading or file name.
 */
export function parseFrontmatter(yaml: string, yamlStartLine: number, sink: WarningSink): Frontmatter {
  if (yaml.trim() === "") return {};
  let data: unknown;
  try {
    data = load(yaml, { schema: FAILSAFE_SCHEMA, json: true });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = error.mark ? yamlStartLine + error.mark.line : yamlStartLine;
    sink.add("frontmatter", line, `frontmatter is not valid YAML (${error.reason}); ignored, the note is published without it`);
    return {};
  }
  if (data === undefined || data === null || data === "") return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    sink.add("frontmatter", yamlStartLine, "frontmatter is not a list of `key: value` lines; ignored");
    return {};
  }
  return data as Frontmatter;
}

/** Where a frontmatter key sits, so messages can name the line. */
export function keyLine(yaml: string | null, yamlStartLine: number, key: string): number | undefined {
  if (yaml === null) return undefined;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const i = yaml.split("\n").findIndex((l) => new RegExp(`^["']?${escaped}["']?\\s*:`, "i").test(l));
  return i < 0 ? undefined : yamlStartLine + i;
}
