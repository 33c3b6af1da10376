import { fileURLToPath, pathToFileURL } from "node:url";
import { relative, resolve } from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import type { NoteRef } from "../lib/links";
import { formatWarning, headingIds, type NormalisedNote, type NoteWarning } from "../lib/notes";
import { extractQuizSection, parseQuiz, type Quiz } from "../lib/quiz";
import { createNoteRenderer } from "../markdown/note-renderer";
import { renderAllDiagrams } from "./diagrams";
import { pipelineVersion } from "./pipeline-version";
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
  const { store, meta, logger, parseData, generateDigest } = context;
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
  // A note's entry depends on its file, on our code and on what the other notes are
  // called (wikilinks): unchanged inputs mean the stored entry is still right.
  const version = generateDigest({ pipeline: pipelineVersion(root), refs: JSON.stringify(refs) });
  const changed = prepared
    .map((item, i) => ({ ...item, ref: refs[i] as NoteRef, inputDigest: generateDigest({ raw: item.raw, version, path: item.absolutePath }) }))
    .filter((item) => {
      const previous = store.get(item.note.slug);
      const reusable = previous?.digest === item.inputDigest && (previous.rendered !== undefined || previous.deferredRender === true);
      if (reusable) warnings.push(...(JSON.parse(meta.get(`warnings:${item.note.slug}`) ?? "[]") as NoteWarning[]));
      return !reusable;
    });
  const diagrams = await renderAllDiagrams(
    changed.filter((p) => p.note.format === "md").map(({ practice }) => practice.body),
    root,
    (message) => logger.info(message),
  );
  const renderer = await createNoteRenderer(context.config, refs, diagrams);
  for (const w of renderer.aliasWarnings) warnings.push({ file: w.files[0], message: w.message });
  for (const { note, absolutePath, practice, ref, inputDigest } of changed) {
    const { body, bodyStartLine, format, ...fields } = note;
    const entryData = { ...fields, headings: ref.headings, searchForms: searchFormsFor(note), links: [] as string[], ...(practice.quiz ? { quiz: practice.quiz } : {}) };
    const filePath = relative(root, absolutePath).split("\\").join("/");
    if (format === "mdx") {
      // MDX compiles to a component, so Astro renders it lazily from the file itself.
      const data = await parseData({ id: note.slug, data: entryData, filePath: absolutePath });
      store.set({ id: note.slug, data, filePath, digest: inputDigest, deferredRender: true });
      continue;
    }
    const rendered = await renderer.render({ ...note, body: practice.body }, pathToFileURL(absolutePath));
    warnings.push(...rendered.warnings);
    meta.set(`warnings:${note.slug}`, JSON.stringify(rendered.warnings));
    const data = await parseData({ id: note.slug, data: { ...entryData, links: rendered.links }, filePath: absolutePath });
    // No `body`: pages never need the Markdown again, and the store is bundled into the build.
    store.set({ id: note.slug, data, filePath, digest: inputDigest, rendered: rendered.content });
  }
  const seen = new Set(refs.map((r) => r.slug));
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  for (const warning of warnings) logger.warn(formatWarning(warning));
  logger.info(`${files.length} notes loaded, ${changed.length} rendered, ${files.length - changed.length} unchanged`);
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
