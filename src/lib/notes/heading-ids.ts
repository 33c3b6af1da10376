import GithubSlugger from "github-slugger";
import { headingLines, plainInline, scanLines } from "./markdown-lines";

/** Emoji that open many headings (🎯 핵심 포인트) would leave ids starting with `-`. */
export function headingIdText(text: string): string {
  return text.replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, "").trim();
}

export interface HeadingId {
  depth: number;
  slug: string;
  text: string;
}

/** The ids the rendered page will give its h2–h6 headings, known before rendering so
 * `[[note#heading]]` links in other notes can point at them. Mirrors the heading
 * anchors plugin: one github-slugger per note, headings in document order
 * (src/markdown/heading-anchors.test.ts checks the two agree on every seed and fixture note). */
export function headingIds(body: string): HeadingId[] {
  const slugger = new GithubSlugger();
  return headingLines(scanLines(body))
    .filter((h) => h.depth >= 2)
    .map((h) => {
      const text = plainInline(h.text);
      return { depth: h.depth, slug: slugger.slug(headingIdText(text)), text };
    });
}
