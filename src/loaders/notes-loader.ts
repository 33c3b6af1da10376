import { join, relative } from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import { escapeHtml } from "../lib/html/escape";
import { formatWarning, type NoteWarning } from "../lib/notes/errors";
import type { PublishedNote } from "../lib/resolve/resolve-site";
import { resolveSite } from "../lib/resolve/resolve-site";
import { noteSearchIndex, siteTermTable, type NoteSearchIndex } from "../lib/search/note-forms";
import { termTableFingerprint } from "../lib/search/term-table";
import { cachePath, settings } from "../lib/settings/settings";
import { registerMdxContext } from "../markdown/mdx-contexts";
import { createNoteRenderer } from "../markdown/note-renderer";
import { publishBuildState } from "./build-state";
import { cachedDiagramKeys, diagramsCached, notesShownBy, renderAllDiagrams } from "./diagrams";
import { fileDates } from "./file-dates";
import { imageSizes } from "./image-sizes";
import { pipelineVersion } from "./pipeline-version";
import { readVault } from "./read-vault";
import { NotesRender, type NoteSourceText } from "./render-notes";
import { summariseWarnings } from "./warnings";
import { servicesInText } from "../lib/links/related-reasons";
import { lookupService, serviceGlossary } from "../lib/tags";

/**
 * The `notes` collection: the vault, analysed, resolved and rendered.
 * 1. Analyse: each note file → one NoteModel (parsed once; cached by content hash).
 * 2. Resolve: across all models once: URLs, links and embeds, backlinks, aliases, attachments; the diagram batch.
 * 3. Render: each changed note with Markdown plugins that look the decisions up.
 * Pages read only the entries (`src/site`): nothing re-parses a file.
 */
export function notesLoader(): Loader {
  return {
    name: "kb-notes-loader",
    async load(context: LoaderContext) {
      const config = settings();
      await syncNotes(context);
      context.watcher?.add(config.notesDir);
      const onChange = async (path: string) => {
        if (!path.startsWith(config.notesDir)) return;
        try {
          await syncNotes(context);
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

/**
 * One note the Markdown pipeline cannot render (a plugin throwing on input nobody foresaw) must not
 * take the site down: it is published as its source text, with a warning naming it.
 */
async function renderOrShowSource(render: NotesRender, note: PublishedNote, body: string): Promise<Awaited<ReturnType<NotesRender["render"]>>> {
  try {
    return await render.render(note);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    render.warnings.push({ kind: "syntax", file: note.model.path, line: note.model.lineOffset + 1, message: `could not be rendered (${reason}); published as its source text` });
    return { html: `<pre class="note-source">${escapeHtml(body)}</pre>`, quiz: undefined };
  }
}

/** The services a note is about: its `service/*` tags, then those its text names. */
function noteServices(tags: readonly string[], text: string): string[] {
  const tagged = tags.flatMap((t) => (t.startsWith("service/") ? (lookupService(t)?.key ?? []) : []));
  return [...new Set([...tagged, ...servicesInText(text, serviceGlossary)])];
}

function updatedOf(modified: string | undefined, file: { date: string; source: "git" | "file" } | undefined) {
  if (modified !== undefined) return { updated: modified, updatedSource: "frontmatter" as const };
  return file === undefined ? {} : { updated: file.date, updatedSource: file.source };
}

async function syncNotes(context: LoaderContext): Promise<void> {
  const { store, logger, parseData } = context;
  const config = settings();
  const started = performance.now();
  // Settings that change rendered HTML are part of the version, or a cached page would outlive them.
  const pipeline = `${pipelineVersion(config.root)}${config.allowScripts ? "+scripts" : ""}`;
  const vault = await readVault({ dir: config.notesDir, exclude: config.exclude, cacheDir: cachePath(config, "models"), pipeline });
  const warnings: NoteWarning[] = [...vault.warnings];
  const attachments = vault.scan.attachments.map((a) => a.path);
  const absoluteOf = new Map(vault.scan.attachments.map((a) => [a.path, a.absolutePath]));
  const sizes = await imageSizes(vault.scan.attachments);
  const site = resolveSite({ notes: vault.notes.map((n) => n.model), attachments, base: config.base, imageSize: (path) => sizes.get(path) });
  warnings.push(...site.warnings);

  const sources = new Map<string, NoteSourceText>(vault.notes.map((n) => [n.model.path, { body: n.body, absolutePath: n.absolutePath, digest: n.digest }]));
  const renderer = await createNoteRenderer();
  const pending = new NotesRender(site, sources, new Map(), renderer);
  const cachedDiagrams = await cachedDiagramKeys(cachePath(config, "diagrams"));
  const stale = site.notes.filter(
    (note) =>
      note.model.format === "mdx" ||
      store.get(note.model.path)?.digest !== `${pending.renderDigest(note, pipeline)}:ok` ||
      !diagramsCached(note.model, cachedDiagrams),
  );
  const diagrams = await renderAllDiagrams(
    notesShownBy(stale, site.byPath),
    cachePath(config, "diagrams"),
    (message) => logger.info(message),
  );
  const render = new NotesRender(site, sources, diagrams, renderer);
  const staleSet = new Set(stale);
  // Search forms depend on the site-wide term table: when it changes, every note's forms are recomputed.
  const terms = siteTermTable(site.notes.map((n) => n.model.termPairs));
  const termsKey = termTableFingerprint(terms);
  const sameTerms = context.meta.get("term-table") === termsKey;
  context.meta.set("term-table", termsKey);
  const dates = await fileDates(config.notesDir, vault.notes.map((n) => ({ path: n.model.path, absolutePath: n.absolutePath })), config.gitDates);
  // Each note's own warnings so far (reading, frontmatter, links), for the dev server's page banner.
  const noteWarnings = new Map<string, { kind: string; line?: number; message: string }[]>();
  for (const w of warnings) noteWarnings.set(w.file, [...(noteWarnings.get(w.file) ?? []), { kind: w.kind, ...(w.line === undefined ? {} : { line: w.line }), message: w.message }]);
  const aliasParams = new Map<string, string[]>();
  for (const [param, path] of site.aliasPages) aliasParams.set(path, [...(aliasParams.get(path) ?? []), param]);
  for (const note of site.notes) {
    const { model } = note;
    const source = sources.get(model.path);
    if (source === undefined) continue;
    const { searchText: _searchText, termPairs: _termPairs, ...fields } = model;
    const previous = store.get(model.path);
    const reuse = !staleSet.has(note);
    const entry = {
      ...fields,
      route: note.route,
      param: note.param,
      href: note.href,
      outgoing: note.outgoing,
      backlinks: site.backlinks.get(model.path) ?? [],
      aliasParams: aliasParams.get(model.path) ?? [],
      services: noteServices(model.tags, model.searchText),
      ...updatedOf(model.modified, dates.get(model.path)),
      ...(noteWarnings.has(model.path) ? { warnings: noteWarnings.get(model.path) } : {}),
      ...searchIndexOf(reuse && sameTerms ? previous?.data : undefined, () => noteSearchIndex(model, terms)),
    };
    const filePath = relative(config.root, source.absolutePath).split("\\").join("/");
    const digest = render.renderDigest(note, pipeline);
    if (reuse) {
      const data = await parseData({ id: model.path, data: { ...entry, quizHtml: previous?.data["quizHtml"] } });
      store.set({ id: model.path, data, filePath, digest: `${digest}:ok`, ...(previous?.rendered === undefined ? {} : { rendered: previous.rendered }) });
      continue;
    }
    if (model.format === "mdx") {
      registerMdxContext(source.absolutePath, render.mdxContext(note));
      const data = await parseData({ id: model.path, data: entry, filePath: source.absolutePath });
      store.set({ id: model.path, data, filePath, digest: `${digest}:mdx`, deferredRender: true });
      // Astro lists an MDX note's module only when its entry changes; a build with a fresh .astro
      // folder and a restored store (a CI deploy) would otherwise find no module to render it with.
      store.addModuleImport(filePath);
      continue;
    }
    const before = render.warnings.length;
    const { html, quiz } = await renderOrShowSource(render, note, sources.get(model.path)?.body ?? "");
    const failed = render.warnings.slice(before).some((w) => w.kind === "diagram");
    const data = await parseData({ id: model.path, data: { ...entry, ...(quiz === undefined ? {} : { quizHtml: quiz }) }, filePath: source.absolutePath });
    const stored = `${digest}:${failed ? "retry" : "ok"}`;
    // Astro keeps an entry whose digest is unchanged: a note rendered again only because its
    // pictures had left the cache must still replace what was stored.
    if (store.get(model.path)?.digest === stored) store.delete(model.path);
    store.set({ id: model.path, data, filePath, digest: stored, rendered: { html, metadata: { headings: [], imagePaths: [] } } });
  }
  warnings.push(...render.warnings);
  const ids = new Set(site.notes.map((n) => n.model.path));
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);

  publishBuildState({
    files: new Map([...site.files].map(([path, sitePath]) => [sitePath, absoluteOf.get(path) ?? join(config.notesDir, path)])),
    images: new Map([...site.imageVariants].map(([sitePath, v]) => [sitePath, { source: absoluteOf.get(v.source) ?? join(config.notesDir, v.source), width: v.width }])),
    warnings,
  });
  const summary = summariseWarnings(warnings);
  for (const line of summary.lines) logger.warn(line);
  logger.info(
    `${site.notes.length} notes published (${vault.analysed} analysed, ${stale.length} rendered), ${site.files.size} attachments, ` +
      `${site.skipped.unpublished} unpublished, ${site.skipped.drawings} drawings without an export, ${vault.scan.skipped.hidden} hidden files and folders and ${vault.scan.skipped.excluded} excluded skipped in ${Math.round(performance.now() - started)} ms`,
  );
  if (config.strict && warnings.length > 0) {
    throw new Error(`strict: ${warnings.length} warning(s); the first: ${formatWarning(warnings[0] as NoteWarning)}`);
  }
}

/** The note's search fields: the previous build's when the note and the term table are unchanged. */
function searchIndexOf(
  previous: Record<string, unknown> | undefined,
  compute: () => NoteSearchIndex,
): { searchForms: string; searchTitleForms: string; searchFormSources: string } {
  const [forms, titleForms, formSources] = [previous?.["searchForms"], previous?.["searchTitleForms"], previous?.["searchFormSources"]];
  if (typeof forms === "string" && typeof titleForms === "string" && typeof formSources === "string") {
    return { searchForms: forms, searchTitleForms: titleForms, searchFormSources: formSources };
  }
  const index = compute();
  return { searchForms: index.forms, searchTitleForms: index.titleForms, searchFormSources: index.formSources };
}
