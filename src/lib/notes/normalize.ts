import { load, YAMLException } from "js-yaml";
import { NoteReadError, type NoteWarning } from "./errors";
import { keyLine, parseAliases, parseDate, parseTags } from "./fields";
import { splitFrontmatter } from "./frontmatter";
import { headingLines, scanLines } from "./markdown-lines";
import { toSlug } from "./slug";
import { extractSummary } from "./summary";
import { findTrailingTagBlock } from "./tag-block";
import { firstH1 } from "./title";
import type { NormalisedNote } from "./types";

export interface NoteSource {
  /** Path relative to the project root, used in every message. */
  path: string;
  raw: string;
}

export interface NormaliseResult {
  note: NormalisedNote;
  warnings: NoteWarning[];
}

function parseYaml(yaml: string, file: string, yamlStartLine: number): Record<string, unknown> {
  let data: unknown;
  try {
    data = load(yaml);
  } catch (error) {
    if (error instanceof YAMLException) {
      const line = error.mark ? yamlStartLine + error.mark.line : undefined;
      throw new NoteReadError(file, line, `broken YAML frontmatter: ${error.reason}`);
    }
    throw error;
  }
  if (data === undefined || data === null) return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new NoteReadError(file, yamlStartLine, "frontmatter must be a YAML map of `key: value` lines");
  }
  return data as Record<string, unknown>;
}

function fileStem(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.(md|mdx|markdown)$/i, "").normalize("NFC");
}

/** When the title heading is not the only `#` heading, every heading moves one level
 * down so the page keeps exactly one <h1> and the outline keeps its shape. */
function demoteHeadings(lines: string[], headingIndexes: number[]): void {
  for (const i of headingIndexes) {
    const line = lines[i];
    if (line !== undefined && !/^ {0,3}#{6}\s/.test(line)) lines[i] = line.replace(/^( {0,3})#/, "$1##");
  }
}

/** One note file → one normalised note. Throws only when the file cannot be read at all. */
export function normaliseNote(source: NoteSource): NormaliseResult {
  const file = source.path.normalize("NFC");
  const warnings: NoteWarning[] = [];
  const split = splitFrontmatter(source.raw);
  const data = split.yaml === null ? {} : parseYaml(split.yaml, file, split.yamlStartLine);
  const yaml = split.yaml ?? "";
  const ctx = (key: string) => ({ file, key, line: keyLine(yaml, split.yamlStartLine, key) });

  const lines = scanLines(split.body.normalize("NFC"));
  const h1 = firstH1(lines);
  const tagBlock = findTrailingTagBlock(lines);
  const bodyLines = lines.map((l) => l.text);
  if (tagBlock) bodyLines.splice(tagBlock.start);
  if (h1) bodyLines[h1.index] = "";
  const remainingHeadings = headingLines(lines).filter((h) => h.index !== h1?.index && (!tagBlock || h.index < tagBlock.start));
  if (remainingHeadings.some((h) => h.depth === 1)) demoteHeadings(bodyLines, remainingHeadings.map((h) => h.index));

  const rawTitle = data["title"];
  if (rawTitle !== undefined && rawTitle !== null && typeof rawTitle !== "string" && typeof rawTitle !== "number") {
    throw new NoteReadError(file, ctx("title").line, "`title` must be a string");
  }
  const fmTitle = rawTitle === undefined || rawTitle === null ? "" : String(rawTitle).normalize("NFC").trim();
  const slug = toSlug(fmTitle || fileStem(file));
  if (slug === "") throw new NoteReadError(file, ctx("title").line, "cannot make a URL slug from the title or file name");

  const tags = parseTags(data["tags"], ctx("tags"));
  for (const t of tagBlock ? parseTags(tagBlock.tags, { file, key: "tags", line: split.bodyStartLine + tagBlock.start }) : []) {
    if (!tags.includes(t)) tags.push(t);
  }
  const created = parseDate(data["created"], ctx("created"), warnings);
  const modified = parseDate(data["modified"], ctx("modified"), warnings) ?? created;

  return {
    note: {
      slug,
      title: h1?.text || fmTitle || fileStem(file),
      tags,
      aliases: parseAliases(data["aliases"] ?? data["alias"], ctx("aliases")),
      ...(created === undefined ? {} : { created }),
      ...(modified === undefined ? {} : { modified }),
      summary: extractSummary(lines.slice(0, tagBlock?.start ?? lines.length), h1?.index ?? null),
      sourcePath: file,
      body: bodyLines.join("\n"),
      bodyStartLine: split.bodyStartLine,
      format: /\.mdx$/i.test(file) ? "mdx" : "md",
    },
    warnings,
  };
}
