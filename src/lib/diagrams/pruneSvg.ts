import { elementEnd, getAttr, mapStartTags, serializeTokens, tokenizeSvg, type SvgToken } from "./svgTokens";

/** Definition elements that only matter when something points at them. */
const DEFINITION_ELEMENTS = new Set([
  "marker",
  "filter",
  "lineargradient",
  "radialgradient",
  "pattern",
  "clippath",
  "mask",
  "symbol",
]);

/** Attributes that carry data for Mermaid's client-side code, useless in a static page. */
const DROPPED_ATTRIBUTES = new Set(["data-points", "data-look", "data-et", "data-edge"]);

/**
 * Keeps the SVG lean: removes unreferenced definitions (Mermaid emits a dozen
 * arrowhead markers per diagram and uses one or two), empty edge labels,
 * attribute-less placeholder rects and groups, client-only data attributes,
 * and repeated class names.
 */
export function pruneSvg(svg: string): string {
  let tokens = tokenizeSvg(svg);
  tokens = removeElements(tokens, (t, i, all) => {
    if (DEFINITION_ELEMENTS.has(t.name)) {
      const id = getAttr(t.raw, "id");
      return id !== undefined && !isReferenced(all, id);
    }
    if (t.name === "g" && hasClass(t.raw, "edgeLabel")) return textContent(all, i).trim() === "";
    return false;
  });
  // Placeholders left behind by Mermaid or by the removals above.
  tokens = removeElements(tokens, (t, i, all) => {
    if (t.raw !== `<${t.name}>`) return false;
    if (t.name === "rect") return true;
    if (t.name === "g" || t.name === "defs") return elementEnd(all, i) === i + 1;
    return false;
  });
  mapStartTags(tokens, (_tag, attrs) => {
    const next = attrs
      .filter((a) => !DROPPED_ATTRIBUTES.has(a.name))
      .map((a) =>
        a.name === "class" && a.value !== undefined
          ? { name: a.name, value: [...new Set(a.value.split(/\s+/).filter(Boolean))].join(" ") }
          : a,
      );
    return next;
  });
  return serializeTokens(tokens);
}

function hasClass(tagRaw: string, cls: string): boolean {
  return (getAttr(tagRaw, "class") ?? "").split(/\s+/).includes(cls);
}

function textContent(tokens: readonly SvgToken[], openIndex: number): string {
  const end = elementEnd(tokens, openIndex);
  let text = "";
  for (let i = openIndex + 1; i < end; i++) {
    const t = tokens[i];
    if (t?.kind === "text") text += t.raw;
  }
  return text;
}

function isReferenced(tokens: readonly SvgToken[], id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const ref = new RegExp(`(?:url\\(\\s*['"]?#${escaped}['"]?\\s*\\)|href\\s*=\\s*["']#${escaped}["']|#${escaped}(?![\\w-]))`);
  return tokens.some((t) => {
    if (t.kind === "text") return false;
    // The element's own id attribute is not a reference.
    const raw = t.kind === "tag" ? t.raw.replace(/\sid\s*=\s*("[^"]*"|'[^']*')/, "") : t.raw;
    return ref.test(raw);
  });
}

/** Removes every element (start tag through its end tag) for which `drop` holds. */
function removeElements(
  tokens: SvgToken[],
  drop: (tag: SvgToken & { kind: "tag" }, index: number, all: readonly SvgToken[]) => boolean,
): SvgToken[] {
  const out: SvgToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.kind === "tag" && !t.closing && drop(t, i, tokens)) {
      i = elementEnd(tokens, i);
      continue;
    }
    out.push(t);
  }
  return out;
}
