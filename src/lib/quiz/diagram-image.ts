/**
 * A note's flow diagram as a file of its own, for the Anki export: the site draws diagrams as inline
 * SVG themed by the page's CSS (src/styles/diagrams.css), which a card in Anki does not have. The
 * standalone file carries that CSS inside, and is well-formed XML (an `<img>` loads SVG as XML, where
 * the HTML-serialised `<br>` of Mermaid's labels would be an error and show nothing).
 */
import type { Quiz } from "./types";

/** Words a question uses when it points at a picture of the note (Korean and English). */
const REFERS_TO_DIAGRAM = /다이어그램|도식|구성도|흐름도|아키텍처\s*(?:그림|플로우|흐름)|그림|diagram|figure|flow\s*chart|flowchart|architecture\s+(?:shown|below|above)/iu;

/** True when the question (its stem or an option) refers to a diagram. */
export function refersToDiagram(quiz: Pick<Quiz, "question" | "options">): boolean {
  return [quiz.question, ...quiz.options.map((o) => o.text)].some((text) => REFERS_TO_DIAGRAM.test(text));
}

/** The first diagram's `<svg>…</svg>` in a note's rendered HTML (a `figure.flow-diagram`), nested `<svg>`s included. */
export function firstDiagramSvg(html: string): string | undefined {
  const figure = html.search(/<figure\s[^>]*class="[^"]*\bflow-diagram\b/u);
  if (figure < 0) return undefined;
  const start = html.indexOf("<svg", figure);
  if (start < 0) return undefined;
  const tag = /<(\/?)svg\b[^>]*?(\/?)>/giu;
  tag.lastIndex = start;
  let depth = 0;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    if (m[1] === "/") depth--;
    else if (m[2] !== "/") depth++;
    if (depth === 0) return html.slice(start, m.index + m[0].length);
  }
  return undefined;
}

const VOID = /<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b((?:[^>"']|"[^"]*"|'[^']*')*?)\s*\/?>/giu;
const XML_ENTITIES = new Set(["amp", "lt", "gt", "quot", "apos"]);

/** HTML-serialised SVG made well-formed XML: void elements closed, named entities XML lacks as numbers. */
function toXml(svg: string): string {
  return svg
    .replace(VOID, "<$1$2/>")
    .replace(/&([a-z][a-z0-9]*);/giu, (m, name: string) => (XML_ENTITIES.has(name) ? m : name === "nbsp" ? "&#160;" : m));
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`, "u").exec(tag)?.[1];

/**
 * A standalone SVG document: the diagram inside an outer `<svg class="flow-diagram">` (so the site's
 * `.flow-diagram svg …` rules match it as they do on the page) with `css` in a `<style>`. The
 * colours follow the viewer's light or dark scheme, as on the site.
 */
export function standaloneDiagramSvg(svg: string, css: string): string {
  const open = /^<svg\b[^>]*>/u.exec(svg)?.[0] ?? "";
  const width = attr(open, "width") ?? "100%";
  const height = attr(open, "height") ?? "100%";
  const label = attr(open, "aria-label");
  const style = css.replace(/\]\]>/gu, "]] >");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" class="flow-diagram" width="${width}" height="${height}"` +
    `${label === undefined ? "" : ` role="img" aria-label="${label}"`}><style><![CDATA[${style}]]></style>${toXml(svg)}</svg>`
  );
}

/** The diagram as an `<img>` for an Anki field: a data URL, so the card needs no media file and works offline. */
export function diagramImgHtml(standalone: string, alt: string): string {
  const data = Buffer.from(standalone, "utf8").toString("base64");
  const escapedAlt = alt.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/[\t\r\n]+/g, " ");
  return `<img src="data:image/svg+xml;base64,${data}" alt="${escapedAlt}">`;
}
