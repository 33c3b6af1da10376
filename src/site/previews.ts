import { notePreview } from "../lib/preview/note-preview";
import { noteHtml } from "./diagrams";
import type { BundledFile } from "../lib/site-files/file-bundle";
import { getNotes, type Note } from "./notes";

/** A note's link-preview JSON (title, summary, first diagram), at `preview/<note>.json`. */
export function previewJson(note: Note): string {
  return JSON.stringify(notePreview({ title: note.data.title, summary: note.data.summary, html: noteHtml(note, { first: true }) }));
}

/** Every note's preview, as files for the build to write (lib/site-files/file-bundle.ts). */
export async function previewFiles(): Promise<BundledFile[]> {
  return (await getNotes()).map((note) => ({ path: `preview/${note.data.param}.json`, content: previewJson(note) }));
}

/** What the previews show: each note's own title, summary and rendering (its digest). */
export async function previewsKey(): Promise<unknown> {
  return (await getNotes()).map((note) => [note.data.param, note.digest, note.data.title, note.data.summary]);
}
