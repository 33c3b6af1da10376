/**
 * Tag spelling policy (one place, so tree, URLs, redirects and related-notes agree):
 * - NFC, surrounding whitespace and leading `#` removed (Obsidian writes `#tag` in prose, `tag` in YAML);
 * - `/` separates levels; empty segments (`a//b`, trailing `/`) and dot-only segments (`.`, `..`, which
 *   browsers would collapse in a URL) are dropped;
 * - whitespace inside a segment becomes `-` (Obsidian tags cannot contain spaces, so `data lake` was meant as one word);
 * - ASCII letters are lowercased, so `Service/Glue` and `service/glue` are one tag. Other scripts are kept
 *   exactly as written: Korean has no case, and lowercasing e.g. Turkish İ would change the word.
 * Returns "" when nothing usable is left; callers skip such tags.
 */
export function normalizeTag(raw: string): string {
  return raw
    .normalize("NFC")
    .trim()
    .replace(/^#+/, "")
    .split("/")
    .map((segment) => segment.trim().replace(/\s+/g, "-").replace(/[A-Z]/g, (c) => c.toLowerCase()))
    .filter((segment) => segment !== "" && !/^\.+$/.test(segment))
    .join("/");
}

/** The levels of a normalised tag: `a/b/c` → [`a`, `a/b`, `a/b/c`]. */
export function tagAncestry(tag: string): string[] {
  const segments = tag.split("/");
  return segments.map((_, i) => segments.slice(0, i + 1).join("/"));
}

/** Deterministic, locale-independent ordering (code points: ASCII first, then Hangul in 가나다 order). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
