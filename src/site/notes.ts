import { getCollection, type CollectionEntry } from "astro:content";

export type Note = CollectionEntry<"notes">;

let cached: Promise<Note[]> | undefined;

/** Every note, most recently updated first (undated notes last, then by title), computed once per
 * build and shared by every page. `modified` is already the note's date (modified, else created). */
export function getNotes(): Promise<Note[]> {
  cached ??= getCollection("notes").then((notes) =>
    notes.sort((a, b) => {
      const ma = a.data.modified ?? "";
      const mb = b.data.modified ?? "";
      if (ma !== mb) return ma < mb ? 1 : -1;
      return a.data.title.localeCompare(b.data.title, "ko");
    }),
  );
  return cached;
}

export interface Neighbours {
  previous: Note | undefined;
  next: Note | undefined;
}

export async function neighboursOf(id: string): Promise<Neighbours> {
  const notes = await getNotes();
  const i = notes.findIndex((n) => n.id === id);
  return { previous: i > 0 ? notes[i - 1] : undefined, next: i >= 0 ? notes[i + 1] : undefined };
}
