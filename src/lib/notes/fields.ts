import { NoteReadError, type NoteWarning } from "./errors";

/** Where a frontmatter key sits, so errors can name the line. */
export function keyLine(yaml: string, yamlStartLine: number, key: string): number | undefined {
  const i = yaml.split("\n").findIndex((l) => new RegExp(`^${key}\\s*:`).test(l));
  return i < 0 ? undefined : yamlStartLine + i;
}

interface FieldContext {
  file: string;
  line: number | undefined;
  key: string;
}

function stringList(value: unknown, ctx: FieldContext, splitString: boolean): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item, i) => {
    if (typeof item !== "string") {
      const shown = item === null ? "null" : Array.isArray(item) ? "a list" : typeof item === "object" ? "a map" : `${typeof item} ${String(item)}`;
      throw new NoteReadError(ctx.file, ctx.line, `\`${ctx.key}\` item ${i + 1} must be a string, found ${shown}; quote it (e.g. "${String(item)}")`);
    }
    const text = item.normalize("NFC");
    return splitString && !Array.isArray(value) ? text.split(/[,\s]+/) : [text];
  });
}

/** Tags: a list or one string; trimmed, a leading `#` dropped, `/`-hierarchy tidied. */
export function parseTags(value: unknown, ctx: FieldContext): string[] {
  const tags = stringList(value, ctx, true)
    .map((t) => t.trim().replace(/^#+/, "").replace(/\/{2,}/g, "/").replace(/^\/|\/$/g, "").trim())
    .filter((t) => t !== "");
  return [...new Set(tags)];
}

export function parseAliases(value: unknown, ctx: FieldContext): string[] {
  return [...new Set(stringList(value, ctx, false).map((a) => a.trim()).filter((a) => a !== ""))];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Optional date: kept as `YYYY-MM-DD`; anything unreadable is a warning, not a failure. */
export function parseDate(value: unknown, ctx: FieldContext, warnings: NoteWarning[]): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const text = value instanceof Date ? value.toISOString() : String(value).trim();
  const m = ISO_DATE.exec(text);
  const date = m ? new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`) : null;
  if (!m || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}`) {
    warnings.push({ file: ctx.file, ...(ctx.line === undefined ? {} : { line: ctx.line }), message: `\`${ctx.key}\` is not a date (YYYY-MM-DD): ${text}; ignored` });
    return undefined;
  }
  return `${m[1]}-${m[2]}-${m[3]}`;
}
