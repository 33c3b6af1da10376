import { slugSegment } from "./segment";

/** Where a note is published, relative to the site base: `notes/<folder>/<name>/`. */
export interface NoteRoute {
  /** Path segments under `notes/` (folders, then the name), each a `slugSegment`. */
  segments: string[];
}

const FALLBACK = "note";

function segmentsOf(path: string): string[] {
  return path
    .split(/[\\/]+/)
    .map((part) => slugSegment(part))
    .filter((segment) => segment !== "");
}

/**
 * A note's route from its vault path (folders and file name, slugged per segment), unless the
 * frontmatter says otherwise: `permalink` (Obsidian Publish) replaces the whole path under `notes/`,
 * `slug` replaces the name and keeps the folders.
 */
export function noteRoute(vaultPath: string, overrides: { permalink?: string | undefined; slug?: string | undefined } = {}): NoteRoute {
  const parts = vaultPath.normalize("NFC").split("/");
  const file = parts.pop() ?? "";
  const name = file.replace(/\.(md|mdx|markdown)$/i, "");
  const folders = parts.map((p) => slugSegment(p)).filter((s) => s !== "");
  const permalink = overrides.permalink === undefined ? [] : segmentsOf(overrides.permalink.replace(/^\/*(?:notes\/)?/i, ""));
  if (permalink.length > 0) return { segments: permalink };
  const slug = overrides.slug === undefined ? "" : slugSegment(overrides.slug);
  return { segments: [...folders, slug || slugSegment(name) || FALLBACK] };
}

/** The route's site path, e.g. `notes/노트-및-파일-링크/내부-링크/`. */
export function routePath(route: NoteRoute): string {
  return `notes/${route.segments.join("/")}/`;
}

/** The `[...path]` param Astro writes the page under (`a/b` → `notes/a/b/index.html`). */
export function routeParam(route: NoteRoute): string {
  return route.segments.join("/");
}
