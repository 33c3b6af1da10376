import { getNotes, type Note } from "./notes";

export interface TagPage {
  tag: string;
  notes: Note[];
}

let cached: Promise<TagPage[]> | undefined;

/** One page per tag and per ancestor level (`service` lists every `service/*` note). */
export function getTagPages(): Promise<TagPage[]> {
  cached ??= getNotes().then((notes) => {
    const byTag = new Map<string, Note[]>();
    for (const note of notes) {
      const levels = new Set(note.data.tags.flatMap((t) => t.split("/").map((_, i, parts) => parts.slice(0, i + 1).join("/"))));
      for (const level of levels) byTag.set(level, [...(byTag.get(level) ?? []), note]);
    }
    return [...byTag].map(([tag, list]) => ({ tag, notes: list })).sort((a, b) => a.tag.localeCompare(b.tag, "ko"));
  });
  return cached;
}
