#!/usr/bin/env node
// Lists every code block of one or more vaults (parsed with Sätteri as the site parses notes) with the
// flow-diagram decision of src/lib/flow: candidate or not, and whether a candidate parses. With
// `--ref <git-ref>` the same blocks are also decided by that revision's src/lib/flow ("before").
// `--labels <json>` holds hand labels (key → "flow" | "art" | "mapping" | …), for the FP/FN table.
// `--plugins` counts the blocks that belong to Obsidian plugins (src/lib/obsidian/plugin-blocks) and
// inline Dataview queries (`= …`, `$= …`).
// Usage (from the repo root):
//   npx node scripts/code-blocks/list.mjs [--ref main] [--labels scripts/code-blocks/labels.json]
//        [--tsv] [--summary] [--unlabelled] [--plugins] <dir> [<dir> …]
//        [--blocks <dir of .txt files, each one code block without a language, e.g. src/lib/flow/fixtures/korean>]
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, basename, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { markdownToMdast } from "satteri";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const [value] = args.splice(at, 2).slice(1);
  return value;
};
const flag = (name) => {
  const at = args.indexOf(name);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
};
const ref = option("--ref");
const labelsFile = option("--labels");
const tsv = flag("--tsv");
const summary = flag("--summary");
const unlabelled = flag("--unlabelled");
const plugins = flag("--plugins");
const blockDirs = [];
for (let dir = option("--blocks"); dir !== undefined; dir = option("--blocks")) blockDirs.push(dir);
const dirs = args;
if (dirs.length === 0 && blockDirs.length === 0) {
  console.error("usage: list.mjs [--ref REF] [--labels FILE] [--tsv] [--summary] [--unlabelled] [--plugins] [--blocks TXTDIR] DIR…");
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), "code-blocks-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true }));

/** Bundles src/lib/flow (of the working tree, or of a git revision) so plain node can import it. */
async function loadFlow(sourceRoot, name, entry = "src/lib/flow/index.ts") {
  const outfile = join(work, `${name}.mjs`);
  await build({
    entryPoints: [join(sourceRoot, entry)],
    bundle: true,
    format: "esm",
    platform: "node",
    outfile,
    logLevel: "warning",
    nodePaths: [join(root, "node_modules")],
  });
  return import(pathToFileURL(outfile).href);
}

const after = await loadFlow(root, "after");
let before;
if (ref) {
  const checkout = join(work, "ref");
  execFileSync("mkdir", ["-p", checkout]);
  const tar = execFileSync("git", ["-C", root, "archive", ref, "src/lib/flow"]);
  execFileSync("tar", ["-x", "-C", checkout], { input: tar });
  before = await loadFlow(checkout, "before");
}
const obsidian = await loadFlow(root, "obsidian", "src/lib/obsidian/plugin-blocks.ts");
const labels = labelsFile ? JSON.parse(readFileSync(labelsFile, "utf8")) : {};

function* markdownFiles(dir, pattern = /\.mdx?$/) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* markdownFiles(path, pattern);
    else if (pattern.test(entry.name)) yield path;
  }
}

function* codeNodes(node, type = "code") {
  if (node.type === type) yield node;
  for (const child of node.children ?? []) yield* codeNodes(child, type);
}

/**
 * What one revision of src/lib/flow makes of a block: not a candidate ("code"), a diagram, a diagram
 * with box-drawing pieces as node labels ("garbled"), or a "diagram not understood" warning.
 */
function decide(flow, lang, text) {
  if (!flow.isFlowBlockCandidate(lang, text)) return "code";
  const result = flow.diagramForBlock(lang, text, "");
  if (!result?.ok) return "warning";
  return /[\u2500-\u257f]/u.test(result.mermaid) ? "garbled" : "diagram";
}

const rows = [];
const vaultsSeen = [];
const inlineQueries = new Map(); // vault → count of inline `= …` / `$= …` Dataview queries
for (const dir of [...dirs, ...blockDirs]) {
  const base = basename(dir.replace(/\/+$/, ""));
  vaultsSeen.push(base);
  for (const file of markdownFiles(dir, blockDirs.includes(dir) ? /\.txt$/ : /\.mdx?$/)) {
    const source = readFileSync(file, "utf8").normalize("NFC");
    // A .txt file (src/lib/flow/fixtures) is one plain code block, as the flow tests read it.
    const tree = file.endsWith(".txt")
      ? { type: "root", children: [{ type: "code", lang: null, value: source.replace(/\n$/, ""), position: { start: { line: 1 } } }] }
      : markdownToMdast(source, { features: { gfm: true, math: true, wikilinks: true } });
    for (const node of codeNodes(tree, "inlineCode")) {
      if (/^\$?= /.test(node.value)) inlineQueries.set(base, (inlineQueries.get(base) ?? 0) + 1);
    }
    for (const node of codeNodes(tree)) {
      const lang = node.lang ?? "";
      const text = node.value;
      const key = createHash("sha1").update(text).digest("hex").slice(0, 12);
      rows.push({
        vault: base,
        file: relative(dir, file),
        line: node.position?.start.line ?? 0,
        lang,
        key,
        text,
        before: lang.toLowerCase() === "mermaid" ? "mermaid" : before ? decide(before, node.lang, text) : undefined,
        after: lang.toLowerCase() === "mermaid" ? "mermaid" : decide(after, node.lang, text),
        plugin: obsidian.pluginBlockOf(node.lang)?.plugin,
        simpleQuery: lang.trim().split(/\s+/)[0]?.toLowerCase() === "dataview" ? obsidian.parseSimpleDataviewQuery(text) !== null : undefined,
        label: labels[key],
      });
    }
  }
}

if (tsv) {
  for (const r of rows) {
    const preview = r.text.split("\n").find((l) => l.trim() !== "")?.slice(0, 60) ?? "";
    console.log([r.vault, r.file, r.line, r.lang, r.key, r.before ?? "", r.after, r.label ?? "", JSON.stringify(preview)].join("\t"));
  }
}

if (unlabelled) {
  // Every block a revision calls a candidate, and every plain block with an arrow or box-drawing
  // character, needs a hand label; these are the ones still missing.
  const pool = rows.filter(isInPool).filter((r) => r.label === undefined);
  const seen = new Set();
  for (const r of pool) {
    if (seen.has(r.key)) continue;
    seen.add(r.key);
    console.log(`=== ${r.key} ${r.vault}/${r.file}:${r.line} lang=${JSON.stringify(r.lang)} before=${r.before ?? "-"} after=${r.after}`);
    console.log(r.text.split("\n").slice(0, 25).join("\n"));
  }
  console.log(`\n${seen.size} unlabelled blocks`);
}

function isInPool(r) {
  if (r.after === "mermaid") return false;
  return (r.before !== undefined && r.before !== "code") || r.after !== "code" || (isPlain(r.lang) && /[→←↑↓⇒⇐⇔↔▶►▼◀◄⬇⬆]|->|<-|=>|[─│┌┐└┘├┤┬┴┼═║╔╗╚╝]|^\s*[|v^]\s*$/mu.test(r.text));
}
function isPlain(lang) {
  return ["", "text", "txt", "plain", "plaintext", "flow"].includes(lang.trim().split(/\s+/)[0]?.toLowerCase() ?? "");
}

if (summary) {
  // Labels: flow (a flow the converter should draw), flow-box (a flow drawn with box-drawing corners or
  // junctions: stays text by design), art (boxes, trees, tables, pictures), mapping (key → value lists),
  // code, other. FP: a candidate that is not a flow. FN: a flow that is not drawn.
  const vaults = [...new Set(rows.map((r) => r.vault)), "all"];
  const revisions = before ? ["before", "after"] : ["after"];
  console.log("| vault | revision | plain blocks | candidates | diagrams | garbled diagrams | warnings | flows (labelled) | FP | FN | FP of which warnings |");
  console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const vault of vaults) {
    const rs = rows.filter((r) => (vault === "all" || r.vault === vault) && r.after !== "mermaid");
    for (const revision of revisions) {
      const decided = (r) => r[revision];
      const candidates = rs.filter((r) => decided(r) !== "code");
      const flows = rs.filter((r) => r.label === "flow");
      const fp = candidates.filter((r) => r.label !== "flow");
      const fn = flows.filter((r) => decided(r) !== "diagram");
      const count = (kind) => rs.filter((r) => decided(r) === kind).length;
      console.log(
        `| ${vault} | ${revision} | ${rs.filter((r) => isPlain(r.lang)).length} | ${candidates.length} | ${count("diagram")} | ${count("garbled")} | ${count("warning")} | ${flows.length} | ${fp.length} | ${fn.length} | ${fp.filter((r) => decided(r) === "warning").length} |`,
      );
    }
  }
  const missing = rows.filter(isInPool).filter((r) => r.label === undefined).length;
  if (missing > 0) console.log(`\n${missing} blocks in the labelling pool have no label (run with --unlabelled)`);
  const byLabel = new Map();
  for (const r of rows.filter((r) => r.label)) byLabel.set(r.label, (byLabel.get(r.label) ?? 0) + 1);
  console.log(`\nlabelled blocks: ${[...byLabel].map(([label, n]) => `${label} ${n}`).join(", ")}`);
}

if (plugins) {
  console.log("| vault | code blocks | plugin blocks | by language | simple Dataview queries | inline Dataview queries |");
  console.log("| --- | ---: | ---: | --- | ---: | ---: |");
  for (const vault of vaultsSeen) {
    const rs = rows.filter((r) => r.vault === vault);
    const byLanguage = new Map();
    for (const r of rs.filter((r) => r.plugin)) byLanguage.set(r.lang, (byLanguage.get(r.lang) ?? 0) + 1);
    const list = [...byLanguage].map(([lang, n]) => `${lang} ${n}`).join(", ") || "—";
    const simple = rs.filter((r) => r.simpleQuery).length;
    console.log(`| ${vault} | ${rs.length} | ${rs.filter((r) => r.plugin).length} | ${list} | ${simple} | ${inlineQueries.get(vault) ?? 0} |`);
  }
}
