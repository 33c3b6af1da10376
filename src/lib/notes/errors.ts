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

/** What a warning is about, for the build summary (counts by kind). */
export type WarningKind =
  | "frontmatter"
  | "encoding"
  | "file"
  | "route"
  | "alias"
  | "link"
  | "embed"
  | "attachment"
  | "diagram"
  | "math"
  | "quiz"
  | "syntax"
  | "html";

/** Something the pipeline could not fully understand; the note is still published. */
export interface NoteWarning {
  kind: WarningKind;
  file: string;
  line?: number;
  message: string;
}

export function formatWarning(w: Pick<NoteWarning, "file" | "line" | "message">): string {
  return `${w.line === undefined ? w.file : `${w.file}:${w.line}`}: ${w.message}`;
}

/** Collects a note's warnings with the file filled in. */
export class WarningSink {
  readonly list: NoteWarning[] = [];
  constructor(private readonly file: string) {}
  add(kind: WarningKind, line: number | undefined, message: string): void {
    this.list.push({ kind, file: this.file, ...(line === undefined ? {} : { line }), message });
  }
}
