/**
 * A tiny tokenizer for the SVG strings Mermaid serialises. It is not a general
 * XML parser: it only has to keep tags, text and raw blocks (style, comments)
 * apart, so that rewrites touch markup and never the label text a reader sees.
 */
export interface TagToken {
  kind: "tag";
  raw: string;
  name: string;
  closing: boolean;
  selfClosing: boolean;
}
export interface TextToken {
  kind: "text";
  raw: string;
}
/** Comments, doctype/CDATA and the content of style/script elements. */
export interface RawToken {
  kind: "raw";
  raw: string;
}
export type SvgToken = TagToken | TextToken | RawToken;

// Attribute values may legally contain ">" in HTML serialisation, so a tag ends
// at the first ">" outside quotes.
const TOKEN_RE = /<!--[\s\S]*?-->|<![^>]*>|<\/?[A-Za-z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const RAW_TEXT_ELEMENTS = new Set(["style", "script"]);

export function tokenizeSvg(svg: string): SvgToken[] {
  const tokens: SvgToken[] = [];
  let last = 0;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(svg)) !== null) {
    if (m.index > last) tokens.push({ kind: "text", raw: svg.slice(last, m.index) });
    const raw = m[0];
    last = m.index + raw.length;
    if (raw.startsWith("<!")) {
      tokens.push({ kind: "raw", raw });
      continue;
    }
    const tag = toTagToken(raw);
    tokens.push(tag);
    if (!tag.closing && !tag.selfClosing && RAW_TEXT_ELEMENTS.has(tag.name)) {
      const closeRe = new RegExp(`</${tag.name}\\s*>`, "gi");
      closeRe.lastIndex = last;
      const close = closeRe.exec(svg);
      const end = close ? close.index : svg.length;
      if (end > last) tokens.push({ kind: "raw", raw: svg.slice(last, end) });
      last = end;
      TOKEN_RE.lastIndex = end;
    }
  }
  if (last < svg.length) tokens.push({ kind: "text", raw: svg.slice(last) });
  return tokens;
}

function toTagToken(raw: string): TagToken {
  const closing = raw.startsWith("</");
  const nameMatch = /^<\/?([^\s/>]+)/.exec(raw);
  const name = (nameMatch?.[1] ?? "").toLowerCase();
  return { kind: "tag", raw, name, closing, selfClosing: !closing && /\/\s*>$/.test(raw) };
}

export function serializeTokens(tokens: readonly SvgToken[]): string {
  return tokens.map((t) => t.raw).join("");
}

/**
 * Index of the token that closes the element opened at `openIndex`
 * (itself for self-closing tags). Counts only same-name tags because HTML void
 * elements inside foreignObject (`<br>`) never close.
 */
export function elementEnd(tokens: readonly SvgToken[], openIndex: number): number {
  const open = tokens[openIndex];
  if (!open || open.kind !== "tag" || open.closing) return openIndex;
  if (open.selfClosing) return openIndex;
  let depth = 0;
  for (let i = openIndex; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== "tag" || t.name !== open.name || t.selfClosing) continue;
    depth += t.closing ? -1 : 1;
    if (depth === 0) return i;
  }
  return tokens.length - 1;
}

export interface Attr {
  name: string;
  value: string | undefined;
}

const ATTR_RE = /\s+([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g;

/** Attributes of a start tag, values with their quotes removed (entities kept). */
export function readAttrs(tagRaw: string): Attr[] {
  const head = /^<[^\s/>]+/.exec(tagRaw);
  if (!head) return [];
  const body = tagRaw.slice(head[0].length).replace(/\/?\s*>$/, "");
  const attrs: Attr[] = [];
  ATTR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR_RE.exec(body)) !== null) {
    const rawValue = m[2];
    const value =
      rawValue === undefined
        ? undefined
        : rawValue.startsWith('"') || rawValue.startsWith("'")
          ? rawValue.slice(1, -1)
          : rawValue;
    attrs.push({ name: m[1] ?? "", value });
  }
  return attrs;
}

export function getAttr(tagRaw: string, name: string): string | undefined {
  return readAttrs(tagRaw).find((a) => a.name === name)?.value;
}

/** Rebuilds a start tag with double-quoted attributes. */
export function writeTag(name: string, attrs: readonly Attr[], selfClosing: boolean): string {
  const parts = attrs.map((a) => (a.value === undefined ? a.name : `${a.name}="${a.value.replace(/"/g, "&quot;")}"`));
  return `<${name}${parts.length ? " " + parts.join(" ") : ""}${selfClosing ? "/>" : ">"}`;
}

/**
 * Maps every start tag's attributes. `fn` returns the new attribute list; tags
 * whose attributes did not change keep their original text byte for byte.
 */
export function mapStartTags(
  tokens: SvgToken[],
  fn: (tag: TagToken, attrs: Attr[], index: number) => Attr[],
): void {
  tokens.forEach((t, i) => {
    if (t.kind !== "tag" || t.closing) return;
    const attrs = readAttrs(t.raw);
    const next = fn(t, attrs, i);
    if (next === attrs || sameAttrs(attrs, next)) return;
    const original = /^<([^\s/>]+)/.exec(t.raw)?.[1] ?? t.name;
    tokens[i] = { ...t, raw: writeTag(original, next, t.selfClosing) };
  });
}

function sameAttrs(a: readonly Attr[], b: readonly Attr[]): boolean {
  return a.length === b.length && a.every((x, i) => x.name === b[i]?.name && x.value === b[i]?.value);
}
