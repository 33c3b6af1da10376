// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { satteri } from "@astrojs/markdown-satteri";
import { headingAnchorsPlugin } from "./src/markdown/heading-anchors.ts";
import { mdxSingleTitlePlugin } from "./src/markdown/mdx-title.ts";
import { siteConfig } from "./src/site.config.ts";
import { sitemapNoindexIntegration } from "./src/integrations/sitemap-noindex.ts";

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  outDir: process.env.OUT_DIR ?? "dist",
  // Benchmarks point this elsewhere to measure cold and warm builds side by side.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [
    mdx(),
    sitemap(),
    // Then takes out every page marked noindex: alias and tag-synonym redirects, search, 404.
    sitemapNoindexIntegration(),
  ],
  markdown: {
    // Markdown notes are rendered by our loader (src/markdown/note-renderer.ts); these
    // plugins serve MDX notes, which Astro compiles from the file itself.
    processor: satteri({ hastPlugins: [mdxSingleTitlePlugin(), headingAnchorsPlugin()] }),
    shikiConfig: { themes: { light: "github-light", dark: "github-dark" }, defaultColor: false },
  },
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
