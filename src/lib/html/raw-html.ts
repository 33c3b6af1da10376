import { decodeHTML } from "entities";

/**
 * Raw HTML written in a note, made safe to publish while staying HTML (the author is trusted to lay
 * out a page, not to run code on every reader's machine):
 * - `<script>` elements (with their content) and event-handler attributes (`on…`) are dropped;
 * - `javascript:`/`vbscript:` URLs, and `data:` URLs other than images, are dropped from every
 *   attribute (entities, case, spaces and control characters inside the scheme don't hide them);
 * - elements whose content a browser never parses as HTML (`noscript`, `xmp`, `noembed`, `noframes`,
 *   `plaintext`) are dropped with their content, `iframe` keeps its tag but loses its content and
 *   `srcdoc`, and `<base>`/`<meta>` (which change every link or redirect the page) are dropped;
 * - a `<` that does not start a tag this function has read is escaped, so the browser can never see a
 *   tag that was not checked (an unclosed `<img src=x onerror=…` at the end of a block included).
 * Comments are dropped (their end is where browsers disagree; dropping is safe either way).
 * With `allowScripts` (the `allowScripts` setting) the HTML is returned as written.
 */
export interface RawHtmlPolicy {
  allowScripts: boolean;
}

export interface SanitizedHtml {
  html: string;
  /** What was removed, one entry per kind (`<script>`, `onerror`, `javascript: URL`), for the warning. */
  removed: string[];
}

// A tag as CommonMark (and so the Markdown parser) reads one: name, attributes with optional values.
const TAG = /^<(\/?)([A-Za-z][A-Za-z0-9-]*(?::[A-Za-z][A-Za-z0-9-]*)?)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const DROP_WITH_CONTENT = new Set(["script", "noscript", "xmp", "noembed", "noframes", "plaintext"]);
const DROP_TAG = new Set(["base", "meta"]);
const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "action", "formaction", "data", "poster", "background", "cite", "codebase", "xlink:href", "ping", "longdesc", "usemap", "manifest", "lowsrc", "dynsrc"]);
const EMPTY_CONTENT = new Set(["iframe"]);

/** The scheme a browser would see: entities decoded, ASCII whitespace and controls removed, lower case. */
function schemeOf(value: string): string {
  // eslint-disable-next-line no-control-regex
  return decodeHTML(value).replace(/[\u0000-\u0020\u007F-\u009F]+/g, "").toLowerCase();
}

/** Whether an attribute value would run code when used as a URL (or animated into one). */
export function isUnsafeUrl(value: string, options: { imageData?: boolean } = {}): boolean {
  const v = schemeOf(value);
  if (v.startsWith("javascript:") || v.startsWith("vbscript:")) return true;
  // An image never runs script (an SVG shown by <img> included); a data: page or document would.
  if (v.startsWith("data:")) return !(options.imageData === true && v.startsWith("data:image/"));
  return false;
}

function cleanTag(name: string, attributes: string, selfClosing: string, removed: Set<string>): string {
  let out = "";
  for (const m of attributes.matchAll(ATTRIBUTE)) {
    const attr = (m[1] ?? "").toLowerCase();
    const value = m[2] ?? m[3] ?? m[4];
    if (attr.startsWith("on")) {
      removed.add(attr);
      continue;
    }
    if (attr === "srcdoc") {
      removed.add(attr);
      continue;
    }
    if (value !== undefined) {
      // An image may be inline data; anything else that is data: could be a page with a script.
      const imageData = (attr === "src" || attr === "srcset") && (name === "img" || name === "source");
      const candidates = attr === "srcset" ? value.split(",").map((c) => c.trim().split(/\s+/)[0] ?? "") : [value];
      const animated = (attr === "to" || attr === "from" || attr === "values" || attr === "by") && /(?:java|vb)script:/.test(schemeOf(value));
      const url = URL_ATTRIBUTES.has(attr) && candidates.some((c) => isUnsafeUrl(c, { imageData }));
      // Any other attribute is text (`title="data: …"`), unless it could only be a script URL.
      if (animated || url || /^(?:java|vb)script:/.test(schemeOf(value))) {
        removed.add(`${schemeOf(value).split(":")[0] ?? "unsafe"}: URL`);
        continue;
      }
    }
    out += m[0];
  }
  return `<${name}${out}${selfClosing ? " /" : ""}>`;
}

/** Index of the end tag a browser would close a raw-text element `name` at, or -1. */
function rawTextEnd(html: string, from: number, name: string): number {
  const re = new RegExp(`</${name}(?=[\\s/>])`, "ig");
  re.lastIndex = from;
  const m = re.exec(html);
  return m === null ? -1 : m.index;
}

export function sanitizeRawHtml(html: string, policy: RawHtmlPolicy): SanitizedHtml {
  if (policy.allowScripts) return { html, removed: [] };
  const removed = new Set<string>();
  let out = "";
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    const rest = html.slice(lt);
    if (rest.startsWith("<!--")) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (/^<[!?]/.test(rest)) {
      // Doctype, CDATA, processing instruction: nothing a note needs; dropped to the next `>`.
      const end = html.indexOf(">", lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    const tag = TAG.exec(rest);
    if (tag === null) {
      out += "&lt;";
      i = lt + 1;
      continue;
    }
    const closing = tag[1] === "/";
    const name = (tag[2] ?? "").toLowerCase();
    i = lt + tag[0].length;
    if (DROP_WITH_CONTENT.has(name)) {
      removed.add(`<${name}>`);
      if (!closing) {
        const end = name === "plaintext" ? -1 : rawTextEnd(html, i, name);
        if (end < 0) {
          i = html.length;
        } else {
          const close = html.indexOf(">", end);
          i = close < 0 ? html.length : close + 1;
        }
      }
      continue;
    }
    if (DROP_TAG.has(name)) {
      removed.add(`<${name}>`);
      continue;
    }
    if (closing) {
      out += `</${name}>`;
      continue;
    }
    out += cleanTag(name, tag[3] ?? "", tag[4] ?? "", removed);
    if (EMPTY_CONTENT.has(name)) {
      const end = rawTextEnd(html, i, name);
      i = end < 0 ? html.length : end;
    }
  }
  return { html: out, removed: [...removed] };
}

/**
 * Inline raw HTML arrives one tag at a time (`<script>`, then the text, then `</script>`): the tags are
 * dropped by `sanitizeRawHtml`, and this says which siblings in between (the script's source) go with
 * them. `children` holds each sibling's raw HTML, or null for anything else (text, emphasis, links).
 * Returns the indices to drop; nothing when scripts are allowed.
 */
export function inlineScriptSpans(children: readonly (string | null)[], policy: RawHtmlPolicy): Set<number> {
  const drop = new Set<number>();
  if (policy.allowScripts) return drop;
  for (let i = 0; i < children.length; i++) {
    const open = children[i];
    if (open == null || !/^<script\b[^>]*>$/i.test(open.trim())) continue;
    const close = children.findIndex((c, j) => j > i && c != null && /^<\/script\s*>$/i.test(c.trim()));
    if (close < 0) continue;
    for (let j = i + 1; j < close; j++) drop.add(j);
    i = close;
  }
  return drop;
}
