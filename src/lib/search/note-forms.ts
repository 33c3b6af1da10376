import { serviceGlossary } from "../tags";
import { koreanSearchForms } from "./forms";
import { readingsFromGlossary, serviceReadingForms } from "./readings";

const { readings } = readingsFromGlossary(serviceGlossary);

/** Extra words a note is indexed under (particle-free stems, compound tails, joined spacing, Korean
 * readings of service names). They go into a hidden, low-weight field so search finds Korean the way
 * readers type it, while excerpts keep showing the note's own words. */
export function noteSearchForms(note: { searchText: string; tags: readonly string[]; aliases: readonly string[] }): string {
  const named = [note.searchText, ...note.tags.map((t) => t.replaceAll(/[/-]/g, " ")), ...note.aliases].join("\n");
  return [...new Set([...koreanSearchForms(note.searchText), ...serviceReadingForms(named, readings)])].join(" ");
}
