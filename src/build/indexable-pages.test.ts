import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempSites } from "./fixtures/temp-site";
import { indexablePages, stagePages } from "./indexable-pages";

const site = tempSites("indexable-");

const NOTE = '<main data-pagefind-body><h1>글루</h1><p>Glue</p></main>';
const REDIRECT = '<meta http-equiv="refresh" content="0; url=/notes/%EA%B8%80%EB%A3%A8/">';

describe("indexable pages", () => {
  it("are the pages with Pagefind's body marker, alias redirects and interface pages left out", async () => {
    const dir = site({
      "index.html": "<p>홈</p>",
      "notes/글루/index.html": NOTE,
      "notes/glue/index.html": REDIRECT,
      "notes/athena/index.html": NOTE.replace("글루", "아테나"),
      "pagefind/x.html": NOTE,
      "og/a.png": "png",
    });
    const pages = await indexablePages(dir);
    expect(pages.paths).toEqual(["notes/athena/index.html", "notes/글루/index.html"]);
    expect(pages.htmlPages).toBe(4);
  });

  it("are every page when none is marked, as Pagefind then indexes them all", async () => {
    const pages = await indexablePages(site({ "index.html": "<p>홈</p>", "a/index.html": "<p>A</p>" }));
    expect(pages.paths).toEqual(["a/index.html", "index.html"]);
  });

  it("are keyed on each indexable page's path and bytes only", async () => {
    const base = { "index.html": "<p>홈</p>", "notes/글루/index.html": NOTE };
    const digest = async (pages: Record<string, string>) => (await indexablePages(site(pages))).digest;
    const a = await digest(base);
    expect(await digest({ ...base, "index.html": "<p>새 홈</p>", "notes/glue/index.html": REDIRECT, "pagefind/y.html": NOTE })).toBe(a);
    expect(await digest({ ...base, "notes/글루/index.html": NOTE.replace("Glue", "Glue!") })).not.toBe(a);
    expect(await digest({ "index.html": "<p>홈</p>", "notes/glue/index.html": NOTE })).not.toBe(a);
  });

  it("are staged at the same relative paths, replacing whatever the staging folder held", async () => {
    const dir = site({ "notes/글루/index.html": NOTE, "notes/a/b/index.html": NOTE, "index.html": "<p>홈</p>" });
    const staging = join(site({ "stale.html": "old" }), "stage");
    mkdirSync(staging);
    writeFileSync(join(staging, "stale.html"), "old");
    const { paths } = await indexablePages(dir);
    await stagePages(dir, paths, staging);
    expect(readdirSync(staging, { recursive: true }).filter((name) => String(name).endsWith(".html")).sort()).toEqual(["notes/a/b/index.html", "notes/글루/index.html"]);
    expect(readFileSync(join(staging, "notes/글루/index.html"), "utf8")).toBe(NOTE);
    // Same file system: a link, not a copy.
    expect(statSync(join(staging, "notes/글루/index.html")).ino).toBe(statSync(join(dir, "notes/글루/index.html")).ino);
  });
});
