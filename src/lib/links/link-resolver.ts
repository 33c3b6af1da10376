import { slugSegment } from "../urls/segment";

/** Where a link points, or why it points nowhere. */
export type LinkTarget =
  | { ok: true; path: string; via: "path" | "name" | "alias" | "slug"; candidates?: string[] }
  | { ok: false };

const NOTE_EXT = /\.(md|mdx|markdown)$/i;
const HAS_EXT = /\.[A-Za-z0-9]{1,8}$/;

function lower(s: string): string {
  return s.normalize("NFC").toLowerCase();
}

function folderOf(path: string): string[] {
  const parts = path.split("/");
  parts.pop();
  return parts;
}

/** `a/./b/../c` → `a/c`; null when it climbs out of the vault. */
export function normalisePath(path: string): string | null {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(part);
  }
  return out.join("/");
}

function sharedFolders(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Obsidian's link resolution over the files of a vault. A link names a file by its path from the
 * vault root (`Projects/Three laws`), by a path relative to the note (Markdown links: `../x.md`), or
 * by any tail of its path (`[[Three laws]]`, `[[Projects/Three laws]]`); notes may be named without
 * `.md`, other files need their extension. When several files end in the same name, the one nearest
 * the linking note wins (most folders in common, then the shortest path) and the caller is told the
 * candidates. Failing that, a note's alias (frontmatter `aliases`) or, for links written as URL slugs
 * (`[[aws-glue]]`), a note whose file name slugs the same.
 */
export class LinkResolver {
  private readonly byPath = new Map<string, string>();
  private readonly byName = new Map<string, string[]>();
  private readonly aliases = new Map<string, string>();
  private readonly slugs = new Map<string, string[]>();

  constructor(files: Iterable<string>, aliases: Iterable<{ alias: string; path: string }> = []) {
    for (const path of files) {
      const key = lower(path);
      this.byPath.set(key, path);
      const name = key.split("/").pop() ?? key;
      for (const n of NOTE_EXT.test(name) ? [name, name.replace(NOTE_EXT, "")] : [name]) {
        const list = this.byName.get(n) ?? [];
        list.push(path);
        this.byName.set(n, list);
      }
      if (NOTE_EXT.test(path)) {
        const slug = slugSegment((path.split("/").pop() ?? path).replace(NOTE_EXT, ""));
        const list = this.slugs.get(slug) ?? [];
        list.push(path);
        this.slugs.set(slug, list);
      }
    }
    for (const { alias, path } of aliases) {
      const key = lower(alias.trim());
      if (key !== "" && !this.aliases.has(key)) this.aliases.set(key, path);
    }
  }

  has(path: string): boolean {
    return this.byPath.has(lower(path));
  }

  private exact(path: string): string | undefined {
    const key = lower(path);
    return this.byPath.get(key) ?? (HAS_EXT.test(key) && !NOTE_EXT.test(key) ? this.byPath.get(`${key}.md`) : this.byPath.get(`${key}.md`) ?? this.byPath.get(`${key}.mdx`));
  }

  private nearest(candidates: readonly string[], from: string): string {
    const home = folderOf(from);
    return [...candidates].sort((a, b) => {
      const byShared = sharedFolders(folderOf(b), home) - sharedFolders(folderOf(a), home);
      if (byShared !== 0) return byShared;
      const byDepth = a.split("/").length - b.split("/").length;
      return byDepth !== 0 ? byDepth : a < b ? -1 : a > b ? 1 : 0;
    })[0] as string;
  }

  /**
   * `linkpath` is the path part of a link as written (no `#fragment`), `from` the linking note's
   * vault path. Markdown links are tried relative to the note first, as Obsidian writes them.
   */
  resolve(linkpath: string, from: string, options: { relativeFirst?: boolean } = {}): LinkTarget {
    const written = linkpath.normalize("NFC").trim().replace(/\\/g, "/").replace(/\/+$/, "");
    if (written === "") return { ok: false };
    const absolute = written.startsWith("/");
    const clean = normalisePath(written);
    if (options.relativeFirst && !absolute) {
      const relative = normalisePath([...folderOf(from), written].join("/"));
      const hit = relative === null ? undefined : this.exact(relative);
      if (hit !== undefined) return { ok: true, path: hit, via: "path" };
    }
    if (clean === null) return { ok: false };
    const exact = this.exact(clean);
    if (exact !== undefined) return { ok: true, path: exact, via: "path" };
    if (!absolute) {
      const key = lower(clean);
      const name = key.split("/").pop() ?? key;
      const tail = key.includes("/") ? `/${key}` : null;
      const candidates = (this.byName.get(name) ?? []).filter((p) => {
        if (tail === null) return true;
        const lp = lower(p);
        return lp.endsWith(tail) || lp.replace(NOTE_EXT, "").endsWith(tail);
      });
      const unique = [...new Set(candidates)];
      if (unique.length === 1) return { ok: true, path: unique[0] as string, via: "name" };
      if (unique.length > 1) return { ok: true, path: this.nearest(unique, from), via: "name", candidates: unique.sort() };
      const alias = this.aliases.get(key);
      if (alias !== undefined) return { ok: true, path: alias, via: "alias" };
      const bySlug = this.slugs.get(slugSegment(name.replace(NOTE_EXT, "")));
      if (bySlug !== undefined && bySlug.length > 0 && !HAS_EXT.test(name.replace(NOTE_EXT, ""))) {
        return { ok: true, path: this.nearest(bySlug, from), via: "slug", ...(bySlug.length > 1 ? { candidates: [...bySlug].sort() } : {}) };
      }
    }
    return { ok: false };
  }
}
