import { describe, expect, it } from "vitest";
import { LinkResolver, normalisePath } from "./link-resolver";

// The cases Obsidian's help documents (노트 및 파일 링크/내부 링크): names without `.md`, paths from the
// vault root, files with their extension, same-named notes in different folders.
const files = [
  "홈.md",
  "Three laws of motion.md",
  "Projects/Three laws of motion.md",
  "Obsidian Publish/보안 및 개인정보 보호.md",
  "Obsidian Sync/보안 및 개인정보 보호.md",
  "til/anki/backlog.md",
  "til/agile-story/backlog.md",
  "Attachments/Figure 1.png",
  "Attachments/engelbart.jpg",
  "name (1), x 🤗.md",
  "aws-glue-basics.md",
  "Drawing.excalidraw.md",
];
const resolver = new LinkResolver(files, [{ alias: "3 laws", path: "Three laws of motion.md" }, { alias: "크롤러-기초", path: "aws-glue-basics.md" }]);
const to = (link: string, from = "홈.md", relativeFirst = false) => {
  const r = resolver.resolve(link, from, { relativeFirst });
  return r.ok ? r.path : null;
};

describe("LinkResolver (Obsidian's link resolution)", () => {
  it("finds a note by name with or without .md, and a file by its name with extension", () => {
    expect(to("홈")).toBe("홈.md");
    expect(to("홈.md")).toBe("홈.md");
    expect(to("Figure 1.png")).toBe("Attachments/Figure 1.png");
    expect(to("Figure 1")).toBeNull();
    expect(to("name (1), x 🤗")).toBe("name (1), x 🤗.md");
    expect(to("Drawing.excalidraw")).toBe("Drawing.excalidraw.md");
  });

  it("reads a path as starting at the vault root, and a name exactly at the root first", () => {
    expect(to("Projects/Three laws of motion")).toBe("Projects/Three laws of motion.md");
    expect(to("Three laws of motion")).toBe("Three laws of motion.md");
    expect(to("/Projects/Three laws of motion.md")).toBe("Projects/Three laws of motion.md");
  });

  it("resolves a same-named note to the nearest one and names every candidate", () => {
    const r = resolver.resolve("보안 및 개인정보 보호", "Obsidian Sync/Obsidian Sync 소개.md");
    expect(r).toEqual({
      ok: true,
      path: "Obsidian Sync/보안 및 개인정보 보호.md",
      via: "name",
      candidates: ["Obsidian Publish/보안 및 개인정보 보호.md", "Obsidian Sync/보안 및 개인정보 보호.md"],
    });
    expect(to("backlog", "til/anki/index.md")).toBe("til/anki/backlog.md");
    expect(to("agile-story/backlog", "til/anki/index.md")).toBe("til/agile-story/backlog.md");
  });

  it("tries a Markdown link relative to the linking note first", () => {
    expect(to("../anki/backlog.md", "til/agile-story/x.md", true)).toBe("til/anki/backlog.md");
    expect(to("backlog.md", "til/agile-story/x.md", true)).toBe("til/agile-story/backlog.md");
    expect(to("../../../outside.md", "a.md", true)).toBeNull();
  });

  it("matches names case-insensitively and in NFC, whatever the link's normalisation", () => {
    expect(to("three LAWS of motion")).toBe("Three laws of motion.md");
    expect(to("홈".normalize("NFD"))).toBe("홈.md");
    expect(to("Obsidian Sync/보안 및 개인정보 보호".normalize("NFD"))).toBe("Obsidian Sync/보안 및 개인정보 보호.md");
  });

  it("falls back to aliases, then to a note whose file name slugs the same", () => {
    expect(resolver.resolve("3 laws", "홈.md")).toMatchObject({ ok: true, path: "Three laws of motion.md", via: "alias" });
    expect(resolver.resolve("크롤러-기초", "홈.md")).toMatchObject({ ok: true, path: "aws-glue-basics.md", via: "alias" });
    expect(resolver.resolve("AWS Glue Basics", "홈.md")).toMatchObject({ ok: true, path: "aws-glue-basics.md", via: "slug" });
    expect(to("없는 노트")).toBeNull();
    expect(to("")).toBeNull();
  });

  it("normalises dot segments and refuses paths that leave the vault", () => {
    expect(normalisePath("a/./b/../c")).toBe("a/c");
    expect(normalisePath("../x")).toBeNull();
  });
});
