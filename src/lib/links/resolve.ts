import { slug as githubSlug } from "github-slugger";
import { resolveAlias } from "./alias-table";
import type { NoteHeading, NoteRef } from "./types";
import type { Wikilink } from "./wikilinks";

export interface WikilinkContext {
  notesBySlug: ReadonlyMap<string, NoteRef>;
  /** `buildAliasTable(notes).table` */
  aliasTable: ReadonlyMap<string, string>;
  /** The note the link is written in (target of `[[#heading]]`). */
  currentSlug: string;
}

export type ResolvedWikilink =
  | {
      ok: true;
      slug: string;
      /** Heading id in the target note, without `#`. */
      anchor?: string;
      /** Text to show: the `|text`, else what was typed (`note > heading` like Obsidian). */
      text: string;
      /** Set when the heading is not among the target's headings (the anchor is then a best guess). */
      warning?: string;
    }
  | { ok: false; text: string; reason: string };

type LinkParts = Pick<Wikilink, "target" | "heading" | "text">;

function headingKey(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** Slug compared without the dashes left by stripped emoji/punctuation (`🎯 핵심 포인트` → `-핵심-포인트`). */
function looseSlug(value: string): string {
  return value.replace(/^-+|-+$/g, "");
}

function findAnchor(headings: readonly NoteHeading[], wanted: string): { anchor: string; found: boolean } {
  const key = headingKey(wanted);
  const byText = headings.find((h) => headingKey(h.text) === key);
  if (byText !== undefined) return { anchor: byText.slug, found: true };
  const guess = githubSlug(wanted.normalize("NFC").trim());
  const bySlug = headings.find((h) => h.slug === guess) ?? headings.find((h) => looseSlug(h.slug) === looseSlug(guess) && guess !== "");
  return bySlug === undefined ? { anchor: guess, found: false } : { anchor: bySlug.slug, found: true };
}

function displayText(link: LinkParts): string {
  if (link.text !== undefined && link.text !== "") return link.text;
  if (link.heading === undefined || link.heading === "") return link.target;
  return link.target === "" ? link.heading : `${link.target} > ${link.heading}`;
}

/**
 * Resolves a wikilink to a note slug and heading anchor. The target is looked up as slug or alias
 * (`resolveAlias`); `[[#h]]` means the current note. A nested heading `a#b` uses the last part, as
 * Obsidian does. The heading is matched case-insensitively against the target's heading texts, then
 * by github-slugger slug; if neither matches, the slug of the typed text is still returned with a
 * `warning`, so the link works once the heading exists. Never throws.
 */
export function resolveWikilink(link: LinkParts, ctx: WikilinkContext): ResolvedWikilink {
  const text = displayText(link);
  if (link.target === "" && (link.heading === undefined || link.heading === "")) {
    return { ok: false, text, reason: "empty wikilink" };
  }
  const slug = link.target === "" ? ctx.currentSlug : resolveAlias(ctx.aliasTable, link.target);
  const note = slug === undefined ? undefined : ctx.notesBySlug.get(slug);
  if (slug === undefined || note === undefined) {
    return { ok: false, text, reason: `no note or alias named "${link.target === "" ? ctx.currentSlug : link.target}"` };
  }
  const wanted = link.heading?.split("#").map((part) => part.trim()).filter((part) => part !== "").at(-1);
  if (wanted === undefined) return { ok: true, slug, text };
  const { anchor, found } = findAnchor(note.headings, wanted);
  return found
    ? { ok: true, slug, anchor, text }
    : { ok: true, slug, anchor, text, warning: `heading "${wanted}" not found in ${note.filePath}` };
}
