import { tokenizeSvg } from "./svgTokens";

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return NAMED[body.toLowerCase()] ?? all;
  });
}

/**
 * The text a reader (or a search indexer) finds in the SVG, one string per text
 * run, entities decoded. Tag boundaries separate runs, so "A<br>B" gives "A", "B".
 */
export function svgTextRuns(svg: string): string[] {
  return tokenizeSvg(svg)
    .filter((t) => t.kind === "text")
    .map((t) => decodeEntities(t.raw).trim())
    .filter((t) => t !== "");
}
