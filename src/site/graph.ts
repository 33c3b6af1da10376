import { aliasKey, buildAliasTable, buildBacklinks, relatedNotes, type NoteRef, type RelatedNote } from "../lib/links";
import { toSlug } from "../lib/notes";
import { buildTagTree, tagRedirects, tagSynonyms, type TagRedirect, type TagTree } from "../lib/tags";
import { getNotes, type Note } from "./notes";

/** The indexes derived from all notes (tags, aliases, links), computed once per build. */
export interface KnowledgeGraph {
  notes: Note[];
  bySlug: ReadonlyMap<string, Note>;
  tagTree: TagTree;
  tagRedirects: TagRedirect[];
  /** Alias URL segment → the note it redirects to (aliases that collide with a slug or an earlier alias are left out). */
  aliasPages: ReadonlyMap<string, Note>;
  backlinks: ReadonlyMap<string, string[]>;
  related(slug: string): RelatedNote[];
  /** A note's tags as shown: canonical, deduplicated. */
  tagsOf(slug: string): string[];
}

function toRef(note: Note): NoteRef {
  const { title, tags, aliases, sourcePath, headings } = note.data;
  return { slug: note.id, title, tags, aliases, filePath: sourcePath, headings };
}

let cached: Promise<KnowledgeGraph> | undefined;

export function getKnowledgeGraph(): Promise<KnowledgeGraph> {
  cached ??= getNotes().then((notes) => {
    const refs = notes.map(toRef);
    const refBySlug = new Map(refs.map((r) => [r.slug, r]));
    const bySlug = new Map(notes.map((n) => [n.id, n]));
    const aliasTable = buildAliasTable(refs).table;
    const aliasPages = new Map<string, Note>();
    for (const note of notes) {
      for (const alias of note.data.aliases) {
        const segment = toSlug(alias);
        const target = aliasTable.get(aliasKey(alias));
        if (segment && target === note.id && !bySlug.has(segment) && !aliasPages.has(segment)) aliasPages.set(segment, note);
      }
    }
    const tagTree = buildTagTree(refs, tagSynonyms);
    const relatedCache = new Map<string, RelatedNote[]>();
    return {
      notes,
      bySlug,
      tagTree,
      tagRedirects: tagRedirects(notes.flatMap((n) => n.data.tags), tagSynonyms),
      aliasPages,
      backlinks: buildBacklinks(new Map(notes.map((n) => [n.id, n.data.links]))),
      related(slug) {
        let list = relatedCache.get(slug);
        const ref = refBySlug.get(slug);
        if (!list && ref) relatedCache.set(slug, (list = relatedNotes(ref, refs, { limit: 5, synonyms: tagSynonyms })));
        return list ?? [];
      },
      tagsOf: (slug) => tagTree.tagsByNote.get(slug) ?? [],
    };
  });
  return cached;
}
