import { measureLine, splitBlockLines } from "./columns";
import { lexLine } from "./lex";

export interface CaptionedFlow {
  /** The caption without its colon: `파이프라인 구성`. */
  caption: string;
  /** The rest of the block, from the line after the caption. */
  flow: string;
  /** Lines before `flow` starts (caption and blank lines), to map parse lines back to the block. */
  offset: number;
}

/**
 * A flow under a one-line caption ending in a colon (`파이프라인 구성:` then `Amazon S3 → Glue`): the
 * caption names the diagram, it is not a step. Null when the first line is not such a caption or
 * nothing follows it.
 */
export function splitCaption(text: string): CaptionedFlow | null {
  const lines = splitBlockLines(text);
  const first = lines[0] ?? "";
  const tokens = lexLine(measureLine(first), true);
  if (tokens.length !== 1 || tokens[0]?.kind !== "text" || !/[:：]$/u.test(tokens[0].text)) return null;
  let offset = 1;
  while (offset < lines.length && lines[offset]?.trim() === "") offset++;
  if (offset >= lines.length) return null;
  return { caption: tokens[0].text.replace(/\s*[:：]$/u, ""), flow: lines.slice(offset).join("\n"), offset };
}
