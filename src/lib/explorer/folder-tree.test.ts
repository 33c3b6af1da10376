import { describe, expect, it } from "vitest";
import { breadcrumbs, buildFolderTree, compactTree, compareKorean, findFolder, folderAnchor, folderChain, folderOf } from "./folder-tree";

const note = (path: string, title = path.split("/").at(-1)?.replace(/\.md$/, "") ?? path) => ({ path, title, href: `/notes/${path}/` });

describe("buildFolderTree", () => {
  const tree = buildFolderTree([
    note("루트 노트.md"),
    note("하위/나.md"),
    note("하위/가.md"),
    note("가나다/10강.md"),
    note("가나다/2강.md"),
    note("가나다/깊은/노트.md"),
    note("Alpha/x.md"),
  ]);

  it("puts folders before notes and sorts both in Korean order with numbers as numbers", () => {
    expect(tree.folders.map((f) => f.name)).toEqual(["가나다", "하위", "Alpha"]);
    expect(tree.notes.map((n) => n.title)).toEqual(["루트 노트"]);
    const ganada = findFolder(tree, "가나다");
    expect(ganada?.folders.map((f) => f.name)).toEqual(["깊은"]);
    expect(ganada?.notes.map((n) => n.title)).toEqual(["2강", "10강"]);
  });

  it("counts the notes of a folder and every folder below it", () => {
    expect(tree.count).toBe(7);
    expect(findFolder(tree, "가나다")?.count).toBe(3);
    expect(findFolder(tree, "가나다/깊은")?.count).toBe(1);
    expect(findFolder(tree, "하위")?.count).toBe(2);
  });

  it("merges a folder spelled in NFD (macOS) with the same folder in NFC", () => {
    const nfd = "하위".normalize("NFD");
    const t = buildFolderTree([note("하위/가.md"), note(`${nfd}/나.md`, "나".normalize("NFD"))]);
    expect(t.folders).toHaveLength(1);
    expect(t.folders[0]?.count).toBe(2);
    expect(t.folders[0]?.notes.map((n) => n.title)).toEqual(["가", "나"]);
  });

  it("writes a compact JSON form with the same shape", () => {
    const compact = compactTree(tree);
    expect(compact.c).toBe(7);
    expect(compact.f.map((f) => f.n)).toEqual(["가나다", "하위", "Alpha"]);
    expect(compact.d[0]).toEqual(["루트 노트", "/notes/루트 노트.md/", "루트 노트.md"]);
  });
});

describe("paths", () => {
  it("finds a note's folder chain and breadcrumbs", () => {
    expect(folderOf("a/b/c.md")).toBe("a/b");
    expect(folderOf("c.md")).toBe("");
    expect(folderChain("a/b")).toEqual(["a", "a/b"]);
    expect(folderChain("")).toEqual([]);
    expect(breadcrumbs("강의/2024/노트.md")).toEqual([
      { name: "강의", path: "강의" },
      { name: "2024", path: "강의/2024" },
    ]);
    expect(breadcrumbs("노트.md")).toEqual([]);
  });

  it("gives NFD and NFC folder names one anchor", () => {
    expect(folderAnchor("강의 자료".normalize("NFD"))).toBe(folderAnchor("강의 자료"));
    expect(folderAnchor("강의 자료")).toBe("folder-강의-자료");
  });

  it("gives folders that differ only in spaces, hyphens and underscores different anchors", () => {
    const names = ["a b", "a-b", "a_b", "a  b", "a - b", "a -b", "a- b", "a_2d_b", "강의/a b", "강의 a/b"];
    expect(new Set(names.map(folderAnchor)).size).toBe(names.length);
    expect(folderAnchor("a-b")).toBe("folder-a_2d_b");
    expect(folderAnchor("a\u3000b")).not.toMatch(/\s/u);
  });

  it("orders Hangul first, in dictionary order (the Korean collation), then Latin ignoring case", () => {
    expect(["하", "가", "b", "A"].sort(compareKorean)).toEqual(["가", "하", "A", "b"]);
  });
});
