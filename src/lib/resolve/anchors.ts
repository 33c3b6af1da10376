import { slug as githubSlug } from "github-slugger";
import type { NoteBlockId, NoteHeading } from "../notes/model";
import { headingIdText } from "../notes/headings";

function headingKey(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** Slug compared without the dashes left by stripped emoji/punctuation (`🎯 핵심 포인트` → `-핵심-포인트`). */
function looseSlug(value: string): string {
  return value.replace(/^-+|-+$/g, "");
}

export type AnchorMatch =
  | { kind: "heading"; heading: NoteHeading }
  | { kind: "block"; block: NoteBlockId }
  | { kind: "none"; guess: string };

/**
 * The heading or block a link fragment names. `a#b` (nested headings, as Obsidian writes them) uses
 * the last part; `^id` names a block. Headings match by text (case-insensitively, spacing ignored),
 * then by anchor id; when nothing matches, the id the text would get is the best guess.
 */
export function findAnchor(fragment: string, headings: readonly NoteHeading[], blocks: readonly NoteBlockId[]): AnchorMatch {
  const parts = fragment.split("#").map((p) => p.trim()).filter((p) => p !== "");
  const wanted = parts.at(-1) ?? "";
  if (wanted.startsWith("^")) {
    const id = wanted.slice(1).toLowerCase();
    const block = blocks.find((b) => b.id.toLowerCase() === id);
    return block === undefined ? { kind: "none", guess: `^${wanted.slice(1)}` } : { kind: "block", block };
  }
  const key = headingKey(wanted);
  const byText = headings.find((h) => headingKey(h.text) === key);
  if (byText !== undefined) return { kind: "heading", heading: byText };
  const guess = githubSlug(headingIdText(wanted.normalize("NFC")));
  const byId = headings.find((h) => h.id === guess) ?? headings.find((h) => guess !== "" && looseSlug(h.id) === looseSlug(guess));
  return byId === undefined ? { kind: "none", guess } : { kind: "heading", heading: byId };
}
