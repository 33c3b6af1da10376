/**
 * Links and embeds as written, before anything is resolved. Obsidian writes two kinds:
 * wikilinks `[[target#fragment|label]]` / `![[…]]`, and Markdown links `[label](path.md#fragment)` /
 * `![alt](path.png)`. Sätteri parses both to link/image nodes; the source says which is which.
 */
export interface WrittenReference {
  kind: "wikilink" | "markdown";
  embed: boolean;
  /** The path part (decoded, NFC, trimmed); "" for a same-note link (`[[#h]]`, `[x](#h)`). */
  target: string;
  /** After the first `#` (a heading, `a#b` nested headings, or `^block`); undefined when none. */
  fragment?: string;
  /** Text after `|` (wikilink) or the link text (Markdown); undefined for a bare `[[x]]`. */
  label?: string;
  /** `![[img.png|300]]`, `|300x200`, `![alt|300](img.png)`. */
  width?: number;
  height?: number;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const SIZE = /^\s*(\d{1,5})(?:\s*x\s*(\d{1,5}))?\s*$/i;

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function withFragment(ref: string): { target: string; fragment?: string } {
  const hash = ref.indexOf("#");
  const target = (hash < 0 ? ref : ref.slice(0, hash)).trim().normalize("NFC");
  const fragment = hash < 0 ? undefined : ref.slice(hash + 1).trim().normalize("NFC");
  return fragment === undefined ? { target } : { target, fragment };
}

function size(text: string | undefined): { width?: number; height?: number } {
  const m = text === undefined ? null : SIZE.exec(text);
  if (m === null) return {};
  const width = Number(m[1]);
  const height = m[2] === undefined ? undefined : Number(m[2]);
  return { ...(width > 0 ? { width } : {}), ...(height !== undefined && height > 0 ? { height } : {}) };
}

/** A wikilink from its source text (`[[…]]` or `![[…]]`). A `\|` (inside a table) separates like `|`. */
export function parseWikilink(source: string): WrittenReference | null {
  const m = /^(!?)\[\[([\s\S]*)\]\]$/.exec(source.trim());
  if (m === null) return null;
  const embed = m[1] === "!";
  const inner = m[2] ?? "";
  const bar = /\\?\|/.exec(inner);
  const ref = bar === null ? inner : inner.slice(0, bar.index);
  const rest = bar === null ? undefined : inner.slice(bar.index + bar[0].length).trim().normalize("NFC");
  const sized = embed ? size(rest) : {};
  const label = rest === undefined || rest === "" || (embed && (sized.width !== undefined)) ? undefined : rest;
  return { kind: "wikilink", embed, ...withFragment(ref), ...(label === undefined ? {} : { label }), ...sized };
}

/** Whether a Markdown link's URL leaves the vault (`https:`, `mailto:`, `//host`). */
export function isExternalUrl(url: string): boolean {
  return SCHEME.test(url.trim()) || url.trim().startsWith("//");
}

/**
 * A Markdown link or image into the vault, or null for an external URL. The URL is decoded
 * (`My%20Note.md`), `<angle brackets>` are already gone (the parser removes them). Obsidian's
 * `![alt|300](img.png)` sizes an image through its alt text.
 */
export function parseMarkdownLink(url: string, text: string, embed: boolean): WrittenReference | null {
  const raw = url.trim();
  if (raw === "" || isExternalUrl(raw)) return null;
  const hash = raw.indexOf("#");
  const path = decode(hash < 0 ? raw : raw.slice(0, hash));
  const fragment = hash < 0 ? undefined : decode(raw.slice(hash + 1));
  // `[text](#)`: a link to nothing in particular, left as written.
  if (path === "" && (fragment === undefined || fragment.trim() === "")) return null;
  const parsed = withFragment(fragment === undefined ? path : `${path}#${fragment}`);
  let label: string | undefined = text.trim().normalize("NFC");
  let sized: { width?: number; height?: number } = {};
  if (embed) {
    const bar = label.lastIndexOf("|");
    if (bar >= 0) {
      sized = size(label.slice(bar + 1));
      if (sized.width !== undefined) label = label.slice(0, bar).trim();
    } else {
      sized = size(label);
      if (sized.width !== undefined) label = "";
    }
  }
  return { kind: "markdown", embed, ...parsed, ...(label === "" ? {} : { label }), ...sized };
}
