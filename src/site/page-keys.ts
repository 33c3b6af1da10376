import { createHash } from "node:crypto";
import { settings } from "../lib/settings/settings";
import type { Note } from "./notes";

/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild): a page is copied from the
 * last build when its template code (Astro hashes the module graph), the content entries it renders
 * (Astro tracks those too) and this key are all unchanged. The key must therefore cover every piece
 * of data a page shows that is not its own entry's rendering: the settings it prints, and what it
 * shows of other notes (titles, links, summaries). When a page starts showing something new of other
 * notes, add it here.
 */
export function pageKey(...parts: unknown[]): string {
  const { title, description, lang, base, siteUrl, author } = settings();
  return createHash("sha256").update(JSON.stringify([title, description, lang, base, siteUrl, author, parts])).digest("hex");
}

/** What a page shows of another note (a link in a list, a preview, a graph node; whether it has
 * questions or flashcards, which decides the study progress box on tag pages). */
export function noteFace(note: Note | undefined): unknown {
  return note === undefined ? null : [note.id, note.data.href, note.data.title, note.data.summary, note.data.tags, note.data.updated, note.data.quiz !== undefined, note.data.flashcards.length > 0];
}
