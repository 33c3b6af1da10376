import { open, readdir, readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { inBatches } from "../build/in-batches";
import { builtFileForUrl, isNoindexHtml, sitemapLocations, withoutSitemapUrls } from "../lib/seo/sitemap";

/** The robots meta sits in the head: the first few KB of a page are enough, and 15,000 pages stay cheap. */
const HEAD_BYTES = 4096;

export async function readHead(file: string): Promise<string | undefined> {
  try {
    const handle = await open(file, "r");
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      return buffer.subarray(0, bytesRead).toString("utf8");
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

/**
 * Removes pages marked `noindex` from the sitemap files @astrojs/sitemap wrote (listed after it in
 * the integrations, so its files exist). The page itself says whether it is indexable, so alias and
 * tag-synonym redirects, search and 404 need no list of their own here.
 */
export function sitemapNoindexIntegration(): AstroIntegration {
  let site = "";
  let base = "/";
  return {
    name: "sitemap-noindex",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site ?? "";
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (site === "") return;
        const outDir = fileURLToPath(dir);
        const sitemaps = (await readdir(outDir)).filter((name) => /^sitemap-\d+\.xml$/u.test(name));
        let total = 0;
        for (const name of sitemaps) {
          const file = `${outDir}${name}`;
          const xml = await readFile(file, "utf8");
          const noindex = new Set<string>();
          const locs = sitemapLocations(xml);
          // A few files at a time: a 5,000-note site lists ~15,000 pages, more than a default open-file limit.
          await inBatches(locs, async (loc) => {
            const page = builtFileForUrl(loc, site, base);
            const head = page === undefined || !page.endsWith(".html") ? undefined : await readHead(`${outDir}${page}`);
            if (head !== undefined && isNoindexHtml(head)) noindex.add(loc);
          });
          if (noindex.size === 0) continue;
          const result = withoutSitemapUrls(xml, (loc) => noindex.has(loc));
          await writeFile(file, result.xml);
          total += result.dropped.length;
        }
        if (total > 0) logger.info(`left ${total} noindex page(s) (redirects, search, 404) out of the sitemap`);
      },
    },
  };
}
