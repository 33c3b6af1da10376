import { readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { linkFileTree, writeFileTree } from "./file-tree";
import { tempSites } from "./fixtures/temp-site";

const folder = tempSites("file-tree-");

const FILES = [
  { path: "pagefind-entry.json", content: '{"version":"1"}' },
  { path: "fragment/ko_1.pf_fragment", content: new Uint8Array([31, 139, 8]) },
  { path: "index/ko_2.pf_index", content: "색인" },
];

describe("file trees", () => {
  it("are written at their relative paths, bytes as given", async () => {
    const root = join(folder(), "pagefind");
    await writeFileTree(root, FILES);
    expect(readdirSync(root, { recursive: true }).map(String).sort()).toEqual(["fragment", "fragment/ko_1.pf_fragment", "index", "index/ko_2.pf_index", "pagefind-entry.json"]);
    expect([...readFileSync(join(root, "fragment/ko_1.pf_fragment"))]).toEqual([31, 139, 8]);
    expect(readFileSync(join(root, "index/ko_2.pf_index"), "utf8")).toBe("색인");
  });

  it("are linked whole to a new place, sharing the files rather than copying them", async () => {
    const from = join(folder(), "a");
    await writeFileTree(from, FILES);
    const to = join(folder(), "b", "c");
    await linkFileTree(from, to);
    for (const { path } of FILES) {
      expect(readFileSync(join(to, path))).toEqual(readFileSync(join(from, path)));
      expect(statSync(join(to, path)).ino).toBe(statSync(join(from, path)).ino);
    }
    // Replacing one side (as a new build does) leaves the other whole.
    rmSync(from, { recursive: true });
    expect(readFileSync(join(to, "index/ko_2.pf_index"), "utf8")).toBe("색인");
  });
});
