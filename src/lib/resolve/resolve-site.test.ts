import { describe, expect, it } from "vitest";
import { analyseText } from "../notes/fixtures/seeds";
import { resolveSite } from "./resolve-site";

const site = (notes: Record<string, string>, attachments: string[] = [], base = "/") =>
  resolveSite({ notes: Object.entries(notes).map(([path, text]) => analyseText(path, text).model), attachments, base, imageSize: () => ({ width: 600, height: 400 }) });

describe("resolveSite", () => {
  it("publishes notes at their folder path, so same-named notes are two pages", () => {
    const s = site({ "til/anki/backlog.md": "# A", "til/agile-story/backlog.md": "# B", "홈.md": "# 홈" });
    expect(s.notes.map((n) => [n.model.path, n.route])).toEqual([
      ["til/agile-story/backlog.md", "notes/til/agile-story/backlog/"],
      ["til/anki/backlog.md", "notes/til/anki/backlog/"],
      ["홈.md", "notes/홈/"],
    ]);
    expect(s.byPath.get("홈.md")?.href).toBe("/notes/%ED%99%88/");
    expect(s.warnings).toEqual([]);
  });

  it("gives a colliding URL a suffix and names both files", () => {
    const s = site({ "A Note.md": "x", "a-note.md": "y" });
    expect(s.notes.map((n) => n.route)).toEqual(["notes/a-note/", "notes/a-note-2/"]);
    expect(s.warnings).toMatchObject([{ kind: "route", file: "a-note.md" }]);
    expect(s.warnings[0]?.message).toContain("A Note.md");
  });

  it("names the frontmatter line of a clashing slug or alias, and both notes", () => {
    const s = site({
      "가.md": "---\ntitle: 가\naliases: [공통]\n---\n",
      "나.md": "---\ntitle: 나\nslug: 가\naliases:\n  - 공통\n---\n",
    });
    expect(s.warnings).toMatchObject([
      { kind: "route", file: "나.md", line: 3 },
      { kind: "alias", file: "나.md", line: 4 },
    ]);
    expect(s.warnings[0]?.message).toContain("가.md");
    expect(s.warnings[1]?.message).toContain("가.md");
  });

  it("honours permalink and slug", () => {
    const s = site({ "x/긴 이름.md": "---\nslug: 짧게\n---\n", "y.md": "---\npermalink: guide/start\n---\n" });
    expect(s.notes.map((n) => n.route)).toEqual(["notes/x/짧게/", "notes/guide/start/"]);
  });

  it("resolves wikilinks and Markdown links, both feeding backlinks", () => {
    const s = site({
      "a.md": "# A\n\n[[b]] and [to C](sub/c.md#절) and [[#로컬]]\n\n## 로컬\n",
      "b.md": "# B\n\n[[a|back]]\n",
      "sub/c.md": "# C\n\n## 절\n",
    });
    const a = s.byPath.get("a.md");
    expect(Object.values(a?.links ?? {})).toEqual([
      { kind: "note", target: "b.md", href: "/notes/b/", text: "b" },
      { kind: "note", target: "sub/c.md", href: "/notes/sub/c/#%EC%A0%88", text: "to C" },
      { kind: "note", target: "a.md", href: "#%EB%A1%9C%EC%BB%AC", text: "로컬" },
    ]);
    expect(s.backlinks.get("a.md")).toEqual(["b.md"]);
    expect(s.backlinks.get("sub/c.md")).toEqual(["a.md"]);
    expect(a?.outgoing).toEqual(["b.md", "sub/c.md"]);
  });

  it("marks a missing target once, with the first place and a count", () => {
    const s = site({ "a.md": "[[없는 노트]]\n\n[[없는 노트]]\n", "b.md": "[[없는 노트]]" });
    expect(Object.values(s.byPath.get("a.md")?.links ?? {})).toEqual([
      { kind: "missing", text: "없는 노트", embed: false },
      { kind: "missing", text: "없는 노트", embed: false },
    ]);
    expect(s.warnings).toEqual([{ kind: "link", file: "a.md", line: 1, message: 'no note or file named "없는 노트"; shown as plain text (and 2 more places)' }]);
  });

  it("publishes only the attachments a published note uses, with their size", () => {
    const s = site({ "a.md": "![[pic.png|300]] ![[sound.ogg]] [[doc.pdf]]", "hidden.md": "---\npublish: false\n---\n![[secret.png]]" }, [
      "Attachments/pic.png",
      "Attachments/sound.ogg",
      "doc.pdf",
      "secret.png",
      "unused.png",
    ]);
    expect(Object.values(s.byPath.get("a.md")?.links ?? {})).toEqual([
      {
        kind: "file",
        target: "Attachments/pic.png",
        href: "/files/attachments/pic.png",
        text: "pic.png",
        media: "image",
        embed: true,
        width: 300,
        height: 200,
        // WebP copies at the width shown and twice it (the image is 600 px wide).
        variants: [
          { href: "/files/attachments/pic.300w.webp", width: 300 },
          { href: "/files/attachments/pic.600w.webp", width: 600 },
        ],
      },
      { kind: "file", target: "Attachments/sound.ogg", href: "/files/attachments/sound.ogg", text: "sound.ogg", media: "audio", embed: true },
      { kind: "file", target: "doc.pdf", href: "/files/doc.pdf", text: "doc.pdf", media: "pdf", embed: false },
    ]);
    expect([...s.files.keys()].sort()).toEqual(["Attachments/pic.png", "Attachments/sound.ogg", "doc.pdf"]);
    expect([...s.imageVariants]).toEqual([
      ["files/attachments/pic.300w.webp", { source: "Attachments/pic.png", width: 300 }],
      ["files/attachments/pic.600w.webp", { source: "Attachments/pic.png", width: 600 }],
    ]);
    expect(s.skipped.unpublished).toBe(1);
    expect(s.byPath.has("hidden.md")).toBe(false);
  });

  it("turns links to an unpublished note into plain text, without a warning", () => {
    const s = site({ "a.md": "[[draft]]", "draft.md": "---\ndraft: true\n---\n" });
    expect(Object.values(s.byPath.get("a.md")?.links ?? {})).toEqual([{ kind: "unpublished", text: "draft" }]);
    expect(s.warnings).toEqual([]);
  });

  it("resolves embeds of a heading section and of a block to their lines", () => {
    const s = site({ "a.md": "![[b#가]]\n\n![[b#^blk]]\n", "b.md": "# B\n\n## 가\n\n본문\n\n## 나\n" });
    const links = Object.values(s.byPath.get("a.md")?.links ?? {});
    expect(links[0]).toEqual({ kind: "embed", target: "b.md", href: "/notes/b/#%EA%B0%80", text: "b > 가", lines: { from: 3, to: 7 } });
    expect(links[1]).toMatchObject({ kind: "embed", target: "b.md" });
    expect(s.warnings).toMatchObject([{ kind: "link", file: "a.md", line: 3 }]);
  });

  it("gives aliases redirect pages unless a note or an earlier alias owns the URL", () => {
    const s = site({ "a.md": "---\naliases: [ETL, b, 공통]\n---\n", "b.md": "---\naliases: [공통]\n---\n" });
    expect([...s.aliasPages]).toEqual([["etl", "a.md"], ["공통", "a.md"]]);
    expect(s.warnings).toMatchObject([{ kind: "alias", file: "b.md" }]);
  });

  it("builds hrefs under the base path", () => {
    const s = site({ "a.md": "[[b]]", "b.md": "" }, [], "/kb/");
    expect(Object.values(s.byPath.get("a.md")?.links ?? {})[0]).toMatchObject({ href: "/kb/notes/b/" });
  });
});

describe("Excalidraw drawings", () => {
  const drawing = "---\nexcalidraw-plugin: parsed\n---\n%%\n# Drawing\n```compressed-json\nN4Ig\n```\n%%\n";
  it("are never pages; an embed shows the exported image beside the drawing", () => {
    const s = site({ "a.md": "![[Flow.excalidraw|600]]", "Excalidraw/Flow.excalidraw.md": drawing }, ["Excalidraw/Flow.excalidraw.svg"]);
    expect(s.byPath.has("Excalidraw/Flow.excalidraw.md")).toBe(false);
    expect(Object.values(s.byPath.get("a.md")?.links ?? {})).toMatchObject([{ kind: "file", target: "Excalidraw/Flow.excalidraw.svg", media: "image", width: 600 }]);
    expect(s.warnings).toEqual([]);
  });

  it("without an export are skipped with one warning each, and their embeds show a placeholder", () => {
    const s = site({ "a.md": "![[Flow.excalidraw]] ![[Flow.excalidraw]]", "Flow.excalidraw.md": drawing });
    expect(Object.values(s.byPath.get("a.md")?.links ?? {})).toMatchObject([{ kind: "missing" }, { kind: "missing" }]);
    expect(s.warnings).toMatchObject([{ kind: "embed", file: "Flow.excalidraw.md" }]);
    expect(s.skipped.drawings).toBe(1);
  });
});
