// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { satteri } from "@astrojs/markdown-satteri";
import { NOTE_FEATURES } from "./src/lib/markdown/features.ts";
import { settings } from "./src/lib/settings/settings.ts";
import { notePlugins } from "./src/markdown/note-plugins.ts";
import { mdxContextSource } from "./src/markdown/mdx-contexts.ts";
import { SHIKI_CONFIG } from "./src/markdown/options.ts";
import { sitemapNoindexIntegration } from "./src/integrations/sitemap-noindex.ts";
import { vaultFilesIntegration } from "./src/integrations/vault-files.ts";
import { redirectsFileIntegration } from "./src/integrations/redirects-file.ts";
import { fileBundlesIntegration } from "./src/integrations/file-bundles.ts";
import { dataStoreFromDiskIntegration } from "./src/integrations/data-store-from-disk.ts";

const config = settings();
if (config.siteUrl === undefined && process.argv.includes("build")) {
  console.warn(
    "[site] No site URL (siteUrl in site.config.json, SITE_URL, or a known host's CI): the site is built without canonical links, " +
      "Open Graph URLs, sitemap or RSS feed. Set one to publish links that work when shared.",
  );
}

export default defineConfig({
  ...(config.siteUrl === undefined ? {} : { site: config.siteUrl }),
  base: config.base,
  outDir: config.outDir,
  // Benchmarks point this elsewhere to measure cold and warm builds side by side.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: "always",
  // Pages whose data and template are unchanged are copied from the last build (src/site/page-keys.ts).
  experimental: { incrementalBuild: true },
  build: { format: "directory" },
  integrations: [
    mdx(),
    dataStoreFromDiskIntegration(),
    // Without a site URL there is nothing absolute to list: no sitemap.
    ...(config.siteUrl === undefined ? [] : [sitemap(), sitemapNoindexIntegration()]),
    vaultFilesIntegration(),
    // Alias pages and previews first: the _redirects file is made from the redirect pages on disk.
    fileBundlesIntegration(),
    redirectsFileIntegration(),
  ],
  markdown: {
    // Markdown notes are rendered by our loader (src/loaders); MDX notes are compiled by Astro from
    // the file, with the same plugins reading the decisions the loader left for them.
    processor: satteri({ features: NOTE_FEATURES, ...notePlugins(mdxContextSource) }),
    shikiConfig: { ...SHIKI_CONFIG },
  },
  vite: {
    plugins: [tailwindcss()],
    // The dev server watches the project and the vault without following symlinks: a vault's link back
    // to a folder above it (e2e/fixtures/hostile/real/up, as real vaults have) made the watcher walk
    // forever and the dev server never start. Built sites are never sources.
    server: { watch: { followSymlinks: false, ignored: ["**/dist/**", "**/dist-*/**", "**/.cache/**"] } },
  },
  devToolbar: { enabled: false },
});
