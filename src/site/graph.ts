import { buildFolderTree, type FolderNode } from "../lib/explorer/folder-tree";
import { relatedNotes, type RelatedNote } from "../lib/links";
import { buildTagTree, tagRedirects, tagSynonyms, type TagRedirect, type TagTree } from "../lib/tags";
import { getNotes, type Note } from "./notes";
import { tagRoute } from "./urls";

/** The indexes derived from all notes (tags, aliases, links), computed once per build. */
export interface KnowledgeGraph {
  notes: Note[];
  byId: ReadonlyMap<string, Note>;
  tagTree: TagTree;
  /** The vault's folders and notes, for the explorer page, its JSON and the home page. */
  folderTree: FolderNode;
  tagRedirects: TagRedirect[];
  /** Tag page route (`tags/<route>/`) → tag, for every tag level; a tag that slugs like an earlier one is left out. */
  tagRoutes: ReadonlyMap<string, string>;
  /** Alias page param → the note it redirects to. */
  aliasPages: [string, Note][];
  backlinksOf(note: Note): Note[];
  related(note: Note): (RelatedNote & { note: Note })[];
}

let cached: Promise<KnowledgeGraph> | undefined;

export function getKnowledgeGraph(): Promise<KnowledgeGraph> {
  cached ??= getNotes().then((notes) => {
    const byId = new Map(notes.map((n) => [n.id, n]));
    const tagged = notes.map((n) => ({ id: n.id, title: n.data.title, tags: n.data.tags }));
    const taggedById = new Map(tagged.map((t) => [t.id, t]));
    const tagTree = buildTagTree(tagged);
    const tagRoutes = new Map<string, string>();
    for (const path of tagTree.byPath.keys()) {
      const route = tagRoute(path);
      if (!tagRoutes.has(route)) tagRoutes.set(route, path);
    }
    const relatedCache = new Map<string, (RelatedNote & { note: Note })[]>();
    const folderTree = buildFolderTree(notes.map((n) => ({ path: n.data.path, title: n.data.title, href: n.data.href })));
    return {
      notes,
      byId,
      tagTree,
      folderTree,
      tagRedirects: tagRedirects(notes.flatMap((n) => n.data.rawTags), tagSynonyms).filter((r) => !tagRoutes.has(tagRoute(r.from))),
      tagRoutes,
      aliasPages: notes.flatMap((n) => n.data.aliasParams.map((param): [string, Note] => [param, n])),
      backlinksOf: (note) => note.data.backlinks.flatMap((id) => byId.get(id) ?? []),
      related(note) {
        let list = relatedCache.get(note.id);
        const self = taggedById.get(note.id);
        if (list === undefined && self !== undefined) {
          list = relatedNotes(self, tagged, { limit: 5 }).flatMap((r) => {
            const other = byId.get(r.id);
            return other === undefined ? [] : [{ ...r, note: other }];
          });
          relatedCache.set(note.id, list);
        }
        return list ?? [];
      },
    };
  });
  return cached;
}
