/**
 * The small per-note JSON a link preview fetches on demand (`preview/<note>.json`): title, summary and
 * the note's first diagram as a thumbnail. One file per note, so a page never carries other notes' data.
 */
export interface NotePreview {
  /** Title. */
  t: string;
  /** Summary (may be ""). */
  s: string;
  /** The first flow diagram's SVG, when the note has one small enough to be a thumbnail. */
  d?: string;
}

/** Larger diagrams are left out: a preview must stay quick to fetch on a phone connection. */
export const MAX_THUMBNAIL_CHARS = 24_000;

const FIRST_DIAGRAM = /<div class="flow-diagram__scroll"[^>]*>(<svg[\s\S]*?<\/svg>)<\/div>/;

/** The first rendered flow diagram's SVG in a note's HTML, without its accessible name (the preview names it). */
export function firstDiagramSvg(html: string, maxChars = MAX_THUMBNAIL_CHARS): string | undefined {
  const svg = FIRST_DIAGRAM.exec(html)?.[1];
  if (svg === undefined || svg.length > maxChars) return undefined;
  // A thumbnail is decoration beside the title: hidden from screen readers, no tooltip of its own.
  return svg
    .replace(/^<svg([^>]*?)\s(?:role|aria-label)="[^"]*"/, "<svg$1")
    .replace(/^<svg([^>]*?)\s(?:role|aria-label)="[^"]*"/, "<svg$1")
    .replace(/^(<svg[^>]*)>/, '$1 aria-hidden="true" focusable="false">')
    .replace(/^(<svg[^>]*>)<title>[\s\S]*?<\/title>/, "$1");
}

export function notePreview(note: { title: string; summary: string; html: string | undefined }): NotePreview {
  const d = note.html === undefined ? undefined : firstDiagramSvg(note.html);
  return { t: note.title, s: note.summary, ...(d === undefined ? {} : { d }) };
}
