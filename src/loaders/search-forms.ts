import { plainInline } from "../lib/notes/markdown-lines";
import { koreanSearchForms, readingsFromGlossary, serviceReadingForms, serviceReadingSpellings } from "../lib/search";
import { serviceGlossary } from "../lib/tags";

const { readings } = readingsFromGlossary(serviceGlossary);

export interface NoteSearchForms {
  /** Space-separated extra words the note is indexed under. */
  readonly forms: string;
  /** How the note writes the services its reading forms stand for (람다 → ["Lambda"]). */
  readonly readingSpellings: Record<string, string[]>;
}

/** Extra words a note is indexed under (particle-free stems, compound tails, joined
 * spacing, Korean readings of service names), computed once at load. They go into a
 * hidden, low-weight field so search finds Korean the way readers type it, while
 * excerpts keep showing the note's own words (for a reading, the spelling the note uses). */
export function searchFormsFor(note: { title: string; body: string; tags: readonly string[]; aliases: readonly string[] }): NoteSearchForms {
  const text = [note.title, plainInline(note.body.replace(/^ {0,3}(`{3,}|~{3,}).*$/gm, " "))].join("\n");
  const named = [text, ...note.tags.map((t) => t.replaceAll(/[/-]/g, " ")), ...note.aliases].join("\n");
  return {
    forms: [...new Set([...koreanSearchForms(text), ...serviceReadingForms(named, readings)])].join(" "),
    readingSpellings: serviceReadingSpellings(text, readings),
  };
}
