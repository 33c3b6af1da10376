// The reference of issue 18: the latest @astrojs/starlight with default settings, built on the same
// generated notes in the same run. It lives in a scratch project (.cache/bench/starlight, never
// committed) installed from the npm registry with the Astro version this project uses.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, log } from "./common.mjs";

export const STARLIGHT_DIR = join(ROOT, ".cache", "bench", "starlight");

/** Its package.json must list Starlight: Astro finds the component packages to bundle from the
 * dependencies there (unlisted, Starlight is left external and its `astro:` imports fail). */
const packageJson = (astro, starlight) =>
  JSON.stringify({ name: "starlight-reference", private: true, type: "module", dependencies: { astro, "@astrojs/starlight": starlight }, allowScripts: { esbuild: true } }, null, 2);

const FILES = {
  // Default Starlight: only a title (required). outDir and cacheDir come from the bench, as for ours.
  "astro.config.mjs": `import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";
export default defineConfig({
  outDir: process.env.OUT_DIR ?? "dist",
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [starlight({ title: "Starlight reference" })],
});
`,
  "src/content.config.ts": `import { defineCollection } from "astro:content";
import { docsLoader } from "@astrojs/starlight/loaders";
import { docsSchema } from "@astrojs/starlight/schema";
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
};

const versionOf = (pkg) => {
  const file = join(STARLIGHT_DIR, "node_modules", ...pkg.split("/"), "package.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).version : undefined;
};

/**
 * Installs (once, or again when npm's latest Starlight or our Astro changed) the scratch project and
 * returns the versions it builds with. Asks the registry for Starlight's latest version each run.
 */
export function ensureStarlight() {
  const astro = JSON.parse(readFileSync(join(ROOT, "node_modules", "astro", "package.json"), "utf8")).version;
  const latest = spawnSync("npm", ["view", "@astrojs/starlight", "version"], { encoding: "utf8" }).stdout?.trim();
  mkdirSync(join(STARLIGHT_DIR, "src", "content", "docs"), { recursive: true });
  for (const [name, text] of Object.entries(FILES)) {
    const file = join(STARLIGHT_DIR, name);
    if (!existsSync(file) || readFileSync(file, "utf8") !== text) writeFileSync(file, text);
  }
  const want = latest || versionOf("@astrojs/starlight") || "latest";
  const pkg = packageJson(astro, want);
  const pkgFile = join(STARLIGHT_DIR, "package.json");
  if (versionOf("@astrojs/starlight") !== want || versionOf("astro") !== astro || !existsSync(pkgFile) || readFileSync(pkgFile, "utf8") !== pkg) {
    log(`starlight: installing @astrojs/starlight@${want} with astro@${astro} into ${STARLIGHT_DIR}`);
    writeFileSync(pkgFile, pkg);
    const result = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: STARLIGHT_DIR, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`npm install of Starlight failed:\n${result.stderr}`);
  }
  return { starlight: versionOf("@astrojs/starlight"), astro: versionOf("astro") };
}

/**
 * Puts the generated notes (not the seeds: Starlight requires a `title`, which some seeds lack) into
 * Starlight's docs folder. With `only`, copies just those files (an edit), else replaces the folder.
 */
export function syncStarlightDocs(notesDir, only) {
  const docs = join(STARLIGHT_DIR, "src", "content", "docs");
  if (!only) {
    rmSync(docs, { recursive: true, force: true });
    mkdirSync(docs, { recursive: true });
  }
  const names = only ?? readdirSync(notesDir).filter((name) => name.startsWith("note-"));
  for (const name of names) copyFileSync(join(notesDir, name), join(docs, name));
  return names.length;
}

/** Starlight's folders for N notes: inside its project (an output folder elsewhere, e.g. in /tmp, fails
 * its build: the prerender chunks there cannot resolve `astro:` modules), removed for a cold build. */
export function starlightFolders(n) {
  return { notesDir: join(STARLIGHT_DIR, "src", "content", "docs"), outDir: join(STARLIGHT_DIR, `dist-${n}`), astroCacheDir: join(STARLIGHT_DIR, `astro-cache-${n}`) };
}

/** What a cold Starlight build starts from: no output, no Astro cache, no generated .astro folder. */
export function clearStarlight(folders) {
  for (const d of [folders.outDir, folders.astroCacheDir, join(STARLIGHT_DIR, ".astro"), join(STARLIGHT_DIR, "node_modules", ".astro"), join(STARLIGHT_DIR, "node_modules", ".vite")]) rmSync(d, { recursive: true, force: true });
}
