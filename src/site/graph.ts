import { ui } from "../i18n/ui";
import { localGraphSvg } from "../lib/graph/local-graph";
import { buildFolderTree, type FolderNode } from "../lib/explorer/folder-tree";
import { rankRelated, relatedIndex, type RelatedReason } from "../lib/links/related-reasons";
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
  /** The note's neighbourhood as a build-time SVG ("" when it has none). */
  localGraph(note: Note): string;
  /** Up to five related notes, each with why (links, backlinks, shared services and tags). */
  related(note: Note): RelatedLink[];
}

/** A related note as a page shows it: where it is, its title, and the reasons in the reader's words. */
export interface RelatedLink {
  href: string;
  title: string;
  reasons: RelatedReason[];
}

let cached: Promise<KnowledgeGraph> | undefined;

export function getKnowledgeGraph(): Promise<KnowledgeGraph> {
  cached ??= getNotes().then((notes) => {
    const byId = new Map(notes.map((n) => [n.id, n]));
    const tagged = notes.map((n) => ({ id: n.id, title: n.data.title, tags: n.data.tags }));
    const tagTree = buildTagTree(tagged);
    const tagRoutes = new Map<string, string>();
    for (const path of tagTree.byPath.keys()) {
      const route = tagRoute(path);
      if (!tagRoutes.has(route)) tagRoutes.set(route, path);
    }
    const index = relatedIndex(
      notes.map((n) => ({ id: n.id, title: n.data.title, tags: n.data.tags, outgoing: n.data.outgoing, backlinks: n.data.backlinks, services: n.data.services })),
    );
    // Asked for twice per note (the list and the local graph): ranked once.
    const relatedCache = new Map<string, RelatedLink[]>();
    const related = (note: Note): RelatedLink[] => {
      const known = relatedCache.get(note.id);
      if (known !== undefined) return known;
      const self = { id: note.id, title: note.data.title, tags: note.data.tags, outgoing: note.data.outgoing, backlinks: note.data.backlinks, services: note.data.services };
      const list = rankRelated(self, index).flatMap((r) => {
        const other = byId.get(r.id);
        return other === undefined ? [] : [{ href: other.data.href, title: other.data.title, reasons: r.reasons }];
      });
      relatedCache.set(note.id, list);
      return list;
    };
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
      localGraph(note) {
        const neighbours = [
          ...note.data.outgoing.flatMap((id) => byId.get(id) ?? []).map((n) => ({ title: n.data.title, href: n.data.href, kind: "links" as const })),
          ...note.data.backlinks.flatMap((id) => byId.get(id) ?? []).map((n) => ({ title: n.data.title, href: n.data.href, kind: "backlink" as const })),
          ...related(note).map((r) => ({ title: r.title, href: r.href, kind: "related" as const })),
        ];
        return localGraphSvg(note.data.title, neighbours, { label: ui.localGraphLabel(note.data.title) });
      },
      related,
    };
  });
  return cached;
}
