import { readdir, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { redirectsFile, redirectTargetInHtml, type SiteRedirect } from "../lib/seo/redirects";
import { inBatches } from "../build/in-batches";
import { readHead } from "./sitemap-noindex";

/**
 * A `_redirects` file (Netlify, Cloudflare Pages) for every redirect page the build wrote (aliases,
 * tag synonyms), so hosts that read it answer with a real HTTP 301; other hosts ignore the file and
 * serve the redirect pages. Found from the built pages themselves, whatever made them.
 */
export function redirectsFileIntegration(): AstroIntegration {
  let base = "/";
  return {
    name: "kb-redirects-file",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith(`${sep}index.html`) || f === "index.html");
        const redirects: SiteRedirect[] = [];
        await inBatches(pages, async (page) => {
          const head = await readHead(join(out, page));
          const to = head === undefined ? undefined : redirectTargetInHtml(head);
          if (to === undefined) return;
          const dirPath = relative(out, join(out, page, "..")).split(sep).join("/");
          redirects.push({ from: `${base}${dirPath === "" ? "" : `${dirPath}/`}`, to });
        });
        if (redirects.length === 0) return;
        const file = redirectsFile(redirects, { forceOverFiles: process.env["NETLIFY"] === "true" });
        for (const warning of file.warnings) logger.warn(warning);
        if (file.body !== "") await writeFile(join(out, "_redirects"), file.body);
        logger.info(`_redirects: ${file.rules} rule(s) for hosts that read it (Netlify, Cloudflare Pages)`);
      },
    },
  };
}
