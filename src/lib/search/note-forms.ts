import { serviceGlossary } from "../tags";
import { bilingualForms } from "./bilingual-forms";
import { koreanSearchForms } from "./forms";
import { readingsFromGlossary, serviceReadingForms } from "./readings";
import { buildTermTable } from "./site-terms";
import { itGlossary } from "./term-glossary";
import type { MinedTermPair } from "./term-pairs";
import type { TermTable } from "./term-table";

const { readings } = readingsFromGlossary(serviceGlossary);

/** The site's bilingual term table: the curated IT glossary plus the pairs the notes write, once per build. */
export function siteTermTable(notesPairs: readonly (readonly MinedTermPair[])[]): TermTable {
  return buildTermTable(notesPairs, itGlossary, { services: readings });
}

/** Extra words a note is indexed under (particle-free stems, compound tails, joined spacing, Korean
 * readings of service names, the other script's spelling of every technical term). They go into a
 * hidden, low-weight field so search finds Korean and English the way readers type them, while
 * excerpts keep showing the note's own words. */
export function noteSearchForms(note: { searchText: string; tags: readonly string[]; aliases: readonly string[] }, terms: TermTable): string {
  const named = [note.searchText, ...note.tags.map((t) => t.replaceAll(/[/-]/g, " ")), ...note.aliases].join("\n");
  return [...new Set([...koreanSearchForms(note.searchText), ...serviceReadingForms(named, readings), ...bilingualForms(named, terms)])].join(" ");
}
