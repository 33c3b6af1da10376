import type { NoteWarning } from "../lib/notes";

/** What a Markdown plugin needs to know about the note being rendered right now. */
export interface RenderState {
  file: string;
  /** File line of the body's first line: body line N is file line N + bodyStartLine - 1. */
  bodyStartLine: number;
  warnings: NoteWarning[];
}
