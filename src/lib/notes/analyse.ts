import type { Code, Root, RootContent } from "mdast";
import { markdownToMdast, mdxToMdast } from "satteri";
import { NOTE_FEATURES } from "../markdown/features";
import { nodeKey, nodeLine, plainText, walk, type Nodes } from "../markdown/tree";
import { visibleText } from "../markdown/visible-text";
import { findInlineTags, isExcalidrawNote, stripComments, type SourceRange } from "../obsidian";
import { sourceLines } from "../markdown/source-lines";
import { isFlashcardNote, parseFlashcards } from "../quiz/flashcards";
import { mineTermPairs } from "../search/term-pairs";
import { findBlockIds } from "./block-ids";
import { codeRole } from "./code-role";
import { findQuizSection, parseQuiz } from "../quiz";
import type { Quiz } from "../quiz/schema";
import { canonicalTags, normalizeTag, type TagSynonyms } from "../tags";
import { parseMarkdownLink, parseWikilink, type WrittenReference } from "../links/reference";
import { WarningSink, type NoteWarning } from "./errors";
import { FieldReader } from "./fields";
import { parseFrontmatter, splitFrontmatter } from "./frontmatter";
import { HeadingIds, Outline } from "./headings";
import type { NoteCodeBlock, NoteHeading, NoteModel, NoteReference } from "./model";
import { readingMinutes } from "./reading-time";
import { noteSummary } from "./summary";
import { findTrailingTagBlock } from "./tag-block";

export interface NoteSource {
  /** Vault-relative path, NFC, `/`-separated. */
  path: string;
  /** Decoded text: NFC, `\n` line ends, no BOM (see vault/decode). */
  text: string;
}

export interface AnalyseOptions {
  synonyms: TagSynonyms;
  /** Accessible name of a ```mermaid block. */
  mermaidDescription: string;
  /** The id the practice question's own heading takes (reserved so no other heading gets it). */
  quizHeadingText: string;
}

export interface AnalysedNote {
  model: NoteModel;
  /** The text the render step parses (body without frontmatter; `lineOffset` maps its lines to the file). */
  body: string;
  warnings: NoteWarning[];
}

/**
 * A note body parsed the one way every step reads it. Obsidian comments (`%%…%%`) never leave the build:
 * they are blanked (lines and columns kept) before the parse everything else reads; finding them needs
 * a first parse (they do not start inside code), so only bodies with `%%` are parsed twice.
 */
export function parseBody(text: string, format: "md" | "mdx" = "md"): { body: string; root: Root; unclosedComments: number[] } {
  const parse = (t: string) => (format === "mdx" ? mdxToMdast(t, { features: NOTE_FEATURES }) : markdownToMdast(t, { features: NOTE_FEATURES })) as Root;
  const root = parse(text);
  if (!text.includes("%%")) return { body: text, root, unclosedComments: [] };
  const stripped = stripComments(text, codeRanges(root));
  if (stripped.comments.length === 0) return { body: text, root, unclosedComments: [] };
  return { body: stripped.text, root: parse(stripped.text), unclosedComments: stripped.comments.filter((c) => !c.closed).map((c) => c.line) };
}

/** Where code sits (blocks, spans, frontmatter): comments never start there. */
function codeRanges(root: Root): SourceRange[] {
  const ranges: SourceRange[] = [];
  walk(root, (n) => {
    if ((n.type === "code" || n.type === "inlineCode" || n.type === "yaml" || n.type === "math" || n.type === "inlineMath") && n.position?.start.offset !== undefined && n.position.end.offset !== undefined) {
      ranges.push({ start: n.position.start.offset, end: n.position.end.offset });
    }
  });
  return ranges;
}

function fileStem(path: string): string {
  const name = path.split("/").pop() ?? path;
  return name.replace(/\.(md|mdx|markdown)$/i, "");
}

/** One note file → one NoteModel: parse once, collect everything in one walk. */
export function analyseNote(source: NoteSource, options: AnalyseOptions): AnalysedNote {
  const path = source.path;
  const format = /\.mdx$/i.test(path) ? "mdx" : "md";
  const sink = new WarningSink(path);
  const split = splitFrontmatter(source.text);
  const frontmatter = split.yaml === null ? {} : parseFrontmatter(split.yaml, split.yamlStartLine, sink);
  const fields = new FieldReader(frontmatter, split.yaml, split.yamlStartLine, sink);
  const lineOffset = split.bodyStartLine - 1;
  const parsed = parseBody(split.body, format);
  const { body, root } = parsed;
  for (const c of parsed.unclosedComments) sink.add("syntax", c + lineOffset, "comment `%%` is never closed; the rest of the note is hidden, as in Obsidian");
  const lines = body.split("\n");
  const key = (node: { position?: Nodes["position"] }) => nodeKey(node, lineOffset);
  const line = (node: { position?: Nodes["position"] }) => nodeLine(node, lineOffset);
  const sourceOf = (node: { position?: Nodes["position"] }): string =>
    node.position?.start.offset === undefined || node.position.end.offset === undefined ? "" : body.slice(node.position.start.offset, node.position.end.offset);

  // Blocks the page does not show as prose: the practice question (shown as a quiz) and a pasted tag block.
  const hidden = new Set<RootContent>();
  const tagBlock = findTrailingTagBlock(lines);
  if (tagBlock !== null) for (const node of root.children) if ((node.position?.start.line ?? 0) > tagBlock.start) hidden.add(node);
  let quiz: Quiz | undefined;
  const section = findQuizSection(root, lines);
  if (section !== null) {
    const parsed = parseQuiz(section.lines);
    if (parsed.ok) {
      quiz = parsed.quiz;
      for (const node of root.children.slice(section.headingIndex, section.endIndex)) hidden.add(node);
    } else {
      sink.add("quiz", section.startLine + parsed.line - 1 + lineOffset, `practice question not understood (${parsed.reason}); shown as written`);
    }
  }
  const visible = root.children.filter((n) => !hidden.has(n));

  // Title: the first `#` heading; other `#` headings then move one level down so the page keeps one <h1>.
  let titleNode: Nodes | undefined;
  let demote = false;
  titleNode = visible.find((n) => n.type === "heading" && n.depth === 1 && plainText(n) !== "");
  for (const node of visible) {
    walk(node, (n) => {
      if (n.type === "heading" && n.depth === 1 && n !== titleNode) demote = true;
    });
  }
  const ids = new HeadingIds();
  const outline = new Outline();
  if (quiz !== undefined) ids.reserve(options.quizHeadingText);
  const headings: NoteHeading[] = [];
  const references: NoteReference[] = [];
  const codeBlocks: NoteCodeBlock[] = [];
  const searchParts: string[] = [];
  let hasMath = false;

  const addReference = (node: Nodes, written: WrittenReference | null): void => {
    if (written === null) return;
    const { target, fragment, label, width, height, kind, embed } = written;
    references.push({
      key: key(node),
      kind,
      embed,
      raw: sourceOf(node),
      target,
      ...(fragment === undefined ? {} : { fragment }),
      ...(label === undefined ? {} : { label }),
      ...(width === undefined ? {} : { width }),
      ...(height === undefined ? {} : { height }),
      line: line(node),
    });
  };

  const codeBlock = (node: Code): void => {
    const base = { key: key(node), line: line(node) };
    const { warning, ...role } = codeRole(node, body, base.line, options.mermaidDescription);
    if (warning !== undefined) sink.add(warning.kind, warning.line, warning.message);
    codeBlocks.push({ ...base, ...role });
  };
  const textOf = (node: Nodes): string => visibleText(node, body);
  const inlineTags: string[] = [];

  const lastLine = lines.length + lineOffset + 1;
  const endOfNode = (n: RootContent): number => (n.position?.end.line ?? 0) + lineOffset + 1;
  /** A top-level heading's section ends at the next top-level heading of the same or a higher level. */
  const sectionEnd = (index: number, depth: number): number => {
    for (const next of visible.slice(index + 1)) if (next.type === "heading" && next.depth <= depth) return line(next);
    return lastLine;
  };
  const referencesIn = (n: Nodes): boolean | void => {
    if (n.type === "link") {
      const raw = sourceOf(n);
      addReference(n, raw.startsWith("[[") ? parseWikilink(raw) : parseMarkdownLink(n.url, plainText(n), false));
    } else if (n.type === "image") {
      const raw = sourceOf(n);
      addReference(n, raw.startsWith("![[") ? parseWikilink(raw) : parseMarkdownLink(n.url, n.alt ?? "", true));
    }
  };
  visible.forEach((top, index) => {
    walk(top, (n) => {
      switch (n.type) {
        case "heading": {
          if (n === titleNode) return false;
          const text = textOf(n);
          const depth = outline.next(Math.min(6, n.depth + (demote ? 1 : 0)));
          const endLine = n === top ? sectionEnd(index, n.depth) : endOfNode(top);
          headings.push({ key: key(n), depth, id: ids.next(text), text, line: line(n), endLine });
          return;
        }
        case "link":
        case "image":
          return referencesIn(n);
        case "code":
          codeBlock(n);
          return;
        case "math":
        case "inlineMath":
          hasMath = true;
          return;
        case "text": {
          const start = n.position?.start.offset ?? 0;
          const before = start === 0 ? "" : body.charAt(start - 1);
          for (const tag of findInlineTags(n.value, { startsAfterWhitespace: before === "" || /\s/.test(before) })) inlineTags.push(tag.tag);
          return;
        }
        default:
          return;
      }
    });
    searchParts.push(top.type === "code" ? top.value : textOf(top));
  });
  if (quiz !== undefined && section !== null) {
    // The practice question is shown as a quiz, but its links are links all the same.
    for (const node of root.children.slice(section.headingIndex + 1, section.endIndex)) walk(node, referencesIn);
    searchParts.push(quiz.question, ...quiz.options.map((o) => o.text), ...quiz.explanations.map((e) => e.text), quiz.generalExplanation ?? "");
  }

  const rawTags = [...new Set([...fields.strings(true, "tags", "tag"), ...(tagBlock?.tags ?? []), ...inlineTags].map((t) => normalizeTag(t)).filter((t) => t !== ""))];
  const title = (titleNode === undefined ? "" : textOf(titleNode)) || fields.string("title") || fileStem(path);
  const flashcards = isFlashcardNote(rawTags)
    ? parseFlashcards({ lines: sourceLines(body, root, { titleLine: titleNode?.position?.start.line }), tags: rawTags }).map((c) => ({ ...c, line: c.line + lineOffset }))
    : [];
  const blockIds = findBlockIds(visible).map(({ id, block }) => ({ key: key(block), id, line: line(block), endLine: (block.position?.end.line ?? 0) + lineOffset + 1 }));
  const created = fields.date("created", "date created", "date", "created_at", "createdat");
  const modified = fields.date("modified", "updated", "date modified", "last modified", "lastmod", "updated_at", "updatedat") ?? created;
  const permalink = fields.string("permalink");
  const slug = fields.string("slug");
  const unpublished = fields.flag("publish") === false || fields.flag("draft") === true;
  const description = fields.string("description", "summary", "excerpt");
  // The resolve step reports alias and URL clashes: it needs the line each key is on.
  const keyLines: Record<string, number> = {};
  for (const [name, keys] of [["aliases", ["aliases", "alias"]], ["permalink", ["permalink"]], ["slug", ["slug"]]] as const) {
    const at = keys.map((k) => fields.line(k)).find((l) => l !== undefined);
    if (at !== undefined) keyLines[name] = at;
  }

  const searchText = [title, ...searchParts].filter((s) => s !== "").join("\n");
  const model: NoteModel = {
    path,
    format,
    title,
    aliases: [...new Set(fields.strings(false, "aliases", "alias"))],
    rawTags,
    tags: canonicalTags(rawTags, options.synonyms),
    ...(created === undefined ? {} : { created }),
    ...(modified === undefined ? {} : { modified }),
    ...(permalink === undefined ? {} : { permalink }),
    ...(slug === undefined ? {} : { slug }),
    ...(Object.keys(keyLines).length === 0 ? {} : { keyLines }),
    unpublished,
    summary: noteSummary(visible.filter((n) => n !== titleNode), sourceOf, textOf, description),
    lineOffset,
    headings,
    ...(titleNode === undefined ? {} : { titleKey: key(titleNode) }),
    hiddenKeys: [...hidden].map((n) => key(n)),
    references,
    blockIds,
    codeBlocks,
    ...(quiz === undefined ? {} : { quiz }),
    flashcards,
    searchText,
    termPairs: mineTermPairs(searchText),
    hasMath,
    readingMinutes: readingMinutes(searchText),
    excalidraw: isExcalidrawNote(path, frontmatter),
  };
  return { model, body, warnings: sink.list };
}
