import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempSites } from "./fixtures/temp-site";
import { indexCacheKey, restoreIndex, saveIndex } from "./search-index-cache";

const site = tempSites("index-cache-");

describe("search index cache", () => {
  it("keys on the indexable pages and on everything else that shapes the index", () => {
    const key = indexCacheKey("pages-a", ["1.6.0", { forceLanguage: "ko", excludeSelectors: [".sr-only"] }]);
    expect(indexCacheKey("pages-a", ["1.6.0", { forceLanguage: "ko", excludeSelectors: [".sr-only"] }])).toBe(key);
    expect(indexCacheKey("pages-b", ["1.6.0", { forceLanguage: "ko", excludeSelectors: [".sr-only"] }])).not.toBe(key);
    expect(indexCacheKey("pages-a", ["1.7.0", { forceLanguage: "ko", excludeSelectors: [".sr-only"] }])).not.toBe(key);
    expect(indexCacheKey("pages-a", ["1.6.0", { forceLanguage: "en", excludeSelectors: [".sr-only"] }])).not.toBe(key);
    expect(indexCacheKey("pages-a", ["1.6.0", { forceLanguage: "ko", excludeSelectors: [] }])).not.toBe(key);
  });

  it("never takes a save that did not finish for a cached index", async () => {
    const out = site({ "pagefind/pagefind-entry.json": "{}", "pagefind/index/a.pf_index": "new" });
    const cache = join(site({}), "pagefind");
    mkdirSync(join(cache, "k1.partial"), { recursive: true });
    writeFileSync(join(cache, "k1.partial", "pagefind-entry.json"), "{}");
    const next = site({});
    expect(await restoreIndex(cache, "k1", join(next, "pagefind"))).toBe(false);
    await saveIndex(cache, "k1", join(out, "pagefind"));
    expect(await restoreIndex(cache, "k1", join(next, "pagefind"))).toBe(true);
  });

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
