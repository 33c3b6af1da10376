// The note page's explorer panel: the folder tree is fetched the first time a reader opens the
// panel, never inlined, so a note page stays the same size however large the vault grows.
import type { CompactFolder } from "../lib/explorer/folder-tree";

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Screen-reader words around a count ("노트 16개"); the screen shows the number alone. */
let countWords: [string, string] = ["", ""];

function count(n: number): HTMLSpanElement {
  const span = el("span", "explorer-tree__count");
  span.append(el("span", "sr-only", countWords[0]), String(n), el("span", "sr-only", countWords[1]));
  return span;
}

function renderFolder(folder: CompactFolder, prefix: string, current: string, openFolder: string): HTMLUListElement {
  const list = el("ul", "explorer-tree");
  for (const child of folder.f) {
    const path = prefix === "" ? child.n : `${prefix}/${child.n}`;
    const details = el("details");
    // The folders above the current note open, so the reader sees where the note is.
    details.open = openFolder === path || openFolder.startsWith(`${path}/`);
    const summary = el("summary");
    summary.append(el("span", "explorer-tree__folder", child.n), " ", count(child.c));
    if (openFolder === path) summary.dataset["current"] = "";
    details.append(summary, renderFolder(child, path, current, openFolder));
    const item = el("li");
    item.append(details);
    list.append(item);
  }
  for (const [title, href, path] of folder.d) {
    const link = el("a", undefined, title);
    link.href = href;
    if (path === current) link.setAttribute("aria-current", "page");
    const item = el("li");
    item.append(link);
    list.append(item);
  }
  return list;
}

export function initExplorerPanel(): void {
  for (const panel of document.querySelectorAll<HTMLDetailsElement>("[data-explorer-panel]")) {
    let loaded = false;
    panel.addEventListener("toggle", async () => {
      if (!panel.open || loaded) return;
      loaded = true;
      const body = panel.querySelector<HTMLElement>("[data-explorer-body]");
      const { src = "", current = "", folder = "", loading = "", error = "", countPrefix = "", countSuffix = "" } = panel.dataset;
      countWords = [countPrefix, countSuffix];
      if (body === null) return;
      const status = el("p", "explorer-panel__status", loading);
      status.setAttribute("role", "status");
      body.prepend(status);
      try {
        const response = await fetch(src);
        if (!response.ok) throw new Error(String(response.status));
        const tree = (await response.json()) as CompactFolder;
        status.remove();
        body.prepend(renderFolder(tree, "", current, folder));
        body.querySelector("[aria-current=page]")?.scrollIntoView({ block: "nearest" });
      } catch {
        status.textContent = error;
        loaded = false;
      }
    });
  }
}
