import { existsSync, readFileSync } from "node:fs";
import { basename, isAbsolute, join, relative, resolve } from "node:path";
import { deriveSiteUrl, type SiteUrl } from "./site-url.ts";

/**
 * Every setting of a build, read in one typed place: the settings file at the project root
 * (`site.config.json`, or the file `SITE_CONFIG` names) and the environment overrides the CI,
 * the benchmarks and the tests use. Plain Node scripts import this file directly (Node strips the
 * types), so it imports nothing relative but other `.ts` files with their extension.
 */
export interface Settings {
  /** Site identity: shown in the header, titles, feeds and social cards. */
  title: string;
  description: string;
  /** BCP 47 language of the notes (`<html lang>`). */
  lang: string;
  author: string;
  /** Absolute path of the vault (the folder of notes). */
  notesDir: string;
  /** The vault folder as written in the settings or NOTES_DIR, for messages. */
  notesDirLabel: string;
  /** Vault-relative folders (or files) left out of the site, besides dot-folders. */
  exclude: string[];
  /** Absolute site URL (origin + base path), or undefined when nobody said: then no absolute URL is written. */
  siteUrl: string | undefined;
  /** Where the site URL came from (the settings file, SITE_URL, or the host's CI). */
  siteUrlSource: SiteUrl["source"] | undefined;
  /** URL path prefix, starting and ending with `/`. */
  base: string;
  /** Warnings fail the build. */
  strict: boolean;
  /** Use git history for a note's date when its frontmatter has none. */
  gitDates: boolean;
  /** Publish `<script>` and event handlers written in notes' raw HTML (off: they are dropped, see src/lib/html/raw-html.ts). */
  allowScripts: boolean;
  /** Root of every build cache (diagrams, social cards, note models). */
  cacheDir: string;
  /** Where the built site goes. */
  outDir: string;
  /** The project root everything else is resolved from. */
  root: string;
}

interface SettingsFile {
  title?: string;
  description?: string;
  lang?: string;
  author?: string;
  notesDir?: string;
  exclude?: string[];
  siteUrl?: string;
  basePath?: string;
  strict?: boolean;
  gitDates?: boolean;
  allowScripts?: boolean;
}

const FILE_KEYS: Record<keyof SettingsFile, "string" | "boolean" | "string[]"> = {
  title: "string",
  description: "string",
  lang: "string",
  author: "string",
  notesDir: "string",
  exclude: "string[]",
  siteUrl: "string",
  basePath: "string",
  strict: "boolean",
  gitDates: "boolean",
  allowScripts: "boolean",
};

export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SettingsError";
  }
}

function readSettingsFile(path: string): SettingsFile {
  if (!existsSync(path)) return {};
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new SettingsError(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new SettingsError(`${path}: expected a JSON object`);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key.startsWith("$")) continue; // "$schema", "$comment"
    const kind = (FILE_KEYS as Record<string, string | undefined>)[key];
    if (kind === undefined) throw new SettingsError(`${path}: unknown setting "${key}" (known: ${Object.keys(FILE_KEYS).join(", ")})`);
    const ok =
      kind === "string[]" ? Array.isArray(value) && value.every((v) => typeof v === "string") : typeof value === kind;
    if (!ok) throw new SettingsError(`${path}: "${key}" must be ${kind === "string[]" ? "a list of strings" : `a ${kind}`}`);
    out[key] = value;
  }
  return out as SettingsFile;
}

export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? "/").trim().replace(/^\/*/, "/").replace(/\/*$/, "/");
  return trimmed === "//" ? "/" : trimmed;
}

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === "") return undefined;
  return !/^(0|false|no|off)$/i.test(value.trim());
}

/** A title for a vault nobody named: its folder name, tidied (`obsidian-help-ko` → `obsidian-help-ko`). */
function folderTitle(dir: string): string {
  return basename(dir).normalize("NFC").replace(/[_]+/g, " ").trim() || "Notes";
}

export type Env = Record<string, string | undefined>;

/**
 * The settings of this build. Site identity (title, description, author) belongs to the vault the
 * settings file describes: when NOTES_DIR points at another vault, the site is named after that
 * vault's folder (or SITE_TITLE / SITE_DESCRIPTION), never after ours.
 */
export function loadSettings(env: Env = process.env, root = process.cwd()): Settings {
  const file = resolve(root, env["SITE_CONFIG"] ?? "site.config.json");
  const fromFile = readSettingsFile(file);
  const configuredDir = fromFile.notesDir ?? "content/notes";
  const notesDirLabel = env["NOTES_DIR"] ?? configuredDir;
  const notesDir = resolve(root, notesDirLabel);
  const ownVault = resolve(root, configuredDir) === notesDir;
  const title = env["SITE_TITLE"] ?? (ownVault ? fromFile.title : undefined) ?? folderTitle(notesDir);
  const description = env["SITE_DESCRIPTION"] ?? (ownVault ? fromFile.description : undefined) ?? "";
  const base = normaliseBase(env["BASE_PATH"] ?? fromFile.basePath);
  const site = deriveSiteUrl({ configured: fromFile.siteUrl, env, base });
  return {
    title,
    description,
    lang: env["SITE_LANG"] ?? fromFile.lang ?? "ko",
    author: (ownVault ? fromFile.author : undefined) ?? "",
    notesDir,
    notesDirLabel,
    exclude: (ownVault ? fromFile.exclude : undefined) ?? [],
    siteUrl: site?.url,
    siteUrlSource: site?.source,
    base,
    strict: flag(env["STRICT"]) ?? fromFile.strict ?? false,
    gitDates: flag(env["GIT_DATES"]) ?? fromFile.gitDates ?? true,
    // Only the settings file of the vault being built can allow scripts: a vault pointed at with NOTES_DIR is not trusted that far.
    allowScripts: flag(env["ALLOW_SCRIPTS"]) ?? (ownVault ? fromFile.allowScripts : undefined) ?? false,
    cacheDir: resolve(root, env["CACHE_DIR"] ?? ".cache"),
    outDir: resolve(root, env["OUT_DIR"] ?? "dist"),
    root,
  };
}

/** A path inside the cache root, for one kind of cache (`diagrams`, `og`, `models`). */
export function cachePath(settings: Pick<Settings, "cacheDir">, kind: string): string {
  return join(settings.cacheDir, kind);
}

/** A vault path shown in messages: relative to the project root when inside it. */
export function displayPath(settings: Pick<Settings, "root">, absolute: string): string {
  const rel = relative(settings.root, absolute);
  return (rel.startsWith("..") || isAbsolute(rel) ? absolute : rel).split("\\").join("/");
}

let current: Settings | undefined;

/** The settings of the running build (read once). */
export function settings(): Settings {
  current ??= loadSettings();
  return current;
}
