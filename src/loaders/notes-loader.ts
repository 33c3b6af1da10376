import { fileURLToPath, pathToFileURL } from "node:url";
import { relative, resolve } from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import type { NoteRef } from "../lib/links";
import { formatWarning, headingIds, type NormalisedNote, type NoteWarning } from "../lib/notes";
import { extractQuizSection, parseQuiz, type Quiz } from "../lib/quiz";
import { createNoteRenderer } from "../markdown/note-renderer";
import { renderAllDiagrams } from "./diagrams";
import { readNotes } from "./read-notes";
import { searchFormsFor } from "./search-forms";

/** Loads `content/notes` into the `notes` collection: each file is normalised once
 * (quirky frontmatter, titles, tags), rendered once with our Markdown plugins, and
 * stored with its metadata. Pages only read the store; nothing re-parses files. */
export function notesLoader(options: { base: string }): Loader {
  return {
    name: "kb-notes-loader",
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const notesDir = resolve(root, options.base);
      const sync = () => syncNotes(context, root, options.base);
      await sync();
      context.watcher?.add(notesDir);
      const onChange = async (path: string) => {
        if (!resolve(path).startsWith(notesDir) || !/\.mdx?$/i.test(path)) return;
        try {
          await sync();
        } catch (error) {
          context.logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      context.watcher?.on("change", onChange);
      context.watcher?.on("add", onChange);
      context.watcher?.on("unlink", onChange);
    },
  };
}

async function syncNotes(context: LoaderContext, root: string, base: string): Promise<void> {
  const { store, logger, parseData, generateDigest } = context;
  const { files, warnings } = await readNotes(root, base);
  const prepared = files.map((file) => ({
    ...file,
    practice: file.note.format === "md" ? splitPracticeQuestion(file.note, warnings) : { quiz: undefined, body: file.note.body },
  }));
  const refs: NoteRef[] = prepared.map(({ note, practice }) => ({
    slug: note.slug,
    title: note.title,
    tags: note.tags,
    aliases: note.aliases,
    filePath: note.sourcePath,
    headings: headingIds(practice.body),
  }));
  const diagrams = await renderAllDiagrams(
    prepared.filter((p) => p.note.format === "md").map(({ note, practice }) => ({ ...note, body: practice.body })),
    root,
    (message) => logger.info(message),
  );
  const renderer = await createNoteRenderer(context.config, refs, diagrams);
  for (const w of renderer.aliasWarnings) warnings.push({ file: w.files[0], message: w.message });
  const seen = new Set<string>();
  for (const [i, { note, absolutePath, raw, practice }] of prepared.entries()) {
    seen.add(note.slug);
    const { body, bodyStartLine, format, ...meta } = note;
    const headings = refs[i]?.headings ?? [];
    const searchForms = searchFormsFor(note);
    const entryData = { ...meta, headings, searchForms, links: [] as string[], ...(practice.quiz ? { quiz: practice.quiz } : {}) };
    const filePath = relative(root, absolutePath).split("\\").join("/");
    if (format === "mdx") {
      // MDX compiles to a component, so Astro renders it lazily from the file itself.
      const data = await parseData({ id: note.slug, data: entryData, filePath: absolutePath });
      store.set({ id: note.slug, data, body, filePath, digest: generateDigest({ raw, data }), deferredRender: true });
      continue;
    }
    const rendered = await renderer.render({ ...note, body: practice.body }, pathToFileURL(absolutePath));
    warnings.push(...rendered.warnings);
    const data = await parseData({ id: note.slug, data: { ...entryData, links: rendered.links }, filePath: absolutePath });
    // The digest covers what the entry shows, not just the file: a note's page also
    // changes when a note it links to, a diagram or our renderer changes.
    store.set({ id: note.slug, data, body, filePath, digest: generateDigest({ data, html: rendered.content.html }), rendered: rendered.content });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  for (const warning of warnings) logger.warn(formatWarning(warning));
  logger.info(`${files.length} notes loaded`);
}

/** The practice question becomes data for the interactive quiz; when it cannot be
 * understood it stays in the body, rendered as written, and the author is told where. */
function splitPracticeQuestion(note: NormalisedNote, warnings: NoteWarning[]): { quiz: Quiz | undefined; body: string } {
  const found = extractQuizSection(note.body);
  if (found.section === null || found.startLine === null) return { quiz: undefined, body: note.body };
  const parsed = parseQuiz(found.section);
  if (!parsed.ok) {
    const line = note.bodyStartLine + found.startLine + parsed.line - 2;
    warnings.push({ file: note.sourcePath, line, message: `practice question not understood (${parsed.reason}); shown as written` });
    return { quiz: undefined, body: note.body };
  }
  return { quiz: parsed.quiz, body: `${found.before}\n\n${found.after}` };
}
