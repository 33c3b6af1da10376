import { compareText, tagAncestry } from "./normalize";

/** What the tag logic needs of a note: an id and its canonical tags (the analysis makes them canonical). */
export interface TaggedNote {
  id: string;
  title: string;
  tags: readonly string[];
}

export interface TagTreeNode {
  /** Canonical full path, e.g. `service/glue`; also the `[...tag]` route param. */
  path: string;
  /** Last segment, e.g. `glue`. */
  name: string;
  /** 1 for a facet such as `service`. */
  depth: number;
  /** Ids of notes tagged exactly with `path`, sorted. */
  notes: string[];
  /** Ids of notes tagged with `path` or any descendant, each once, sorted. */
  allNotes: string[];
  directCount: number;
  totalCount: number;
  /** Sorted by name (code-point order). */
  children: TagTreeNode[];
}

export interface TagTree {
  /** Top-level facets (`architecture`, `service`, …), sorted by name. */
  roots: TagTreeNode[];
  /** Every node by canonical path, parents included. */
  byPath: ReadonlyMap<string, TagTreeNode>;
  /** Each note's canonical tags, deduplicated and sorted (notes without tags map to []). */
  tagsByNote: ReadonlyMap<string, string[]>;
  /** Ids of notes with no usable tag, sorted. */
  untagged: string[];
}

export function buildTagTree(notes: readonly TaggedNote[]): TagTree {
  interface Draft {
    path: string;
    direct: Set<string>;
    all: Set<string>;
    children: Set<string>;
  }
  const drafts = new Map<string, Draft>();
  const draft = (path: string): Draft => {
    let d = drafts.get(path);
    if (d === undefined) {
      d = { path, direct: new Set(), all: new Set(), children: new Set() };
      drafts.set(path, d);
    }
    return d;
  };
  const tagsByNote = new Map<string, string[]>();
  const untagged: string[] = [];

  for (const note of notes) {
    const tags = [...new Set(note.tags)].sort(compareText);
    tagsByNote.set(note.id, tags);
    if (tags.length === 0) untagged.push(note.id);
    for (const tag of tags) {
      draft(tag).direct.add(note.id);
      const levels = tagAncestry(tag);
      levels.forEach((level, i) => {
        draft(level).all.add(note.id);
        const child = levels[i + 1];
        if (child !== undefined) draft(level).children.add(child);
      });
    }
  }

  const byPath = new Map<string, TagTreeNode>();
  const finish = (path: string): TagTreeNode => {
    const existing = byPath.get(path);
    if (existing !== undefined) return existing;
    const d = drafts.get(path) ?? { path, direct: new Set<string>(), all: new Set<string>(), children: new Set<string>() };
    const segments = path.split("/");
    const notesHere = [...d.direct].sort(compareText);
    const allNotes = [...d.all].sort(compareText);
    const node: TagTreeNode = {
      path,
      name: segments.at(-1) ?? path,
      depth: segments.length,
      notes: notesHere,
      allNotes,
      directCount: notesHere.length,
      totalCount: allNotes.length,
      children: [...d.children].sort(compareText).map(finish),
    };
    byPath.set(path, node);
    return node;
  };
  const roots = [...drafts.keys()].filter((p) => !p.includes("/")).sort(compareText).map(finish);

  return { roots, byPath, tagsByNote, untagged: untagged.sort(compareText) };
}
