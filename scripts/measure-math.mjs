// Measures Temml (MathML) against KaTeX (HTML + CSS + fonts) on every formula of the
// practice vaults, as a note page would carry them: output bytes, render failures, and
// what the page must also download (stylesheet, fonts — fonts counted by loading each
// page in Chromium and recording the font requests).
//
//   npx node scripts/measure-math.mjs [vault-dir …]      (default: ../shared/corpus/vaults/*)
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { chromium } from "@playwright/test";
import katex from "katex";
import temml from "temml";
import { markdownToMdast } from "satteri";
import { isObsidianInlineMath, inlineMathForm } from "../src/lib/math/inline-rule.ts";

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, "..");
const vaults = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["../shared/corpus/vaults/obsidian-help-ko", "../shared/corpus/vaults/en-notes"].map((d) => resolve(root, d));

function* markdownFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* markdownFiles(path);
    else if (name.endsWith(".md") && !name.endsWith(".excalidraw.md")) yield path;
  }
}

function* walk(node) {
  yield node;
  if (node.children) for (const child of node.children) yield* walk(child);
}

/** Every formula Sätteri finds, with whether Obsidian's inline rule keeps it. */
function formulasOf(source) {
  const tree = markdownToMdast(source, { features: { gfm: true, math: true, wikilinks: true } });
  const formulas = [];
  for (const node of walk(tree)) {
    if (node.type === "math") formulas.push({ tex: node.value, display: true, obsidian: node.value.trim() !== "" });
    if (node.type === "inlineMath") {
      const { start, end } = node.position;
      const slice = source.slice(start.offset, end.offset);
      formulas.push({
        tex: node.value,
        display: inlineMathForm(slice) === "display",
        obsidian: isObsidianInlineMath(node, slice, source.charAt(end.offset)),
      });
    }
  }
  return formulas;
}

const engines = {
  temml: (tex, display) => temml.renderToString(tex, { displayMode: display, throwOnError: true }),
  "katex (html+mathml)": (tex, display) => katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: false }),
  "katex (html only)": (tex, display) => katex.renderToString(tex, { displayMode: display, throwOnError: true, strict: false, output: "html" }),
};

const pages = [];
for (const vault of vaults) {
  for (const file of markdownFiles(vault)) {
    const source = readFileSync(file, "utf8");
    if (!source.includes("$")) continue;
    const formulas = formulasOf(source).filter((f) => f.obsidian);
    if (formulas.length > 0) pages.push({ file: relative(root, file), formulas, candidates: formulasOf(source).length });
  }
}

const results = {};
for (const [engine, render] of Object.entries(engines)) {
  const failures = [];
  let bytes = 0;
  let milliseconds = 0;
  const pageHtml = [];
  for (const page of pages) {
    let html = "";
    for (const { tex, display } of page.formulas) {
      const started = performance.now();
      try {
        html += render(tex, display) + "\n";
      } catch (error) {
        failures.push({ file: page.file, tex, message: String(error.message ?? error).split("\n")[0] });
        html += `<code>${tex.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</code>\n`;
      }
      milliseconds += performance.now() - started;
    }
    bytes += Buffer.byteLength(html);
    pageHtml.push(html);
  }
  const gzipped = pageHtml.map((html) => gzipSync(html).length);
  results[engine] = { failures, bytes, gzipBytes: gzipped.reduce((a, b) => a + b, 0), maxPageBytes: Math.max(...pageHtml.map((h) => Buffer.byteLength(h))), milliseconds, pageHtml };
}

// What each page must download besides its HTML: load it in Chromium and list requests.
const katexDir = join(require.resolve("katex/package.json"), "..", "dist");
const temmlDir = join(require.resolve("temml/package.json"), "..", "dist");
const stylesheets = {
  temml: { href: pathToFileURL(join(temmlDir, "Temml-Local.css")).href, bytes: statSync(join(temmlDir, "Temml-Local.css")).size },
  "katex (html+mathml)": { href: pathToFileURL(join(katexDir, "katex.min.css")).href, bytes: statSync(join(katexDir, "katex.min.css")).size },
  "katex (html only)": { href: pathToFileURL(join(katexDir, "katex.min.css")).href, bytes: statSync(join(katexDir, "katex.min.css")).size },
};
const work = mkdtempSync(join(tmpdir(), "measure-math-"));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
try {
  for (const [engine, result] of Object.entries(results)) {
    const perPage = [];
    for (const [index, html] of result.pageHtml.entries()) {
      const file = join(work, `${engine.replace(/\W+/g, "-")}-${index}.html`);
      writeFileSync(file, `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="${stylesheets[engine].href}"><body>${html}</body>`);
      const page = await browser.newPage();
      const fonts = new Set();
      page.on("request", (request) => {
        if (/\.(woff2?|ttf)$/.test(request.url())) fonts.add(decodeURIComponent(new URL(request.url()).pathname));
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      await page.close();
      perPage.push([...fonts].reduce((sum, path) => sum + statSync(path).size, 0));
    }
    result.fontBytesPerPage = perPage;
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const formulaCount = pages.reduce((n, p) => n + p.formulas.length, 0);
const candidateCount = pages.reduce((n, p) => n + p.candidates, 0);
console.log(`vaults: ${vaults.map((v) => relative(root, v)).join(", ")}`);
console.log(`pages with math: ${pages.length}; formulas kept by Obsidian's rule: ${formulaCount} of ${candidateCount} Sätteri math nodes on those pages (${pages.reduce((n, p) => n + p.formulas.filter((f) => f.display).length, 0)} display)`);
console.log("");
console.log("| engine | failures | HTML bytes (all pages) | gzip | largest page | render ms | stylesheet bytes | font bytes per page (median / max) |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [engine, r] of Object.entries(results)) {
  console.log(
    `| ${engine} | ${r.failures.length} | ${r.bytes.toLocaleString("en")} | ${r.gzipBytes.toLocaleString("en")} | ${r.maxPageBytes.toLocaleString("en")} | ${r.milliseconds.toFixed(0)} | ${stylesheets[engine].bytes.toLocaleString("en")} | ${median(r.fontBytesPerPage).toLocaleString("en")} / ${Math.max(...r.fontBytesPerPage).toLocaleString("en")} |`,
  );
}
for (const [engine, r] of Object.entries(results)) {
  if (r.failures.length === 0) continue;
  console.log(`\n${engine} failures:`);
  for (const f of r.failures) console.log(`- ${f.file}: \`${f.tex.replace(/\n/g, " ")}\` — ${f.message}`);
}
