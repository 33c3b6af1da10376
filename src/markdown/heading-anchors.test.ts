import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderVault } from "./fixtures/render-vault";

/**
 * One place computes heading ids: the analysis. `[[note#heading]]` links in other notes and the table
 * of contents use the model's ids, and the rendered page carries exactly those: checked on every seed
 * note and every e2e fixture note, through the real render step.
 */
const NOTE_DIRS = ["content/notes", "e2e/fixtures/notes"];
const files = Object.fromEntries(
  NOTE_DIRS.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith(".md")).map((name) => [`${dir}/${name}`.normalize("NFC"), readFileSync(`${dir}/${name}`, "utf8")])),
);

const renderedIds = (html: string): string[] => [...html.matchAll(/<h[2-6][^>]*\sid="([^"]*)"/g)].map((m) => (m[1] ?? "").replace(/&amp;/g, "&"));

describe("heading ids: the model's ids are the page's ids", () => {
  it("covers the seed and fixture notes and their headings", async () => {
    const vault = await renderVault(files);
    expect(vault.site.notes.length).toBeGreaterThanOrEqual(9);
    expect(vault.site.notes.reduce((sum, n) => sum + n.model.headings.length, 0)).toBeGreaterThan(30);
    for (const note of vault.site.notes) {
      expect([note.model.path, renderedIds(vault.html.get(note.model.path) ?? "")]).toEqual([note.model.path, note.model.headings.map((h) => h.id)]);
    }
  });

  it("agrees on headings with inline code, links, emphasis, emoji and repeats", async () => {
    const body = "# 제목\n\n## 🎯 핵심 포인트\n\n## `Glue` **크롤러** [문서](https://a.example)\n\n### 핵심 포인트\n\n```\n## 코드 안\n```\n\n## 핵심 포인트 ##\n";
    const vault = await renderVault({ "a.md": body });
    const model = vault.site.notes[0]?.model;
    expect(model?.headings.map((h) => h.id)).toEqual(["핵심-포인트", "glue-크롤러-문서", "핵심-포인트-1", "핵심-포인트-2"]);
    expect(renderedIds(vault.html.get("a.md") ?? "")).toEqual(model?.headings.map((h) => h.id));
  });

  it("gives every heading its anchor link, and leaves the title to the page", async () => {
    const html = (await renderVault({ "a.md": "# 제목\n\n## 절\n" })).html.get("a.md") ?? "";
    expect(html).not.toContain("<h1");
    expect(html).toContain('<a class="heading-anchor" href="#절"');
  });
});
