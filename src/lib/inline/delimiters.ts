import type { PhrasingContent, Text } from "mdast";
import type { Point, Position } from "unist";
import { delimiterRunAbilities, type DelimiterChar } from "./flanking";
import { pointMaker } from "./points";
import { alignTextWithSource } from "./source-text";
import type { Highlight } from "./types";

export interface DelimiterOptions {
  /** Flanking per the CJK-friendly amendment (default true); false is plain CommonMark. */
  cjkFriendly?: boolean;
  /** Obsidian's `==highlight==` (default true). */
  highlight?: boolean;
  /**
   * GFM's one-tilde strikethrough (default false). Obsidian strikes through
   * only `~~…~~`; with one tilde, Korean ranges such as `1~2일, 3~5일` would
   * be struck through.
   */
  singleTilde?: boolean;
}

interface Settings {
  cjkFriendly: boolean;
  highlight: boolean;
  singleTilde: boolean;
}

/**
 * Re-resolves emphasis (`*`, `_`), strong emphasis, strikethrough (`~`, `~~`)
 * and Obsidian highlights (`==`) in the children of one block-level phrasing
 * container (paragraph, heading, table cell) as Sätteri materialized them from
 * `source`, with CommonMark's delimiter algorithm and the CJK-friendly flanking
 * rules, so `**일괄 처리(Batch Processing)**와` is strong as in Obsidian.
 *
 * Returns new children, or undefined when nothing changes — the common case,
 * decided without aligning any text when no text node holds `*`, `_`, `~` or `==`.
 * Code, math, HTML, images and link destinations are never looked into; link
 * text is resolved as a container of its own, as CommonMark does.
 */
export function resolveInlineDelimiters(
  children: readonly PhrasingContent[],
  source: string,
  options: DelimiterOptions = {},
): PhrasingContent[] | undefined {
  return resolveContainer(children, source, settingsOf(options), undefined);
}

/**
 * Always rebuilds the container's delimiters from scratch (unwinding Sätteri's
 * emphasis nodes) and returns the result, changed or not; undefined only when
 * the text cannot be aligned with the source. `resolveInlineDelimiters` is
 * this plus the shortcuts.
 */
export function reparseInlineDelimiters(
  children: readonly PhrasingContent[],
  source: string,
  options: DelimiterOptions = {},
): PhrasingContent[] | undefined {
  return reparse(children, source, settingsOf(options), undefined);
}

function settingsOf(options: DelimiterOptions): Settings {
  return { cjkFriendly: options.cjkFriendly ?? true, highlight: options.highlight ?? true, singleTilde: options.singleTilde ?? false };
}

// ---------------------------------------------------------------------------
// Containers

/** Where a container sits in the source, for the characters around its edges. */
interface Edges {
  /** Code points just outside the container (link text sees its `[` and `]`); absent for a block, whose edges count as line ends. */
  before: number | undefined;
  after: number | undefined;
}

const EMPHASIS_LIKE = new Set(["emphasis", "strong", "delete", "highlight"]);

function resolveContainer(
  children: readonly PhrasingContent[],
  source: string,
  settings: Settings,
  edges: Edges | undefined,
): PhrasingContent[] | undefined {
  if (!mayHoldDelimiters(children, source, settings)) return resolveLinkTexts(children, source, settings);
  const rebuilt = reparse(children, source, settings, edges);
  if (rebuilt === undefined) return resolveLinkTexts(children, source, settings);
  return shapeOf(rebuilt) === shapeOf(children) ? undefined : rebuilt;
}

function mayHoldDelimiters(children: readonly PhrasingContent[], source: string, settings: Settings): boolean {
  for (const child of children) {
    if (child.type === "text") {
      if (/[*_~]/.test(child.value) || (settings.highlight && child.value.includes("=="))) return true;
    } else if (EMPHASIS_LIKE.has(child.type) && "children" in child) {
      if (child.type === "delete" && !settings.singleTilde && isSingleTildeDelete(child, source)) return true;
      if (mayHoldDelimiters(child.children, source, settings)) return true;
    }
  }
  return false;
}

function isSingleTildeDelete(node: PhrasingContent, source: string): boolean {
  const start = node.position?.start.offset;
  return start !== undefined && source[start + 1] !== "~";
}

/** Link texts are containers of their own: resolve them, wherever they sit. */
function resolveLinkTexts(children: readonly PhrasingContent[], source: string, settings: Settings): PhrasingContent[] | undefined {
  let changed = false;
  const out = children.map((child) => {
    const next = resolveInside(child, source, settings);
    if (next !== child) changed = true;
    return next;
  });
  return changed ? out : undefined;
}

function resolveInside(node: PhrasingContent, source: string, settings: Settings): PhrasingContent {
  if (node.type === "link" || node.type === "linkReference") {
    if (!hasMarkupText(node, source)) return node;
    const resolved = resolveContainer(node.children, source, settings, linkTextEdges(node, source));
    return resolved === undefined ? node : { ...node, children: resolved };
  }
  if (EMPHASIS_LIKE.has(node.type) && "children" in node) {
    const resolved = resolveLinkTexts(node.children, source, settings);
    return resolved === undefined ? node : ({ ...node, children: resolved } as PhrasingContent);
  }
  return node;
}

// `[[target]]` shows its target as written; only an alias (`[[target|text]]`) is Markdown.
function hasMarkupText(link: PhrasingContent & { children: PhrasingContent[] }, source: string): boolean {
  const start = link.position?.start.offset;
  const firstChild = link.children[0]?.position?.start.offset;
  if (start === undefined || firstChild === undefined) return false;
  return !(source.startsWith("[[", start) && firstChild === start + 2);
}

function linkTextEdges(link: PhrasingContent & { children: PhrasingContent[] }, source: string): Edges {
  const first = link.children[0]?.position?.start.offset ?? 0;
  const last = link.children.at(-1)?.position?.end.offset ?? source.length;
  return { before: codePointBefore(source, first), after: source.codePointAt(last) };
}

/** The container's structure, text left out: equal shapes render the same. */
function shapeOf(children: readonly PhrasingContent[]): string {
  let shape = "";
  for (const child of children) {
    if (child.type === "text") continue;
    shape += `${child.type}@${child.position?.start.offset}-${child.position?.end.offset}`;
    if ("children" in child) shape += `(${shapeOf(child.children)})`;
    shape += ";";
  }
  return shape;
}

// ---------------------------------------------------------------------------
// Flattening: Sätteri's tree back to characters, delimiters and opaque nodes

interface CharItem {
  kind: "char";
  value: string;
  start: number;
  end: number;
  literal: boolean;
}

interface NodeItem {
  kind: "node";
  node: PhrasingContent;
  start: number;
  end: number;
  /** For a node another step made without a position: its text, which flanking looks at instead of the source. */
  unplaced?: string;
}

type Item = CharItem | NodeItem;

function flatten(children: readonly PhrasingContent[], source: string, items: Item[]): boolean {
  for (const child of children) {
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) {
      // Kept as it is: its characters cannot be delimiters without a place in the source.
      items.push({ kind: "node", node: child, start: 0, end: 0, unplaced: toPlainText(child) });
      continue;
    }
    if (child.type === "text") {
      const chars = alignTextWithSource(child.value, source, start, end);
      if (chars === undefined) return false;
      for (const char of chars) items.push({ kind: "char", ...char });
      continue;
    }
    const delimiters = EMPHASIS_LIKE.has(child.type) && "children" in child ? unwoundDelimiters(child, source) : undefined;
    if (delimiters === undefined) {
      items.push({ kind: "node", node: child, start, end });
      continue;
    }
    pushDelimiterChars(items, delimiters.char, start, delimiters.length);
    if (!flatten((child as { children: PhrasingContent[] }).children, source, items)) return false;
    pushDelimiterChars(items, delimiters.char, end - delimiters.length, delimiters.length);
  }
  return true;
}

function pushDelimiterChars(items: Item[], char: string, start: number, length: number): void {
  for (let at = start; at < start + length; at += 1) items.push({ kind: "char", value: char, start: at, end: at + 1, literal: false });
}

/** The delimiter run an emphasis-like node was made from: the source between its edges and its content. */
function unwoundDelimiters(node: PhrasingContent, source: string): { char: string; length: number } | undefined {
  if (!("children" in node)) return undefined;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const contentStart = node.children[0]?.position?.start.offset;
  const contentEnd = node.children.at(-1)?.position?.end.offset;
  if (start === undefined || end === undefined || contentStart === undefined || contentEnd === undefined) return undefined;
  const length = contentStart - start;
  if (length < 1 || end - contentEnd !== length) return undefined;
  const char = source[start] as string;
  if (!"*_~=".includes(char)) return undefined;
  const run = char.repeat(length);
  if (source.slice(start, contentStart) !== run || source.slice(contentEnd, end) !== run) return undefined;
  return { char, length };
}

// ---------------------------------------------------------------------------
// Tokens: a doubly linked list, with delimiter runs also on the delimiter stack

interface Linked {
  prev: Token | undefined;
  next: Token | undefined;
}

interface TextToken extends Linked {
  kind: "text";
  chars: CharItem[];
}

interface NodeToken extends Linked {
  kind: "node";
  node: PhrasingContent;
}

interface RunToken extends Linked {
  kind: "run";
  char: DelimiterChar;
  /** Source offset of the first delimiter character not yet used. */
  start: number;
  count: number;
  /** Length of the run as written, for the rule of 3. */
  original: number;
  canOpen: boolean;
  canClose: boolean;
  below: RunToken | undefined;
  above: RunToken | undefined;
}

interface GroupToken extends Linked {
  kind: "group";
  type: "emphasis" | "strong" | "delete" | "highlight";
  start: number;
  end: number;
  children: Token[];
}

type Token = TextToken | NodeToken | RunToken | GroupToken;

function reparse(
  children: readonly PhrasingContent[],
  source: string,
  settings: Settings,
  edges: Edges | undefined,
): PhrasingContent[] | undefined {
  if (children.length === 0) return [];
  const first = children.find((child) => child.position?.start.offset !== undefined)?.position?.start;
  if (first === undefined) return undefined;
  const items: Item[] = [];
  if (!flatten(children, source, items)) return undefined;
  const { head, bottom } = tokenize(items, source, settings, edges);
  processEmphasis(bottom);
  const point = pointMaker(source, first);
  const tokens: Token[] = [];
  for (let token: Token | undefined = head; token !== undefined; token = token.next) tokens.push(token);
  return emit(tokens, source, settings, point);
}

function isDelimiterChar(value: string, settings: Settings): value is DelimiterChar {
  return value === "*" || value === "_" || value === "~" || (value === "=" && settings.highlight);
}

// Strikethrough is `~~` (GFM also allows `~`); a highlight is exactly `==`.
function isRunLength(char: DelimiterChar, length: number, settings: Settings): boolean {
  if (char === "~") return length === 2 || (length === 1 && settings.singleTilde);
  if (char === "=") return length === 2;
  return true;
}

// `head` is an empty text token the list hangs from; it takes the text that starts the container.
function tokenize(items: Item[], source: string, settings: Settings, edges: Edges | undefined): { head: TextToken; bottom: RunToken | undefined } {
  const head: TextToken = { kind: "text", chars: [], prev: undefined, next: undefined };
  let tail: Token = head;
  let topRun: RunToken | undefined;
  let bottom: RunToken | undefined;
  const append = (token: Token): void => {
    token.prev = tail;
    tail.next = token;
    tail = token;
  };
  let i = 0;
  while (i < items.length) {
    const item = items[i] as Item;
    if (item.kind === "node") {
      append({ kind: "node", node: item.node, prev: undefined, next: undefined });
      i += 1;
      continue;
    }
    let runEnd = i;
    if (!item.literal && isDelimiterChar(item.value, settings)) {
      runEnd = i + 1;
      for (;;) {
        const next = items[runEnd];
        if (next?.kind !== "char" || next.literal || next.value !== item.value || next.start !== (items[runEnd - 1] as Item).end) break;
        runEnd += 1;
      }
    }
    const char = item.value;
    if (runEnd > i && isDelimiterChar(char, settings) && isRunLength(char, runEnd - i, settings)) {
      const surroundings = {
        ...surroundingsBefore(items, i, source, edges),
        ...surroundingsAfter(items, runEnd, source, edges),
      };
      const abilities = delimiterRunAbilities(char, surroundings, settings.cjkFriendly);
      const run: RunToken = {
        kind: "run",
        char,
        start: item.start,
        count: runEnd - i,
        original: runEnd - i,
        ...abilities,
        below: topRun,
        above: undefined,
        prev: undefined,
        next: undefined,
      };
      append(run);
      if (topRun !== undefined) topRun.above = run;
      topRun = run;
      bottom ??= run;
      i = runEnd;
      continue;
    }
    // Plain characters, including a run that cannot delimit (`~~~`, a lone `=`).
    const end = Math.max(runEnd, i + 1);
    const chars = items.slice(i, end) as CharItem[];
    if (tail.kind === "text") tail.chars.push(...chars);
    else append({ kind: "text", chars, prev: undefined, next: undefined });
    i = end;
  }
  return { head, bottom };
}

// Flanking looks at the characters as written in the source: `\*` ends in `*`,
// `&amp;` in `;`, a code span in a backtick, a link in `)` or `]`.
function surroundingsBefore(items: Item[], index: number, source: string, edges: Edges | undefined): { before: number | undefined; beforeThat: number | undefined } {
  const item = items[index - 1];
  if (item === undefined) return { before: edges?.before, beforeThat: undefined };
  const tail = writtenTail(item, source);
  const before = codePointBefore(tail, tail.length);
  const width = before !== undefined && before > 0xffff ? 2 : 1;
  const beforeThat = tail.length > width ? codePointBefore(tail, tail.length - width) : lastCodePoint(items[index - 2], source);
  return { before, beforeThat };
}

function surroundingsAfter(items: Item[], index: number, source: string, edges: Edges | undefined): { after: number | undefined; afterThat: number | undefined } {
  const item = items[index];
  if (item === undefined) return { after: edges?.after, afterThat: undefined };
  const head = writtenHead(item, source);
  const after = head.codePointAt(0);
  const width = after !== undefined && after > 0xffff ? 2 : 1;
  const afterThat = head.length > width ? head.codePointAt(width) : firstCodePoint(items[index + 1], source);
  return { after, afterThat };
}

// The last and first few code units an item was written as: enough for two code points.
function writtenTail(item: Item, source: string): string {
  if (item.kind === "node" && item.unplaced !== undefined) return item.unplaced.slice(-4);
  return source.slice(Math.max(item.start, item.end - 4), item.end);
}

function writtenHead(item: Item, source: string): string {
  if (item.kind === "node" && item.unplaced !== undefined) return item.unplaced.slice(0, 4);
  return source.slice(item.start, Math.min(item.end, item.start + 4));
}

function lastCodePoint(item: Item | undefined, source: string): number | undefined {
  if (item === undefined) return undefined;
  const tail = writtenTail(item, source);
  return codePointBefore(tail, tail.length);
}

function firstCodePoint(item: Item | undefined, source: string): number | undefined {
  return item === undefined ? undefined : writtenHead(item, source).codePointAt(0);
}

function toPlainText(node: PhrasingContent): string {
  if ("value" in node) return node.value;
  if ("children" in node) return node.children.map(toPlainText).join("");
  return node.type === "image" ? (node.alt ?? "") : "";
}

function codePointBefore(source: string, offset: number): number | undefined {
  if (offset <= 0) return undefined;
  const low = source.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const high = source.charCodeAt(offset - 2);
    if (high >= 0xd800 && high <= 0xdbff) return source.codePointAt(offset - 2);
  }
  return low;
}

// ---------------------------------------------------------------------------
// CommonMark 0.31.2, appendix "Processing emphasis and strong emphasis",
// with GFM strikethrough and highlight runs matched like `*` by equal length.

function processEmphasis(bottom: RunToken | undefined): void {
  const openersBottom = new Map<string, RunToken | undefined>();
  let closer = bottom;
  while (closer !== undefined) {
    if (!closer.canClose) {
      closer = closer.above;
      continue;
    }
    const key = bottomKey(closer);
    const limit = openersBottom.has(key) ? openersBottom.get(key) : undefined;
    let opener = closer.below;
    while (opener !== undefined && opener !== limit && !(opener.char === closer.char && opener.canOpen && canPair(opener, closer))) {
      opener = opener.below;
    }
    if (opener === undefined || opener === limit) {
      openersBottom.set(key, closer.below);
      const next = closer.above;
      if (!closer.canOpen) removeFromStack(closer);
      closer = next;
      continue;
    }
    const used = delimitersUsed(opener, closer);
    opener.count -= used;
    const group: GroupToken = {
      kind: "group",
      type: groupType(closer.char, used),
      start: opener.start + opener.count,
      end: closer.start + used,
      children: [],
      prev: opener,
      next: closer,
    };
    for (let token = opener.next; token !== closer && token !== undefined; token = token.next) group.children.push(token);
    opener.next = group;
    closer.prev = group;
    closer.start += used;
    closer.count -= used;
    // Delimiters inside the new node can no longer pair with anything.
    opener.above = closer;
    closer.below = opener;
    if (opener.count === 0) {
      removeFromList(opener);
      removeFromStack(opener);
    }
    if (closer.count === 0) {
      const next = closer.above;
      removeFromList(closer);
      removeFromStack(closer);
      closer = next;
    }
  }
}

function bottomKey(closer: RunToken): string {
  if (closer.char === "~" || closer.char === "=") return `${closer.char}${closer.original}`;
  return `${closer.char}${closer.canOpen ? 1 : 0}${closer.original % 3}`;
}

function canPair(opener: RunToken, closer: RunToken): boolean {
  if (closer.char === "~" || closer.char === "=") return opener.original === closer.original;
  // The rule of 3.
  const ruleOfThree =
    (opener.canClose || closer.canOpen) &&
    (opener.original + closer.original) % 3 === 0 &&
    !(opener.original % 3 === 0 && closer.original % 3 === 0);
  return !ruleOfThree;
}

function delimitersUsed(opener: RunToken, closer: RunToken): number {
  if (closer.char === "~" || closer.char === "=") return closer.count;
  return opener.count >= 2 && closer.count >= 2 ? 2 : 1;
}

function groupType(char: DelimiterChar, used: number): GroupToken["type"] {
  if (char === "~") return "delete";
  if (char === "=") return "highlight";
  return used === 2 ? "strong" : "emphasis";
}

function removeFromList(token: Token): void {
  if (token.prev !== undefined) token.prev.next = token.next;
  if (token.next !== undefined) token.next.prev = token.prev;
}

function removeFromStack(run: RunToken): void {
  if (run.below !== undefined) run.below.above = run.above;
  if (run.above !== undefined) run.above.below = run.below;
}

// ---------------------------------------------------------------------------
// Back to mdast

function emit(tokens: readonly Token[], source: string, settings: Settings, point: (offset: number) => Point): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let text: { value: string; start: number; end: number } | undefined;
  const addText = (value: string, start: number, end: number): void => {
    if (text === undefined) text = { value, start, end };
    else {
      text.value += value;
      text.end = end;
    }
  };
  const flush = (): void => {
    if (text === undefined) return;
    const node: Text = { type: "text", value: text.value, position: position(point, text.start, text.end) };
    out.push(node);
    text = undefined;
  };
  for (const token of tokens) {
    switch (token.kind) {
      case "text":
        for (const char of token.chars) addText(char.value, char.start, char.end);
        break;
      case "run":
        if (token.count > 0) addText(token.char.repeat(token.count), token.start, token.start + token.count);
        break;
      case "node":
        flush();
        out.push(resolveInside(token.node, source, settings));
        break;
      case "group": {
        flush();
        const at = position(point, token.start, token.end);
        const children = emit(token.children, source, settings, point);
        if (token.type === "highlight") {
          const highlight: Highlight = { type: "highlight", data: { hName: "mark" }, children, position: at };
          out.push(highlight);
        } else {
          out.push({ type: token.type, children, position: at });
        }
        break;
      }
    }
  }
  flush();
  return out;
}

function position(point: (offset: number) => Point, start: number, end: number): Position {
  return { start: point(start), end: point(end) };
}
