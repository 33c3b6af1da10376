import { plainInline } from "../lib/notes/markdown-lines";
import { koreanSearchForms, readingsFromGlossary, serviceReadingForms } from "../lib/search";
import { serviceGlossary } from "../lib/tags";

const { readings } = readingsFromGlossary(serviceGlossary);

/** Extra words a note is indexed under (particle-free stems, compound tails, joined
 * spacing, Korean readings of service names), computed once at load. They go into a
 * hidden, low-weight field so search finds Korean the way readers type it, while
 * excerpts keep showing the note's own words. */
export function searchFormsFor(note: { title: string; body: string; tags: readonly string[]; aliases: readonly string[] }): string {
  const text = [note.title, plainInline(note.body.replace(/^ {0,3}(`{3,}|~{3,}).*$/gm, " "))].join("\n");
  const named = [text, ...note.tags.map((t) => t.replaceAll(/[/-]/g, " ")), ...note.aliases].join("\n");
  return [...new Set([...koreanSearchForms(text), ...serviceReadingForms(named, readings)])].join(" ");
}
