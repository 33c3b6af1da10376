import { NoteReadError } from "./errors";

/** Two notes claiming one URL would silently overwrite each other: refuse, naming both. */
export function assertUniqueSlugs(notes: readonly { slug: string; sourcePath: string }[]): void {
  const seen = new Map<string, string>();
  for (const note of notes) {
    const first = seen.get(note.slug);
    if (first !== undefined) {
      throw new NoteReadError(note.sourcePath, undefined, `slug "${note.slug}" is already used by ${first}; give one of them a different \`title\``);
    }
    seen.set(note.slug, note.sourcePath);
  }
}
