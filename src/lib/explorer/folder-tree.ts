/**
 * The vault's folder tree for the explorer (its own page, the note page's panel, breadcrumbs).
 * Pure data from note paths: computed once per build, rendered by pages, and written as a compact
 * JSON file that the panel fetches only when a reader opens it (so no page carries the whole tree).
 */

export interface TreeNote {
  /** Vault path, `/`-separated (`폴더/하위/노트.md`). */
  path: string;
  title: string;
  href: string;
}

export interface FolderNode {
  /** The folder's own name (`하위`); "" for the vault root. */
  name: string;
  /** Folder path from the vault root (`폴더/하위`); "" for the root. */
  path: string;
  /** Notes in this folder and every folder below it. */
  count: number;
  /** Sub-folders, then notes: both in Korean reading order. */
  folders: FolderNode[];
  notes: TreeNote[];
}

// Korean dictionary order with numbers read as numbers (`2강` before `10강`), case folded;
// code-point order breaks the remaining ties so the tree is the same on every machine.
const collator = new Intl.Collator("ko", { numeric: true, sensitivity: "base" });

export function compareKorean(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** NFC: a vault copied from macOS may spell Hangul folder names decomposed (NFD). */
function nfc(text: string): string {
  return text.normalize("NFC");
}

/** The folder part of a vault path (`a/b/note.md` → `a/b`, `note.md` → ""). */
export function folderOf(path: string): string {
  const parts = nfc(path).split("/").filter((p) => p !== "");
  parts.pop();
  return parts.join("/");
}

/** Every folder from the top down to `folder` itself (`a/b` → [`a`, `a/b`]); [] for the root. */
export function folderChain(folder: string): string[] {
  const parts = nfc(folder).split("/").filter((p) => p !== "");
  return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
}

function sortTree(node: FolderNode): void {
  node.folders.sort((a, b) => compareKorean(a.name, b.name));
  node.notes.sort((a, b) => compareKorean(a.title, b.title) || compareKorean(a.path, b.path));
  for (const child of node.folders) sortTree(child);
}

export function buildFolderTree(notes: readonly TreeNote[]): FolderNode {
  const root: FolderNode = { name: "", path: "", count: 0, folders: [], notes: [] };
  const byPath = new Map<string, FolderNode>([["", root]]);
  for (const note of notes) {
    const path = nfc(note.path);
    let parent = root;
    root.count++;
    for (const folder of folderChain(folderOf(path))) {
      let node = byPath.get(folder);
      if (node === undefined) {
        node = { name: folder.slice(folder.lastIndexOf("/") + 1), path: folder, count: 0, folders: [], notes: [] };
        byPath.set(folder, node);
        parent.folders.push(node);
      }
      node.count++;
      parent = node;
    }
    parent.notes.push({ ...note, path, title: nfc(note.title) });
  }
  sortTree(root);
  return root;
}

/** The folder node at `path`, or undefined. */
export function findFolder(root: FolderNode, path: string): FolderNode | undefined {
  let node: FolderNode | undefined = root;
  for (const folder of folderChain(path)) {
    node = node?.folders.find((f) => f.path === folder);
    if (node === undefined) return undefined;
  }
  return node;
}

/**
 * The JSON the explorer panel fetches: short keys because it is the one file that grows with the
 * vault (`n` name, `c` count, `f` folders, `d` notes as [title, href, vault path]).
 */
export interface CompactFolder {
  n: string;
  c: number;
  f: CompactFolder[];
  d: [title: string, href: string, path: string][];
}

export function compactTree(node: FolderNode): CompactFolder {
  return { n: node.name, c: node.count, f: node.folders.map(compactTree), d: node.notes.map((n) => [n.title, n.href, n.path]) };
}

export interface Crumb {
  /** Folder name as shown. */
  name: string;
  /** Folder path, for the explorer page's anchor. */
  path: string;
}

/** The folders above a note, top first, for its breadcrumbs. */
export function breadcrumbs(notePath: string): Crumb[] {
  return folderChain(folderOf(notePath)).map((path) => ({ name: path.slice(path.lastIndexOf("/") + 1), path }));
}

/**
 * The explorer page's anchor id of a folder: stable, readable Korean, never empty, and one per folder.
 * An id cannot hold whitespace, so each whitespace character becomes `-`; a `-` or `_` of the name is
 * written `_2d_` / `_5f_`, so `a b`, `a-b` and `a_b` keep apart.
 */
export function folderAnchor(path: string): string {
  const escaped = nfc(path).replace(/[-_\s]/gu, (c) => (/\s/u.test(c) ? "-" : `_${c.codePointAt(0)!.toString(16)}_`));
  return `folder-${escaped}`;
}
