import { LinkResolver, type LinkTarget } from "../links/link-resolver";
import type { NoteWarning } from "../notes/errors";
import type { NoteModel, NoteReference } from "../notes/model";
import { compareText } from "../tags/normalize";
import { encodePath, noteRoute, routePath, slugSegment } from "../urls";
import { excalidrawExport } from "../obsidian";
import { findAnchor } from "./anchors";
import { imageVariants as variantsOf, isRasterImage } from "./image-variants";
import { mediaKind } from "./media";
import type { ResolvedLink } from "./resolved";

export interface ResolveInput {
  notes: readonly NoteModel[];
  /** Vault paths of every file that is not a note. */
  attachments: readonly string[];
  /** Site base path (`/`, `/kb/`). */
  base: string;
  /** Intrinsic size of an image attachment, when known. */
  imageSize?: (path: string) => { width: number; height: number } | undefined;
}

export interface PublishedNote {
  model: NoteModel;
  /** Site path under the base, e.g. `notes/폴더/이름/`. */
  route: string;
  /** The `[...path]` page param. */
  param: string;
  href: string;
  /** Key of each reference → what it became. */
  links: Record<string, ResolvedLink>;
  /** Vault paths of the notes this one links to or embeds (published, not itself), sorted. */
  outgoing: string[];
}

export interface ResolvedSite {
  notes: PublishedNote[];
  byPath: ReadonlyMap<string, PublishedNote>;
  /** Target vault path → vault paths of the notes linking to it, sorted. */
  backlinks: ReadonlyMap<string, string[]>;
  /** Alias page param → the note it sends readers to. */
  aliasPages: ReadonlyMap<string, string>;
  /** Attachment vault path → its site path (under the base), for every file a published note uses. */
  files: ReadonlyMap<string, string>;
  /** WebP copy site path → the image it is made from (vault path) and its width. */
  imageVariants: ReadonlyMap<string, { source: string; width: number }>;
  warnings: NoteWarning[];
  skipped: { unpublished: number; drawings: number };
}

function fileHrefPath(path: string): string {
  const parts = path.split("/");
  const file = parts.pop() ?? "";
  const dot = file.lastIndexOf(".");
  const stem = dot > 0 ? file.slice(0, dot) : file;
  const ext = dot > 0 ? file.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, "") : "";
  const folders = parts.map((p) => slugSegment(p)).filter((s) => s !== "");
  const name = `${slugSegment(stem) || "file"}${ext === "" ? "" : `.${ext}`}`;
  return ["files", ...folders, name].join("/");
}

function displayText(ref: NoteReference): string {
  if (ref.label !== undefined && ref.label !== "") return ref.label;
  const target = ref.target.replace(/\.(md|mdx|markdown)$/i, "");
  const fragment = ref.fragment?.split("#").map((p) => p.trim()).filter((p) => p !== "").join(" > ");
  if (fragment === undefined || fragment === "") return target || ref.fragment || "";
  return target === "" ? fragment : `${target} > ${fragment}`;
}

/**
 * The resolve step: across all note models, once per build. Gives each published note its URL
 * (routes that collide after slugging get `-2`, `-3`, with a warning naming both files), resolves
 * every link and embed the way Obsidian does (see LinkResolver), and collects backlinks, alias pages
 * and the attachments to publish. Missing targets are reported once each, with the first place.
 */
export function resolveSite(input: ResolveInput): ResolvedSite {
  const warnings: NoteWarning[] = [];
  // Excalidraw drawings are never pages: what a site can show is the image the plugin exports beside them.
  const vaultFiles = new Set(input.attachments);
  const drawings = new Map<string, string | null>();
  for (const model of input.notes.filter((n) => n.excalidraw)) {
    const exported = excalidrawExport(model.path, vaultFiles);
    drawings.set(model.path, exported);
    if (exported === null) {
      warnings.push({ kind: "embed", file: model.path, message: "Excalidraw drawing with no exported SVG or PNG beside it; skipped (turn on the plugin's Auto-export SVG to publish it)" });
    }
  }
  const published = input.notes.filter((n) => !n.unpublished && !n.excalidraw);
  const unpublished = new Set(input.notes.filter((n) => n.unpublished && !n.excalidraw).map((n) => n.path));
  const href = (path: string) => `${input.base}${encodePath(path)}`;

  const taken = new Map<string, string>();
  const notes: PublishedNote[] = [];
  for (const model of [...published].sort((a, b) => compareText(a.path, b.path))) {
    const route = noteRoute(model.path, { permalink: model.permalink, slug: model.slug });
    let path = routePath(route);
    const first = taken.get(path);
    if (first !== undefined) {
      let n = 2;
      while (taken.has(path.replace(/\/$/, `-${n}/`))) n++;
      const renamed = path.replace(/\/$/, `-${n}/`);
      const line = model.keyLines?.["permalink"] ?? model.keyLines?.["slug"];
      warnings.push({ kind: "route", file: model.path, ...(line === undefined ? {} : { line }), message: `its URL /${path} is already ${first}'s; published at /${renamed} instead` });
      path = renamed;
    }
    taken.set(path, model.path);
    notes.push({ model, route: path, param: path.replace(/^notes\//, "").replace(/\/$/, ""), href: href(path), links: {}, outgoing: [] });
  }
  const byPath = new Map(notes.map((n) => [n.model.path, n]));

  const aliasOwners: { alias: string; path: string }[] = [];
  for (const note of notes) for (const alias of note.model.aliases) aliasOwners.push({ alias, path: note.model.path });
  const resolver = new LinkResolver([...input.notes.map((n) => n.path), ...input.attachments], aliasOwners);

  const files = new Map<string, string>();
  const usedFilePaths = new Map<string, string>();
  const publishFile = (path: string): string => {
    const existing = files.get(path);
    if (existing !== undefined) return existing;
    let site = fileHrefPath(path);
    for (let n = 2; usedFilePaths.has(site); n++) site = fileHrefPath(path).replace(/(\.[a-z0-9]+)?$/, `-${n}$1`);
    usedFilePaths.set(site, path);
    files.set(path, site);
    return site;
  };

  const imageVariants = new Map<string, { source: string; width: number }>();
  const missing = new Map<string, { file: string; line: number; count: number }>();
  const backlinkSets = new Map<string, Set<string>>();
  for (const note of notes) {
    const outgoing = new Set<string>();
    for (const ref of note.model.references) {
      const text = displayText(ref);
      const resolved = ((): ResolvedLink => {
        const found: LinkTarget =
          ref.target === ""
            ? { ok: true, path: note.model.path, via: "path" }
            : resolver.resolve(ref.target, note.model.path, { relativeFirst: ref.kind === "markdown" });
        if (!found.ok) {
          const seen = missing.get(ref.target.toLowerCase());
          if (seen === undefined) missing.set(ref.target.toLowerCase(), { file: note.model.path, line: ref.line, count: 1 });
          else seen.count++;
          return { kind: "missing", text, embed: ref.embed };
        }
        if (found.candidates !== undefined) {
          warnings.push({
            kind: "link",
            file: note.model.path,
            line: ref.line,
            message: `"${ref.target}" matches ${found.candidates.length} files (${found.candidates.join(", ")}); linked to the nearest, ${found.path}. Write a folder to choose`,
          });
        }
        const target = byPath.get(found.path);
        if (target === undefined) {
          if (unpublished.has(found.path)) return { kind: "unpublished", text };
          const drawing = drawings.get(found.path);
          if (drawing === null) return { kind: "missing", text, embed: ref.embed };
          const file = drawing ?? found.path;
          const site = publishFile(file);
          const media = mediaKind(file);
          const size = media === "image" ? input.imageSize?.(file) : undefined;
          const width = ref.width ?? size?.width;
          const height = ref.height ?? (ref.width !== undefined && size !== undefined ? Math.round((size.height * ref.width) / size.width) : size?.height);
          const variants = media === "image" && size !== undefined && isRasterImage(file) ? variantsOf(site, size.width, ref.width) : [];
          for (const v of variants) imageVariants.set(v.path, { source: file, width: v.width });
          return {
            kind: "file",
            target: file,
            href: href(site),
            text: ref.label ?? found.path.split("/").pop() ?? found.path,
            media,
            embed: ref.embed,
            ...(width === undefined ? {} : { width }),
            ...(height === undefined ? {} : { height }),
            ...(variants.length === 0 ? {} : { variants: variants.map((v) => ({ href: href(v.path), width: v.width })) }),
          };
        }
        if (target.model.path !== note.model.path) outgoing.add(target.model.path);
        let anchor: string | undefined;
        let lines: { from: number; to: number } | undefined;
        if (ref.fragment !== undefined && ref.fragment !== "") {
          const match = findAnchor(ref.fragment, target.model.headings, target.model.blockIds);
          if (match.kind === "heading") {
            anchor = match.heading.id;
            lines = { from: match.heading.line, to: match.heading.endLine };
          } else if (match.kind === "block") {
            anchor = `^${match.block.id}`;
            lines = { from: match.block.line, to: match.block.endLine };
          } else {
            anchor = match.guess;
            warnings.push({ kind: "link", file: note.model.path, line: ref.line, message: `"${ref.fragment}" is not a heading or block of ${target.model.path}; linked to the note` });
          }
        }
        const hash = anchor === undefined ? "" : `#${encodeURIComponent(anchor)}`;
        const link = target === note && hash !== "" ? hash : `${target.href}${hash}`;
        if (ref.embed) return { kind: "embed", target: target.model.path, href: link, text, ...(lines === undefined ? {} : { lines }) };
        return { kind: "note", target: target.model.path, href: link, text };
      })();
      note.links[ref.key] = resolved;
    }
    note.outgoing = [...outgoing].sort(compareText);
    for (const target of outgoing) {
      const set = backlinkSets.get(target) ?? new Set<string>();
      set.add(note.model.path);
      backlinkSets.set(target, set);
    }
  }
  for (const [target, at] of missing) {
    const also = at.count > 1 ? ` (and ${at.count - 1} more place${at.count > 2 ? "s" : ""})` : "";
    warnings.push({ kind: "link", file: at.file, line: at.line, message: `no note or file named "${target}"; shown as plain text${also}` });
  }

  const aliasPages = new Map<string, string>();
  const aliasOwner = new Map<string, string>();
  for (const note of notes) {
    for (const alias of note.model.aliases) {
      const segment = slugSegment(alias);
      if (segment === "") continue;
      const param = segment;
      const owner = aliasOwner.get(param);
      if (owner !== undefined && owner !== note.model.path) {
        const line = note.model.keyLines?.["aliases"];
        warnings.push({ kind: "alias", file: note.model.path, ...(line === undefined ? {} : { line }), message: `alias "${alias}" is already ${owner}'s; /notes/${param}/ goes there` });
        continue;
      }
      if (taken.has(`notes/${param}/`)) continue;
      aliasOwner.set(param, note.model.path);
      aliasPages.set(param, note.model.path);
    }
  }

  const backlinks = new Map([...backlinkSets].map(([t, s]) => [t, [...s].sort(compareText)]));
  return { notes, byPath, backlinks, aliasPages, files, imageVariants, warnings, skipped: { unpublished: unpublished.size, drawings: [...drawings.values()].filter((d) => d === null).length } };
}
