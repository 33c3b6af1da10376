import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { restoreIndex, saveIndex } from "./search-index-cache";

const made: string[] = [];
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "index-cache-"));
  made.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("search index cache", () => {
  it("restores only a complete index saved under the same key, replacing what was there", async () => {
    const out = site({ "pagefind/pagefind-entry.json": "{}", "pagefind/index/a.pf_index": "new" });
    const cache = join(site({}), "pagefind");
    await saveIndex(cache, "k1", join(out, "pagefind"));
    const next = site({ "pagefind/stale.pf_fragment": "old" });
    expect(await restoreIndex(cache, "k2", join(next, "pagefind"))).toBe(false);
    expect(await restoreIndex(cache, "k1", join(next, "pagefind"))).toBe(true);
    expect(readFileSync(join(next, "pagefind/index/a.pf_index"), "utf8")).toBe("new");
    expect(() => readFileSync(join(next, "pagefind/stale.pf_fragment"))).toThrow();
    // Saving another index drops the first: only the latest is ever asked for.
    await saveIndex(cache, "k2", join(out, "pagefind"));
    expect(await restoreIndex(cache, "k1", join(next, "pagefind"))).toBe(false);
  });
});
