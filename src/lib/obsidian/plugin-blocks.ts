import type { CalloutMarker } from "../callouts/marker";
import { findInlineTags } from "./inline-tags";

export interface PluginBlock {
  /** Stable id: the plugin's id, or `search`/`bases` for Obsidian's own live views. */
  plugin: string;
  /** The name Obsidian users know it by, for "이 목록은 Obsidian의 {name} 플러그인으로 만들어집니다". */
  name: string;
  /** An Obsidian core feature rather than a community plugin (`query`, `base`). */
  core: boolean;
}

const block = (plugin: string, name: string, core = false): PluginBlock => ({ plugin, name, core });

/**
 * Code block languages that Obsidian core features or popular community plugins turn into live views
 * (queries over the vault, widgets, scripts). A static site cannot run them. Chosen from the plugins'
 * own documentation and the community plugin download ranking; `mermaid` and math are drawn by the site.
 */
const PLUGIN_LANGUAGES: ReadonlyMap<string, PluginBlock> = new Map([
  ["dataview", block("dataview", "Dataview")],
  ["dataviewjs", block("dataview", "Dataview")],
  ["datacore", block("datacore", "Datacore")],
  ["datacorejs", block("datacore", "Datacore")],
  ["datacorejsx", block("datacore", "Datacore")],
  ["datacorets", block("datacore", "Datacore")],
  ["datacoretsx", block("datacore", "Datacore")],
  ["tasks", block("obsidian-tasks-plugin", "Tasks")],
  ["query", block("search", "검색", true)],
  ["base", block("bases", "Bases", true)],
  ["button", block("buttons", "Buttons")],
  ["chart", block("obsidian-charts", "Charts")],
  ["tracker", block("obsidian-tracker", "Tracker")],
  ["leaflet", block("obsidian-leaflet-plugin", "Leaflet")],
  ["timeline", block("obsidian-timelines", "Timelines")],
  ["timeline-labeled", block("obsidian-timelines", "Timelines")],
  ["markmap", block("obsidian-markmap", "Markmap")],
  ["mindmap", block("obsidian-mind-map", "Mind Map")],
  ["plantuml", block("obsidian-plantuml", "PlantUML")],
  ["plantuml-svg", block("obsidian-plantuml", "PlantUML")],
  ["plantuml-ascii", block("obsidian-plantuml", "PlantUML")],
  ["puml", block("obsidian-plantuml", "PlantUML")],
  ["tikz", block("obsidian-tikzjax", "TikZJax")],
  ["meta-bind", block("obsidian-meta-bind-plugin", "Meta Bind")],
  ["meta-bind-button", block("obsidian-meta-bind-plugin", "Meta Bind")],
  ["meta-bind-js-view", block("obsidian-meta-bind-plugin", "Meta Bind")],
  ["meta-bind-embed", block("obsidian-meta-bind-plugin", "Meta Bind")],
  ["js-engine", block("js-engine", "JS Engine")],
  ["toc", block("obsidian-automatic-table-of-contents", "Automatic Table of Contents")],
  ["table-of-contents", block("obsidian-automatic-table-of-contents", "Automatic Table of Contents")],
  ["todoist", block("todoist-sync-plugin", "Todoist Sync")],
  ["dbfolder", block("dbfolder", "DB Folder")],
  ["folder-overview", block("folder-notes", "Folder notes")],
  ["functionplot", block("obsidian-functionplot", "Functionplot")],
  ["vega", block("obsidian-vega", "Vega")],
  ["vega-lite", block("obsidian-vega", "Vega")],
  ["music-abc", block("obsidian-music-code-blocks", "Music Code Blocks")],
  ["smiles", block("chem", "Chem")],
  ["cardlink", block("auto-card-link", "Auto Card Link")],
  ["embed", block("obsidian-link-embed", "Link Embed")],
  ["img-gallery", block("obsidian-image-gallery", "Image Gallery")],
  ["tabs", block("tabs", "Tabs")],
  ["spoiler-block", block("obsidian-spoilers", "Spoilers")],
  ["mehrmaid", block("mehrmaid", "Mehrmaid")],
  ["statblock", block("obsidian-5e-statblocks", "Fantasy Statblocks")],
  ["encounter", block("initiative-tracker", "Initiative Tracker")],
  ["kanban", block("obsidian-kanban", "Kanban")],
]);

const ADMONITION = block("obsidian-admonition", "Admonition");

/** The fence's language word, lowercased (`dataview`, not `Dataview title="x"`). */
function languageWord(lang: string | null | undefined): string {
  return (lang ?? "").trim().split(/\s+/)[0]?.toLowerCase() ?? "";
}

/**
 * The Obsidian feature or community plugin a fenced code block belongs to, when the block is a live
 * view a static site cannot run (`dataview`, `dataviewjs`, `tasks`, `query`, `base`, `ad-*`, …); null
 * for ordinary code. Admonitions (`ad-note`) are plugin blocks too, but `parseAdmonition` turns them
 * into callouts, which the site can draw.
 */
export function pluginBlockOf(lang: string | null): PluginBlock | null {
  const word = languageWord(lang);
  if (/^ad-[\p{L}\p{N}_-]+$/u.test(word)) return ADMONITION;
  return PLUGIN_LANGUAGES.get(word) ?? null;
}

export interface Admonition extends CalloutMarker {
  /** Null when the block sets none (the type's default title); "" for an empty `title:`, which in the Admonition plugin means no title bar. */
  title: string | null;
  /** The Markdown inside the admonition, after its `title:`/`collapse:`/`icon:`/`color:` lines. */
  body: string;
}

const ADMONITION_PARAMETER = /^(title|collapse|icon|color):[ \t]*(.*?)[ \t]*$/i;

/**
 * An Admonition plugin block (```` ```ad-tip ````) read as the callout it stands for: type from the
 * language (`ad-tip` → `tip`), `title:` (`""` when empty: no title bar; null when absent: the default),
 * `collapse: open|closed` → foldable, the rest → body Markdown. Null for other languages.
 */
export function parseAdmonition(lang: string | null, source: string): Admonition | null {
  const word = languageWord(lang);
  if (!/^ad-[\p{L}\p{N}_-]+$/u.test(word)) return null;
  const lines = source.split(/\r?\n/);
  let title: string | null = null;
  let foldable: CalloutMarker["foldable"] = null;
  let first = 0;
  for (; first < lines.length; first++) {
    const parameter = ADMONITION_PARAMETER.exec(lines[first] ?? "");
    if (!parameter) break;
    const [, key = "", value = ""] = parameter;
    if (key.toLowerCase() === "title") title = value.normalize("NFC");
    else if (key.toLowerCase() === "collapse") {
      const mode = value.toLowerCase();
      foldable = mode === "open" ? "open" : mode === "closed" || mode === "" ? "closed" : null;
    }
  }
  return { type: word.slice(3), title, foldable, body: lines.slice(first).join("\n") };
}

// ---------------------------------------------------------------------------------------------------
// Dataview queries simple enough to answer from the site's own index.

export type DataviewSource = { kind: "tag"; tag: string } | { kind: "folder"; folder: string };

export type DataviewValue = string | number | boolean | null | { date: string };

export type DataviewComparison = "=" | "!=" | "<" | "<=" | ">" | ">=";

export type DataviewCondition =
  | { field: string; op: DataviewComparison; value: DataviewValue }
  | { field: string; op: "contains"; value: DataviewValue }
  | { field: string; op: "exists" | "missing" };

export interface SimpleDataviewQuery {
  kind: "list" | "table";
  /** `WITHOUT ID`: no file link column (TABLE) or no link before the value (LIST). */
  withoutId: boolean;
  /** TABLE columns (`file.mtime AS "수정일"`), or the one value a LIST shows after each link. */
  fields: Array<{ field: string; label: string }>;
  /** Null: every note. */
  from: DataviewSource | null;
  /** All must hold. */
  where: DataviewCondition[];
  sort: Array<{ field: string; direction: "asc" | "desc" }>;
  limit: number | null;
}

type Token = { raw: string } & (
  | { kind: "word"; text: string }
  | { kind: "string"; text: string }
  | { kind: "number"; value: number }
  | { kind: "tag"; text: string }
  | { kind: "punct"; text: string }
  | { kind: "other"; text: string }
);

// Dataview identifiers: letters (any script), digits, `_`, `-`, dotted paths (`file.mtime`).
const WORD = String.raw`[\p{L}_][\p{L}\p{N}_-]*(?:\.[\p{L}_][\p{L}\p{N}_-]*)*`;
const TOKEN = new RegExp(
  [
    String.raw`(?<string>"(?:[^"\\]|\\.)*")`,
    String.raw`(?<number>-?\d+(?:\.\d+)?(?![\p{L}_]))`,
    String.raw`(?<tag>#[^\s,()"]+)`,
    `(?<word>${WORD})`,
    String.raw`(?<punct>!=|<=|>=|[=<>!(),])`,
    String.raw`(?<other>\S)`,
  ].join("|"),
  "gu",
);

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  for (const match of source.matchAll(TOKEN)) {
    const g = match.groups ?? {};
    const raw = match[0];
    if (g["string"] !== undefined) tokens.push({ raw, kind: "string", text: raw.slice(1, -1).replace(/\\(.)/gu, "$1") });
    else if (g["number"] !== undefined) tokens.push({ raw, kind: "number", value: Number(raw) });
    else if (g["tag"] !== undefined) tokens.push({ raw, kind: "tag", text: raw });
    else if (g["word"] !== undefined) tokens.push({ raw, kind: "word", text: raw });
    else if (g["punct"] !== undefined) tokens.push({ raw, kind: "punct", text: raw });
    else tokens.push({ raw, kind: "other", text: raw });
  }
  return tokens;
}

class NotSimple extends Error {}

class Cursor {
  private at = 0;
  constructor(private readonly tokens: readonly Token[]) {}
  peek(): Token | undefined {
    return this.tokens[this.at];
  }
  next(): Token {
    const token = this.tokens[this.at++];
    if (!token) throw new NotSimple();
    return token;
  }
  done(): boolean {
    return this.at >= this.tokens.length;
  }
  /** Consumes a keyword (case-insensitive) if it comes next. */
  keyword(...words: string[]): boolean {
    const token = this.peek();
    if (token?.kind !== "word" || !words.includes(token.text.toLowerCase())) return false;
    this.at++;
    return true;
  }
  punct(text: string): boolean {
    const token = this.peek();
    if (token?.kind !== "punct" || token.text !== text) return false;
    this.at++;
    return true;
  }
  atClause(): boolean {
    const token = this.peek();
    return token === undefined || (token.kind === "word" && CLAUSES.has(token.text.toLowerCase()));
  }
}

const CLAUSES = new Set(["from", "where", "sort", "limit", "group", "flatten"]);

function field(cursor: Cursor): string {
  const token = cursor.next();
  if (token.kind !== "word" || CLAUSES.has(token.text.toLowerCase())) throw new NotSimple();
  const after = cursor.peek();
  if (after?.kind === "punct" && after.text === "(") throw new NotSimple(); // a function call
  return token.text;
}

function value(cursor: Cursor): DataviewValue {
  const token = cursor.next();
  if (token.kind === "string") return token.text.normalize("NFC");
  if (token.kind === "number") return token.value;
  if (token.kind === "tag") return token.text.normalize("NFC");
  if (token.kind === "word") {
    const word = token.text.toLowerCase();
    if (word === "true" || word === "false") return word === "true";
    if (word === "null") return null;
    if (word === "date" && cursor.punct("(")) {
      let text = "";
      for (let t = cursor.next(); !(t.kind === "punct" && t.text === ")"); t = cursor.next()) text += t.raw;
      if (!/^(?:today|now|tomorrow|yesterday|sow|eow|som|eom|soy|eoy|\d{4}(?:-\d{1,2}){0,2}(?:T[\d:.]+)?)$/i.test(text)) throw new NotSimple();
      return { date: text };
    }
  }
  throw new NotSimple();
}

function condition(cursor: Cursor): DataviewCondition {
  if (cursor.punct("!")) return { field: field(cursor), op: "missing" };
  if (cursor.keyword("contains")) {
    if (!cursor.punct("(")) throw new NotSimple();
    const name = field(cursor);
    if (!cursor.punct(",")) throw new NotSimple();
    const needle = value(cursor);
    if (!cursor.punct(")")) throw new NotSimple();
    return { field: name, op: "contains", value: needle };
  }
  const name = field(cursor);
  const op = cursor.peek();
  if (op?.kind === "punct" && ["=", "!=", "<", "<=", ">", ">="].includes(op.text)) {
    cursor.next();
    return { field: name, op: op.text as DataviewComparison, value: value(cursor) };
  }
  return { field: name, op: "exists" };
}

function source(cursor: Cursor): DataviewSource {
  const token = cursor.next();
  if (token.kind === "tag") {
    const [tag] = findInlineTags(token.text);
    if (!tag || tag.end !== token.text.length) throw new NotSimple();
    return { kind: "tag", tag: tag.tag };
  }
  if (token.kind === "string") return { kind: "folder", folder: token.text.normalize("NFC").replace(/^\/+|\/+$/g, "") };
  throw new NotSimple();
}

/** Strips `//` comment lines (Dataview allows them) and joins the query into one token stream. */
function queryTokens(text: string): Token[] {
  const lines = text.split(/\r?\n/).filter((line) => !/^\s*\/\//.test(line));
  return tokenize(lines.join("\n"));
}

/**
 * A `dataview` block's query when it is simple enough to answer from the site's own index, else null:
 * `LIST [WITHOUT ID] [field]` or `TABLE [WITHOUT ID] field [AS "이름"], …`, then optionally
 * `FROM #tag` or `FROM "folder"` (one source), `WHERE` comparisons of a field with a literal
 * (`=`, `!=`, `<`, `<=`, `>`, `>=`, `contains(field, literal)`, `field`, `!field`) joined by `AND`,
 * `SORT field [ASC|DESC], …`, `LIMIT n`, in that order. Keywords are case-insensitive, as in Dataview.
 * Anything else (TASK, CALENDAR, GROUP BY, FLATTEN, OR, links or expressions, functions other than
 * `date(…)` and `contains`) is not simple: null.
 */
export function parseSimpleDataviewQuery(text: string): SimpleDataviewQuery | null {
  try {
    return parseQuery(new Cursor(queryTokens(text.normalize("NFC"))));
  } catch (error) {
    if (error instanceof NotSimple) return null;
    throw error;
  }
}

function parseQuery(cursor: Cursor): SimpleDataviewQuery {
  const kind = cursor.keyword("list") ? "list" : cursor.keyword("table") ? "table" : null;
  if (!kind) throw new NotSimple();
  const withoutId = cursor.keyword("without");
  if (withoutId && !cursor.keyword("id")) throw new NotSimple();
  const fields: SimpleDataviewQuery["fields"] = [];
  while (!cursor.atClause()) {
    const name = field(cursor);
    let label = name;
    if (cursor.keyword("as")) {
      const alias = cursor.next();
      if (alias.kind !== "string" && alias.kind !== "word") throw new NotSimple();
      label = alias.text.normalize("NFC");
    }
    fields.push({ field: name, label });
    if (!cursor.punct(",")) break;
  }
  if (kind === "list" && fields.length > 1) throw new NotSimple();

  let from: DataviewSource | null = null;
  if (cursor.keyword("from")) from = source(cursor);

  const where: DataviewCondition[] = [];
  if (cursor.keyword("where")) {
    do where.push(condition(cursor));
    while (cursor.keyword("and"));
  }

  const sort: SimpleDataviewQuery["sort"] = [];
  if (cursor.keyword("sort")) {
    do {
      const name = field(cursor);
      const descending = cursor.keyword("desc", "descending");
      if (!descending) cursor.keyword("asc", "ascending");
      sort.push({ field: name, direction: descending ? "desc" : "asc" });
    } while (cursor.punct(","));
  }

  let limit: number | null = null;
  if (cursor.keyword("limit")) {
    const n = cursor.next();
    if (n.kind !== "number" || !Number.isInteger(n.value) || n.value < 0) throw new NotSimple();
    limit = n.value;
  }
  if (!cursor.done()) throw new NotSimple();
  return { kind, withoutId, fields, from, where, sort, limit };
}
