import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeBundledFiles } from "./bundled-files";
import { tempSites } from "./fixtures/temp-site";

const site = tempSites("kb-bundled-files-");

describe("writeBundledFiles", () => {
  it("writes text files in Korean folders and never over a page already there", async () => {
    const out = site({ "notes/별칭/index.html": "the note's own page" });
    const report = await writeBundledFiles(
      out,
      [
        { path: "notes/데이터-레이크/index.html", content: "<p>리디렉션</p>" },
        { path: "notes/별칭/index.html", content: "an alias page" },
        { path: "../outside.html", content: "x" },
      ],
      { cacheRoot: site() },
    );
    expect(
      readFileSync(join(out, "notes/데이터-레이크/index.html"), "utf8"),
    ).toBe("<p>리디렉션</p>");
    expect(readFileSync(join(out, "notes/별칭/index.html"), "utf8")).toBe(
      "the note's own page",
    );
    expect(report).toEqual({
      written: 1,
      leftOut: [
        { path: "../outside.html", reason: "outside" },
        { path: "notes/별칭/index.html", reason: "taken" },
      ],
    });
  });

  it("links files bundled from the cache instead of writing their bytes again", async () => {
    const cache = site({ "og/abc.png": "card bytes" });
    const out = site();
    const report = await writeBundledFiles(
      out,
      [
        { path: "og/폴더/글루.png", fromCache: "og/abc.png" },
        { path: "og/same-card.png", fromCache: "og/abc.png" },
      ],
      { cacheRoot: cache },
    );
    expect(report).toEqual({ written: 2, leftOut: [] });
    expect(readFileSync(join(out, "og/폴더/글루.png"), "utf8")).toBe(
      "card bytes",
    );
    expect(statSync(join(out, "og/same-card.png")).ino).toBe(
      statSync(join(cache, "og/abc.png")).ino,
    );
  });

  it("names the file when its cached source is gone or lies outside the cache", async () => {
    const cache = site();
    await expect(
      writeBundledFiles(
        site(),
        [{ path: "og/x.png", fromCache: "og/missing.png" }],
        { cacheRoot: cache },
      ),
    ).rejects.toThrow(/og\/x\.png: og\/missing\.png left the cache/);
    await expect(
      writeBundledFiles(
        site(),
        [{ path: "og/x.png", fromCache: "../secret" }],
        { cacheRoot: cache },
      ),
    ).rejects.toThrow(
      /og\/x\.png: \.\.\/secret is not a path inside the cache/,
    );
  });
});
