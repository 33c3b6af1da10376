#!/usr/bin/env node
// Counts Obsidian syntax in vaults with src/lib/obsidian, the way the site will read notes: Sätteri's
// parse gives the code (and math, frontmatter) ranges, stripComments blanks `%%` comments (checking that
// every offset and newline stays where it was), then a second parse gives the text nodes searched for
// inline tags (outside links and code) and the paragraphs and headings searched for block ids.
// Usage (from the repo root): npx node scripts/obsidian-syntax/count.mjs <vault dir> [<vault dir> …]
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { markdownToMdast } from "satteri";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const work = mkdtempSync(join(tmpdir(), "obsidian-syntax-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));
const outfile = join(work, "obsidian.mjs");
await build({ entryPoints: [join(root, "src/lib/obsidian/index.ts")], bundle: true, format: "esm", platform: "node", outfile, logLevel: "warning" });
const obsidian = await import(pathToFileURL(outfile).href);

const FEATURES = { features: { gfm: true, math: true, wikilinks: true } };
const PROTECTED = new Set(["code", "inlineCode", "math", "inlineMath", "yaml", "toml"]);

function* markdownFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* markdownFiles(path);
    else if (entry.name.endsWith(".md")) yield path;
  }
}

function* nodes(node) {
  yield node;
  for (const child of node.children ?? []) yield* nodes(child);
}

/** Text node values outside links and code, in document order. */
function* searchableTexts(node) {
  if (node.type === "link" || PROTECTED.has(node.type)) return;
  if (node.type === "text") yield node.value;
  for (const child of node.children ?? []) yield* searchableTexts(child);
}

console.log("| vault | notes | Excalidraw drawings | notes with comments | comments | unclosed | inline tags | distinct tags | trailing block ids | standalone block ids |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const dir of process.argv.slice(2)) {
  const count = { notes: 0, drawings: 0, commented: 0, comments: 0, unclosed: 0, tags: 0, trailing: 0, standalone: 0 };
  const distinct = new Set();
  for (const file of markdownFiles(dir)) {
    count.notes++;
    const source = readFileSync(file, "utf8").normalize("NFC");
    const code = [...nodes(markdownToMdast(source, FEATURES))]
      .filter((n) => PROTECTED.has(n.type))
      .map((n) => ({ start: n.position.start.offset, end: n.position.end.offset }));
    const { text, comments } = obsidian.stripComments(source, code);
    if (text.length !== source.length) throw new Error(`${file}: stripComments changed the length`);
    for (let i = 0; i < source.length; i++) {
      if ((source[i] === "\n") !== (text[i] === "\n")) throw new Error(`${file}: stripComments moved a newline`);
    }
    count.comments += comments.length;
    count.unclosed += comments.filter((c) => !c.closed).length;
    if (comments.length > 0) count.commented++;
    if (obsidian.isExcalidrawNote(file, {})) {
      count.drawings++;
      continue; // a drawing is not published; its text elements are not prose
    }
    const tree = markdownToMdast(text, FEATURES);
    for (const value of searchableTexts(tree)) {
      for (const tag of obsidian.findInlineTags(value)) {
        count.tags++;
        distinct.add(tag.tag);
      }
    }
    for (const node of nodes(tree)) {
      if (node.type !== "paragraph" && node.type !== "heading") continue;
      const last = node.children?.at(-1);
      if (last?.type !== "text") continue;
      if (node.children.length === 1 && obsidian.standaloneBlockId(last.value)) count.standalone++;
      else if (obsidian.splitBlockId(last.value)) count.trailing++;
    }
  }
  console.log(
    `| ${basename(dir)} | ${count.notes} | ${count.drawings} | ${count.commented} | ${count.comments} | ${count.unclosed} | ${count.tags} | ${distinct.size} | ${count.trailing} | ${count.standalone} |`,
  );
}
