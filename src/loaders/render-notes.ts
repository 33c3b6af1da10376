import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";
import type { DiagramResult } from "../lib/diagrams";
import type { NoteWarning, WarningKind } from "../lib/notes/errors";
import type { NoteModel } from "../lib/notes/model";
import type { Quiz } from "../lib/quiz/schema";
import type { PublishedNote, ResolvedSite } from "../lib/resolve/resolve-site";
import type { NoteRenderContext } from "../markdown/context";
import type { NoteRenderer } from "../markdown/note-renderer";
import { tagHref } from "../site/urls";
import { htmlPlainText } from "../lib/html/plain-text";

/** Embeds inside embeds are shown up to this depth; deeper ones become links. */
export const MAX_EMBED_DEPTH = 3;

export interface NoteSourceText {
  body: string;
  absolutePath: string;
  /** Hash of the file and the pipeline (from the read step). */
  digest: string;
}

export interface QuizHtml {
  question: string;
  options: { letter: string; html: string; text: string }[];
  explanations: { letters: string[]; html: string }[];
  general?: string;
}

function linesOf(model: NoteModel, body: string, range: { from: number; to: number } | undefined): { text: string; lineOffset: number } {
  if (range === undefined) return { text: body, lineOffset: model.lineOffset };
  const lines = body.split("\n");
  const from = Math.max(0, range.from - model.lineOffset - 1);
  const to = Math.max(from, range.to - model.lineOffset - 1);
  return { text: lines.slice(from, to).join("\n"), lineOffset: range.from - 1 };
}

/**
 * The render step: each note's Markdown with the decisions of the analyse and resolve steps. Embedded
 * notes (and their sections and blocks) are rendered once each, innermost first, before the notes that
 * show them; a note embedding itself through others is stopped with a warning.
 */
export class NotesRender {
  private readonly fragments = new Map<string, string | null>();
  private readonly inProgress = new Set<string>();
  readonly warnings: NoteWarning[] = [];

  constructor(
    private readonly site: ResolvedSite,
    private readonly sources: ReadonlyMap<string, NoteSourceText>,
    private readonly diagrams: ReadonlyMap<string, DiagramResult>,
    private readonly renderer: NoteRenderer,
  ) {}

  /** The context an MDX note is compiled with (by Astro, from its file: the frontmatter is blanked, not
   * cut, so positions are already file lines). */
  mdxContext(note: PublishedNote): NoteRenderContext {
    return this.context(note, new Map(), { embedded: false, lineOffset: 0, warn: true });
  }

  private context(note: PublishedNote, embeds: ReadonlyMap<string, string>, options: { embedded: boolean; lineOffset: number; warn: boolean }): NoteRenderContext {
    const { model } = note;
    return {
      file: model.path,
      lineOffset: options.lineOffset,
      embedded: options.embedded,
      hidden: new Set([...model.hiddenKeys, ...(model.titleKey === undefined ? [] : [model.titleKey])]),
      headings: new Map(model.headings.map((h) => [h.key, { id: h.id, depth: h.depth }])),
      links: note.links,
      codeBlocks: new Map(model.codeBlocks.map((b) => [b.key, b])),
      diagrams: this.diagrams,
      embeds,
      titleOf: (path) => this.site.byPath.get(path)?.model.title ?? path,
      tagHref,
      warn: (kind: WarningKind, line: number, message: string) => {
        if (options.warn) this.warnings.push({ kind, file: model.path, line, message });
      },
    };
  }

  /** The rendered embeds a piece of a note shows, keyed by the embed's node key. */
  private async embedsFor(note: PublishedNote, range: { from: number; to: number } | undefined, depth: number): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const ref of note.model.references) {
      if (!ref.embed || (range !== undefined && (ref.line < range.from || ref.line >= range.to))) continue;
      const link = note.links[ref.key];
      if (link?.kind !== "embed" || depth >= MAX_EMBED_DEPTH) continue;
      const html = await this.fragment(link.target, link.lines, depth + 1, note.model.path, ref.line);
      if (html !== null) out.set(ref.key, html);
    }
    return out;
  }

  private async fragment(path: string, range: { from: number; to: number } | undefined, depth: number, from: string, line: number): Promise<string | null> {
    const id = `${path}#${range?.from ?? ""}-${range?.to ?? ""}`;
    const done = this.fragments.get(id);
    if (done !== undefined) return done;
    if (this.inProgress.has(id)) {
      this.warnings.push({ kind: "embed", file: from, line, message: `embedding ${path} here would show it inside itself; shown as a link` });
      return null;
    }
    const target = this.site.byPath.get(path);
    const source = this.sources.get(path);
    if (target === undefined || source === undefined) return null;
    this.inProgress.add(id);
    try {
      const embeds = await this.embedsFor(target, range, depth);
      const piece = linesOf(target.model, source.body, range);
      const html = await this.renderer.render(piece.text, this.context(target, embeds, { embedded: true, lineOffset: piece.lineOffset, warn: false }));
      this.fragments.set(id, html);
      return html;
    } finally {
      this.inProgress.delete(id);
    }
  }

  /** What a note's page depends on besides its own file: resolved links and embedded notes. */
  renderDigest(note: PublishedNote, pipeline: string): string {
    const hash = createHash("sha256").update(pipeline).update(this.sources.get(note.model.path)?.digest ?? "").update(JSON.stringify(note.links));
    const seen = new Set<string>();
    const visit = (n: PublishedNote, depth: number): void => {
      for (const link of Object.values(n.links)) {
        if (link.kind !== "embed" || seen.has(link.target) || depth >= MAX_EMBED_DEPTH) continue;
        seen.add(link.target);
        const target = this.site.byPath.get(link.target);
        hash.update(link.target).update(this.sources.get(link.target)?.digest ?? "").update(target?.model.title ?? "");
        if (target !== undefined) {
          hash.update(JSON.stringify(target.links));
          visit(target, depth + 1);
        }
      }
    };
    visit(note, 0);
    // Diagram outcomes are not part of it: the loader computes this before drawing (so it must not
    // depend on the drawings) and marks a note whose diagram failed for another try (":retry").
    return hash.digest("hex").slice(0, 32);
  }

  async render(note: PublishedNote): Promise<{ html: string; quiz: QuizHtml | undefined }> {
    const source = this.sources.get(note.model.path);
    if (source === undefined) throw new Error(`${note.model.path}: no source text`);
    const embeds = await this.embedsFor(note, undefined, 0);
    const context = { ...this.context(note, embeds, { embedded: false, lineOffset: note.model.lineOffset, warn: true }), diagramsByReference: true };
    const html = await this.renderer.render(source.body, context, pathToFileURL(source.absolutePath));
    const quiz = note.model.quiz === undefined ? undefined : await this.renderQuiz(note, note.model.quiz);
    return { html, quiz };
  }

  /** Question, options and explanations through the same Markdown pipeline (inline pieces lose their <p>). */
  private async renderQuiz(note: PublishedNote, quiz: Quiz): Promise<QuizHtml> {
    const byRaw = new Map<string, NonNullable<NoteRenderContext["linksByRaw"]> extends ReadonlyMap<string, infer L> ? L : never>();
    for (const ref of note.model.references) {
      const link = note.links[ref.key];
      if (link !== undefined && !byRaw.has(ref.raw)) byRaw.set(ref.raw, link);
    }
    const context = { ...this.context(note, new Map(), { embedded: true, lineOffset: -1e6, warn: false }), linksByRaw: byRaw };
    const block = (markdown: string) => this.renderer.render(markdown, context);
    const inline = async (markdown: string) => (await block(markdown)).trim().replace(/^<p>([\s\S]*)<\/p>$/, "$1");
    return {
      question: await block(quiz.question),
      options: await Promise.all(
        quiz.options.map(async (o) => {
          const html = await inline(o.text);
          return { letter: o.letter, html, text: htmlPlainText(html) };
        }),
      ),
      explanations: await Promise.all(quiz.explanations.map(async (e) => ({ letters: e.letters, html: await block(e.text) }))),
      ...(quiz.generalExplanation === undefined ? {} : { general: await block(quiz.generalExplanation) }),
    };
  }
}
