import { mapStartTags, serializeTokens, tokenizeSvg, type SvgToken } from "./svgTokens";

/** Drops every `<style>` element: the site stylesheet (src/styles/diagrams.css) styles the SVG instead. */
export function removeStyleElements(svg: string): string {
  const tokens = tokenizeSvg(svg);
  const kept: SvgToken[] = [];
  let inStyle = false;
  for (const t of tokens) {
    if (t.kind === "tag" && t.name === "style") {
      if (!t.closing && !t.selfClosing) inStyle = true;
      else if (t.closing) inStyle = false;
      continue;
    }
    if (!inStyle) kept.push(t);
  }
  return serializeTokens(kept);
}

const COLOUR_PROPERTIES = new Set([
  "fill",
  "stroke",
  "color",
  "background",
  "background-color",
  "border-color",
  "flood-color",
  "stop-color",
  "lighting-color",
]);

/** Values that express structure rather than a colour choice, so they survive. */
function isNeutralPaint(value: string): boolean {
  const v = value.replace(/!important/i, "").trim().toLowerCase();
  return v === "none" || v === "transparent" || v === "currentcolor" || v === "inherit" || v.startsWith("url(");
}

/** Removes colour declarations from one inline style value; returns undefined when nothing is left. */
export function stripColourDeclarations(style: string): string | undefined {
  const kept = style
    .split(";")
    .map((d) => d.trim())
    .filter((d) => {
      if (d === "") return false;
      const colon = d.indexOf(":");
      if (colon < 0) return false;
      const prop = d.slice(0, colon).trim().toLowerCase();
      return !COLOUR_PROPERTIES.has(prop) || isNeutralPaint(d.slice(colon + 1));
    });
  return kept.length ? kept.join("; ") + ";" : undefined;
}

/**
 * Removes inline colours (style declarations and presentation attributes) that
 * would override the theme variables, and empty `style` attributes.
 */
export function stripInlineColours(svg: string): string {
  const tokens = tokenizeSvg(svg);
  mapStartTags(tokens, (_tag, attrs) =>
    attrs.flatMap((a) => {
      if (a.value === undefined) return [a];
      if (a.name === "style") {
        const value = stripColourDeclarations(a.value);
        return value === undefined ? [] : value === a.value ? [a] : [{ name: a.name, value }];
      }
      if (COLOUR_PROPERTIES.has(a.name) && !isNeutralPaint(a.value)) return [];
      return [a];
    }),
  );
  return serializeTokens(tokens);
}
