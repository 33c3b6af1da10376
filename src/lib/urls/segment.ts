import { createHash } from "node:crypto";

/**
 * One URL path segment per name (note, folder, tag, alias): readable Korean, host-safe, capped.
 * - NFC, lower case, whitespace and `_` become `-`;
 * - only letters, marks, digits, `-` and `.` stay: everything a URL, a file system or a static host
 *   treats specially (`/ \ ? # % & + : * " < > | ' ( ) [ ] { }`, control characters) becomes `-`;
 * - no leading/trailing `-` or `.` (a segment is never `.`/`..` and never hidden);
 * - at most MAX_SEGMENT_BYTES of UTF-8, cut on a character boundary; a capped segment ends with a
 *   hash of the whole name, so two long names that share a beginning stay two pages.
 * The result is idempotent (`slugSegment(slugSegment(x)) === slugSegment(x)`) and may be "" when the
 * name has no letter or digit at all; callers choose a fallback.
 */
export const MAX_SEGMENT_BYTES = 120;
const HASH_LENGTH = 8;

const UNSAFE = /[^\p{L}\p{M}\p{N}.-]+/gu;

function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

function cap(segment: string, original: string): string {
  if (utf8Length(segment) <= MAX_SEGMENT_BYTES) return segment;
  const hash = createHash("sha256").update(original).digest("hex").slice(0, HASH_LENGTH);
  const budget = MAX_SEGMENT_BYTES - HASH_LENGTH - 1;
  let out = "";
  for (const char of segment) {
    if (utf8Length(out + char) > budget) break;
    out += char;
  }
  return `${tidy(out)}-${hash}`;
}

function tidy(text: string): string {
  return text.replace(/-{2,}/g, "-").replace(/^[-.]+|[-.]+$/g, "");
}

export function slugSegment(name: string): string {
  const base = tidy(
    name
      .normalize("NFC")
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, "-")
      .replace(UNSAFE, "-"),
  );
  return cap(base, name.normalize("NFC"));
}

/**
 * A URL segment that two different names never share: the name's `slugSegment` when that keeps it as
 * it was (Korean, `aws-glue`), else the slug plus a short hash of the name, so `c#` and `c`, or `a?b`
 * and `a-b`, are two pages (tags: `c#` → `c-…`).
 */
export function distinctSegment(name: string): string {
  const nfc = name.normalize("NFC");
  const slug = slugSegment(nfc);
  if (slug === nfc && slug !== "") return slug;
  const hash = createHash("sha256").update(nfc).digest("hex").slice(0, 6);
  // The hash must fit under the cap too (a 300-character tag is already capped to the limit).
  let head = slug === "" ? "x" : slug;
  while (utf8Length(head) + hash.length + 1 > MAX_SEGMENT_BYTES) head = tidy([...head].slice(0, -1).join("")) || "x";
  return `${head}-${hash}`;
}

/** The href form of a segment: percent-encoded (Korean included), which every host decodes back to the file name. */
export function encodeSegment(segment: string): string {
  return encodeURIComponent(segment);
}

/** A site path (`notes/a/b/`) as an href path: each segment encoded, slashes kept. */
export function encodePath(path: string): string {
  return path.split("/").map(encodeSegment).join("/");
}
