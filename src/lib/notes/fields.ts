import type { WarningSink } from "./errors";
import { keyLine, type Frontmatter } from "./frontmatter";

/** Reads the frontmatter fields the site uses, leniently: a value of the wrong shape is reported
 * with its line and left out, never fatal. */
export class FieldReader {
  constructor(
    private readonly data: Frontmatter,
    private readonly yaml: string | null,
    private readonly yamlStartLine: number,
    private readonly sink: WarningSink,
  ) {}

  /** The first of `keys` present (Obsidian accepts `tags`/`tag`, `aliases`/`alias`), case-insensitively. */
  private find(keys: readonly string[]): { key: string; value: unknown } | undefined {
    const entries = Object.entries(this.data);
    for (const wanted of keys) {
      const hit = entries.find(([k]) => k.trim().toLowerCase() === wanted);
      if (hit !== undefined) return { key: hit[0], value: hit[1] };
    }
    return undefined;
  }

  line(key: string): number | undefined {
    return keyLine(this.yaml, this.yamlStartLine, key);
  }

  private describe(value: unknown): string {
    return Array.isArray(value) ? "a list" : typeof value === "object" && value !== null ? "a map" : typeof value;
  }

  /** A single string; a list takes its first string (with a warning). */
  string(...keys: string[]): string | undefined {
    const hit = this.find(keys);
    if (hit === undefined) return undefined;
    const { key, value } = hit;
    if (typeof value === "string") return value.normalize("NFC").trim() || undefined;
    if (Array.isArray(value)) {
      const first = value.find((v): v is string => typeof v === "string" && v.trim() !== "");
      if (first !== undefined) {
        this.sink.add("frontmatter", this.line(key), `\`${key}\` is a list; its first item "${first}" is used`);
        return first.normalize("NFC").trim();
      }
    }
    if (value !== null && value !== undefined) this.sink.add("frontmatter", this.line(key), `\`${key}\` must be text, found ${this.describe(value)}; ignored`);
    return undefined;
  }

  /** A list of strings, or one string (split on commas and spaces when `splitOne`). */
  strings(splitOne: boolean, ...keys: string[]): string[] {
    const hit = this.find(keys);
    if (hit === undefined || hit.value === null || hit.value === "") return [];
    const { key, value } = hit;
    const items = Array.isArray(value) ? value : [value];
    const out: string[] = [];
    items.forEach((item, i) => {
      if (typeof item !== "string") {
        this.sink.add("frontmatter", this.line(key), `\`${key}\` item ${i + 1} must be text, found ${this.describe(item)}; left out`);
        return;
      }
      const text = item.normalize("NFC");
      out.push(...(splitOne && !Array.isArray(value) ? text.split(/[,\s]+/) : [text]));
    });
    return out.map((s) => s.trim()).filter((s) => s !== "");
  }

  /** `true`/`false` (also yes/no/on/off), or undefined. */
  flag(...keys: string[]): boolean | undefined {
    const hit = this.find(keys);
    if (hit === undefined || typeof hit.value !== "string") return undefined;
    const v = hit.value.trim().toLowerCase();
    if (/^(true|yes|on)$/.test(v)) return true;
    if (/^(false|no|off)$/.test(v)) return false;
    return undefined;
  }

  /** An ISO date (YYYY-MM-DD); unreadable dates are a warning. */
  date(...keys: string[]): string | undefined {
    const hit = this.find(keys);
    if (hit === undefined) return undefined;
    const { key, value } = hit;
    if (value === null || value === undefined || value === "") return undefined;
    const text = typeof value === "string" ? value.trim() : "";
    const date = parseIsoDate(text);
    if (date === undefined) this.sink.add("frontmatter", this.line(key), `\`${key}\` is not a date (YYYY-MM-DD): ${text || this.describe(value)}; ignored`);
    return date;
  }
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** `2024-01-05`, `2024-1-5`, `2024-01-05T10:00`, `2024-01-05 10:00:00` → `2024-01-05`; else undefined. */
export function parseIsoDate(text: string): string | undefined {
  const m = ISO_DATE.exec(text.trim().replace(/^['"]|['"]$/g, ""));
  if (!m) return undefined;
  const iso = `${m[1]}-${(m[2] ?? "").padStart(2, "0")}-${(m[3] ?? "").padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}
