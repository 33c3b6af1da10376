import { mapStartTags, serializeTokens, tokenizeSvg } from "./svgTokens";

export interface ViewBox {
  minX: number;
  minY: number;
  width: number;
  height: number;
}

export function parseViewBox(value: string | undefined): ViewBox | undefined {
  if (!value) return undefined;
  const parts = value.trim().split(/[\s,]+/).map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return undefined;
  const [minX = 0, minY = 0, width = 0, height = 0] = parts;
  if (width <= 0 || height <= 0) return undefined;
  return { minX, minY, width, height };
}

/** Rounds up to 2 decimals so the box never gets smaller than the drawing. */
function formatLength(n: number): string {
  return String(Math.ceil(n * 100) / 100);
}

/**
 * Gives the root <svg> its intrinsic size: width/height from the viewBox, no
 * `width="100%"` and no inline max-width. A wide diagram then keeps its scale
 * and scrolls inside its container instead of shrinking to unreadable text.
 */
export function setIntrinsicSize(svg: string): string {
  const tokens = tokenizeSvg(svg);
  const rootIndex = tokens.findIndex((t) => t.kind === "tag" && !t.closing && t.name === "svg");
  if (rootIndex < 0) return svg;
  mapStartTags(tokens, (_tag, attrs, index) => {
    if (index !== rootIndex) return attrs;
    const box = parseViewBox(attrs.find((a) => a.name === "viewBox")?.value);
    if (!box) return attrs;
    const rest = attrs.flatMap((a) => {
      if (a.name === "width" || a.name === "height") return [];
      if (a.name === "style" && a.value !== undefined) {
        const style = a.value
          .split(";")
          .map((d) => d.trim())
          .filter((d) => d !== "" && !/^(max-width|max-height|width|height)\s*:/i.test(d));
        return style.length ? [{ name: "style", value: style.join("; ") + ";" }] : [];
      }
      return [a];
    });
    return [...rest, { name: "width", value: formatLength(box.width) }, { name: "height", value: formatLength(box.height) }];
  });
  return serializeTokens(tokens);
}
