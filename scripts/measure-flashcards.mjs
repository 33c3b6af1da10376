#!/usr/bin/env node
// Counts the flashcards (src/lib/quiz/flashcards.ts) in folders of notes: per folder, the notes tagged
// #flashcards and their cards by syntax, and, for comparison, what the same syntax rules would find if
// every note were a flashcard note (the lines the #flashcards gate keeps out).
// Usage (from the project root): npx node scripts/measure-flashcards.mjs [notes folder…]
// Default folders: the two practice vaults and content/notes.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const folders = process.argv.slice(2);
if (folders.length === 0) {
  folders.push(
    join(root, "../shared/corpus/vaults/obsidian-help-ko"),
    join(root, "../shared/corpus/vaults/en-notes"),
    join(root, "content/notes"),
  );
}

// The library under test, bundled so plain node can import the TypeScript sources.
const work = mkdtempSync(join(tmpdir(), "measure-flashcards-"));
const libFile = join(work, "lib.mjs");
const bundled = await build({
  stdin: {
    contents: `export * from "./quiz/flashcards"; export { normaliseNote } from "./notes";`,
    resolveDir: join(root, "src/lib"),
    loader: "ts",
  },
  bundle: true,
  format: "esm",
  platform: "node",
  write: false,
  logLevel: "silent",
});
writeFileSync(libFile, bundled.outputFiles[0].contents);
const { flashcardBlocks, flashcardsInBlock, normaliseNote, parseFlashcards } = await import(pathToFileURL(libFile).href);
rmSync(work, { recursive: true, force: true });

function* notesIn(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* notesIn(path);
    else if (/\.mdx?$/i.test(entry.name)) yield path;
  }
}

const SYNTAXES = ["single-line", "single-line-reversed", "multi-line", "multi-line-reversed", "cloze"];
const bySyntax = (cards) => Object.fromEntries(SYNTAXES.map((s) => [s, cards.filter((c) => c.syntax === s).length]));

console.log("| folder | notes | #flashcards notes | cards | " + SYNTAXES.join(" | ") + " | if every note were tagged: cards | " + SYNTAXES.join(" | ") + " | notes with such lines |");
console.log("|" + " --- |".repeat(5 + SYNTAXES.length * 2 + 2));
for (const folder of folders) {
  let notes = 0;
  let tagged = 0;
  let unreadable = 0;
  const gated = [];
  const ungated = [];
  let notesWithUngated = 0;
  const examples = [];
  for (const path of notesIn(folder)) {
    notes++;
    const raw = readFileSync(path, "utf8");
    let note;
    try {
      note = normaliseNote({ path: relative(folder, path), raw }).note;
    } catch {
      unreadable++; // broken YAML: the site refuses it too; read the text without frontmatter tags
      note = { body: raw, tags: [] };
    }
    const cards = parseFlashcards(note);
    if (cards.length > 0 || note.tags.some((t) => /^flashcards(\/|$)/i.test(t))) tagged++;
    gated.push(...cards);
    const all = flashcardBlocks(note.body).flatMap(flashcardsInBlock);
    ungated.push(...all);
    if (all.length > 0) notesWithUngated++;
    for (const c of all.slice(0, 1)) if (examples.length < 3) examples.push(`${relative(folder, path)}:${c.line} ${c.syntax}: ${JSON.stringify(c.back.slice(0, 60))}`);
  }
  const g = bySyntax(gated);
  const u = bySyntax(ungated);
  const name = relative(root, folder) || folder;
  console.log(
    `| ${name} | ${notes}${unreadable ? ` (${unreadable} with broken YAML)` : ""} | ${tagged} | ${gated.length} | ${SYNTAXES.map((s) => g[s]).join(" | ")} | ${ungated.length} | ${SYNTAXES.map((s) => u[s]).join(" | ")} | ${notesWithUngated} |`,
  );
  for (const e of examples) console.error(`  e.g. ${e}`);
}
