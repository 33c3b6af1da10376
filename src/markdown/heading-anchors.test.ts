import { readdirSync, readFileSync } from "node:fs";
import { markdownToHtml } from "satteri";
import { describe, expect, it } from "vitest";
import { headingIds, normaliseNote } from "../lib/notes";
import { calloutsPlugin } from "./callouts";
import { headingAnchorsPlugin } from "./heading-anchors";

/**
 * `[[note#heading]]` links are resolved against ids computed from the Markdown before rendering
 * (headingIds); the page gets its ids from the heading-anchors plugin. The two must agree, or a
 * link lands on nothing: checked on every seed note and every e2e fixture note.
 */
const NOTE_DIRS = ["content/notes", "e2e/fixtures/notes"];
const notes = NOTE_DIRS.flatMap((dir) =>
  readdirSync(dir).filter((name) => name.endsWith(".md")).map((name) => `${dir}/${name}`),
);

function renderedIds(body: string): string[] {
  const result = markdownToHtml(body, { mdastPlugins: [calloutsPlugin()], hastPlugins: [headingAnchorsPlugin()()] });
  if (result instanceof Promise) throw new Error("a plugin went async");
  return [...result.html.matchAll(/<h[2-6][^>]*\sid="([^"]*)"/g)].map((m) => (m[1] ?? "").replace(/&amp;/g, "&"));
}

describe("heading ids known before rendering match the rendered page", () => {
  it("covers the seed and fixture notes and their headings", () => {
    expect(notes.length).toBeGreaterThanOrEqual(9);
    const total = notes.reduce((sum, path) => sum + headingIds(normaliseNote({ path, raw: readFileSync(path, "utf8") }).note.body).length, 0);
    expect(total).toBeGreaterThan(30);
  });

  for (const path of notes) {
    it(path, () => {
      const { note } = normaliseNote({ path, raw: readFileSync(path, "utf8") });
      const expected = headingIds(note.body).map((h) => h.slug);
      expect(renderedIds(note.body)).toEqual(expected);
    });
  }

  it("agrees on headings with inline code, links, emphasis, emoji and repeats", () => {
    const body = "## 🎯 핵심 포인트\n\n## `Glue` **크롤러** [문서](https://a.example)\n\n### 핵심 포인트\n\n```\n## 코드 안\n```\n\n## 핵심 포인트 ##\n";
    expect(renderedIds(body)).toEqual(headingIds(body).map((h) => h.slug));
  });
});
