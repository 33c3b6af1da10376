import { serviceGlossary } from "../tags";
import { bilingualFormSources } from "./bilingual-forms";
import { crossScriptSources, encodeFormSources } from "./form-sources";
import { koreanSearchForms } from "./forms";
import { readingsFromGlossary, serviceReadingFormSources } from "./readings";
import { buildTermTable } from "./site-terms";
import { itGlossary } from "./term-glossary";
import type { MinedTermPair } from "./term-pairs";
import type { TermTable } from "./term-table";

const { readings } = readingsFromGlossary(serviceGlossary);

/** The site's bilingual term table: the curated IT glossary plus the pairs the notes write, once per build. */
export function siteTermTable(notesPairs: readonly (readonly MinedTermPair[])[]): TermTable {
  return buildTermTable(notesPairs, itGlossary, { services: readings });
}

/** What a note page gives Pagefind beyond its visible words. */
export interface NoteSearchIndex {
  /** Extra words the note is indexed under, space-separated (a hidden, low-weight field). */
  readonly forms: string;
  /** The forms of the title and aliases alone, indexed again at their weight so that 레이크 ranks
   * the note titled 데이터레이크 above notes that only mention it. */
  readonly titleForms: string;
  /** Which visible words the cross-script forms stand for (form-sources.ts), for excerpt marks. */
  readonly formSources: string;
}

/** Extra words a note is indexed under (particle-free stems, compound tails, joined spacing, Korean
 * readings of service names, the other script's spelling of every technical term). They go into a
 * hidden, low-weight field so search finds Korean and English the way readers type them, while
 * excerpts keep showing the note's own words, marking the visible word a form stands for. */
export function noteSearchIndex(
  note: { title: string; searchText: string; tags: readonly string[]; aliases: readonly string[] },
  terms: TermTable,
): NoteSearchIndex {
  const named = [note.searchText, ...note.tags.map((t) => t.replaceAll(/[/-]/g, " ")), ...note.aliases].join("\n");
  const services = serviceReadingFormSources(named, readings);
  const bilingual = bilingualFormSources(named, terms);
  const forms = [...new Set([...koreanSearchForms(note.searchText), ...services.keys(), ...bilingual.keys()])].join(" ");
  const heading = [note.title, ...note.aliases].join("\n");
  const titleForms = [
    ...new Set([...koreanSearchForms(heading), ...serviceReadingFormSources(heading, readings).keys(), ...bilingualFormSources(heading, terms).keys()]),
  ].join(" ");
  return { forms, titleForms, formSources: encodeFormSources(crossScriptSources(services, bilingual)) };
}
