/** A note that cannot be read at all. The message always starts with `file:line`
 * so an author can jump straight to the problem. */
export class NoteReadError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, reason: string) {
    super(`${line === undefined ? file : `${file}:${line}`}: ${reason}`);
    this.name = "NoteReadError";
    this.file = file;
    this.line = line;
  }
}

/** Something the pipeline could not fully understand; the note is still published. */
export interface NoteWarning {
  file: string;
  line?: number;
  message: string;
}

export function formatWarning(w: NoteWarning): string {
  return `${w.line === undefined ? w.file : `${w.file}:${w.line}`}: ${w.message}`;
}
