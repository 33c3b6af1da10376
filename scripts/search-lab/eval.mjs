#!/usr/bin/env node
// Search lab: builds Pagefind indexes of the seed notes with and without the Korean search forms of
// src/lib/search, queries them in headless Chromium through the real pagefind.js, and prints
// recall@5, precision violations, alias-first ranks and excerpt leaks per variant.
// Usage (from /work/main): npx node scripts/search-lab/eval.mjs [--verbose]
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, extname, basename, dirname, normalize, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import * as pagefind from "pagefind";
import { chromium } from "playwright";
import { CHROMIUM_ARGS, findChromium } from "../../src/lib/diagrams/chromium.ts";
import { marked } from "marked";
import * as yaml from "js-yaml";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const verbose = process.argv.includes("--verbose");
const work = mkdtempSync(join(tmpdir(), "search-lab-"));

// --- the library under test, bundled so plain node can import the TypeScript sources -----------------
const libFile = join(work, "lib.mjs");
await build({
  stdin: {
    contents: `export * from "./index"; export { splitWords, indexedTokens } from "./words";`,
    resolveDir: join(root, "src/lib/search"),
    loader: "ts",
  },
  bundle: true,
  format: "esm",
  platform: "neutral",
  outfile: libFile,
  logLevel: "warning",
});
const lib = await import(pathToFileURL(libFile).href);
const queryBundle = await build({
  entryPoints: [join(root, "src/lib/search/query.ts")],
  bundle: true,
  minify: true,
  format: "esm",
  write: false,
  logLevel: "warning",
});
const queryBundleBytes = queryBundle.outputFiles[0]?.contents.length ?? 0;

// --- notes -------------------------------------------------------------------------------------------
function splitFrontmatter(source) {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u.exec(source);
  if (!match) return { data: {}, body: source };
  let data = {};
  try {
    data = yaml.load(match[1]) ?? {};
  } catch (error) {
    console.warn(`frontmatter: ${error.message}`);
  }
  return { data, body: source.slice(match[0].length) };
}

const decode = (text) =>
  text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const BLOCK = /<\/?(?:p|div|h[1-6]|li|ul|ol|pre|blockquote|table|tr|td|th|hr|br)\b[^>]*>/giu;
const htmlToText = (html) => decode(html.replace(BLOCK, "\n").replace(/<[^>]+>/g, ""));

const notesDir = join(root, "content/notes");
const notes = readdirSync(notesDir)
  .filter((file) => file.endsWith(".md"))
  .sort()
  .map((file) => {
    const source = readFileSync(join(notesDir, file), "utf8").normalize("NFC");
    const { data, body } = splitFrontmatter(source);
    const slug = basename(file, ".md");
    const bodyHtml = marked.parse(body);
    const heading = /^#\s+(.+)$/mu.exec(body)?.[1]?.trim();
    const title = heading ?? (typeof data.title === "string" ? data.title : slug);
    const list = (value) => (Array.isArray(value) ? value.map(String) : typeof value === "string" ? [value] : []);
    return { slug, url: `/notes/${slug}/`, title, bodyHtml, text: htmlToText(bodyHtml), aliases: list(data.aliases), tags: list(data.tags) };
  });

// --- readings ----------------------------------------------------------------------------------------
const glossaryPath = join(root, "src/data/service-glossary.json");
let readings = [];
if (existsSync(glossaryPath)) {
  const { readings: fromGlossary, problems } = lib.readingsFromGlossary(JSON.parse(readFileSync(glossaryPath, "utf8")));
  readings = fromGlossary;
  for (const problem of problems) console.warn(`service-glossary.json: ${problem}`);
} else {
  console.warn("src/data/service-glossary.json not found: measuring without service readings");
}

// --- variants ----------------------------------------------------------------------------------------
// Each variant: how a page is rendered, and how the typed query is turned into a Pagefind query.
const asIs = (q) => q;
const corpusVocabulary = () => notes.map((note) => `${note.title}\n${note.text}`);
const variants = [
  { name: "plain", forms: null, query: asIs },
  { name: "plain+normq", forms: null, query: lib.normalizeKoreanQuery },
  { name: "forms-w1", forms: { weight: 1 }, query: lib.normalizeKoreanQuery },
  { name: "forms-w1-corpusvocab", forms: { weight: 1, vocabulary: true }, query: lib.normalizeKoreanQuery },
  { name: "forms-w0.5", forms: { weight: 0.5 }, query: lib.normalizeKoreanQuery },
  { name: "forms-w2", forms: { weight: 2 }, query: lib.normalizeKoreanQuery },
  { name: "forms-no-tails", forms: { weight: 1, options: { compoundTails: false } }, query: lib.normalizeKoreanQuery },
  { name: "forms-no-readings", forms: { weight: 1, noReadings: true }, query: lib.normalizeKoreanQuery },
];
const MAIN = "forms-w1";

function formsOf(note, spec) {
  const text = `${note.title}\n${note.text}`;
  const meta = `${note.aliases.join(" ")} ${note.tags.join(" ")}`;
  const options = { ...(spec.options ?? {}), ...(spec.vocabulary ? { vocabulary: corpusVocabulary() } : {}) };
  const forms = lib.koreanSearchForms(text, options);
  const readingForms = spec.noReadings ? [] : lib.serviceReadingForms(`${text}\n${meta}`, readings);
  return [...new Set([...forms, ...readingForms])];
}

function pageHtml(note, spec) {
  const aliases = note.aliases.length
    ? `<p class="aliases" data-pagefind-weight="5">${note.aliases.map(escapeHtml).join(" ")}</p>`
    : "";
  const tags = note.tags.length ? `<p class="tags" data-pagefind-weight="3">${note.tags.map(escapeHtml).join(" ")}</p>` : "";
  const forms = spec ? formsOf(note, spec) : [];
  const formsBlock = forms.length
    ? `<div id="${lib.SEARCH_FORMS_ANCHOR_ID}" hidden data-pagefind-weight="${spec.weight}">${forms.map(escapeHtml).join(" ")}</div>`
    : "";
  return `<!doctype html><html lang="ko"><head><title>${escapeHtml(note.title)}</title></head><body>
<main data-pagefind-body><article>${aliases}${tags}${note.bodyHtml}</article>${formsBlock}</main></body></html>`;
}

const siteDir = join(work, "site");
const formCounts = {};
for (const variant of variants) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "ko" });
  if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
  let count = 0;
  for (const note of notes) {
    if (variant.forms) count += formsOf(note, variant.forms).length;
    const added = await index.addHTMLFile({ url: note.url, content: pageHtml(note, variant.forms) });
    if (added.errors.length) console.warn(`${variant.name} ${note.slug}: ${added.errors.join("; ")}`);
  }
  formCounts[variant.name] = count;
  const written = await index.writeFiles({ outputPath: join(siteDir, variant.name, "pagefind") });
  if (written.errors.length) throw new Error(`pagefind write: ${written.errors.join("; ")}`);
  await index.deleteIndex();
}
await pagefind.close();

// --- static server -----------------------------------------------------------------------------------
const types = { ".js": "text/javascript", ".json": "application/json", ".wasm": "application/wasm", ".html": "text/html", ".css": "text/css" };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
  const file = normalize(join(siteDir, path === "/" ? "index.html" : path));
  if (path === "/") {
    response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>lab</title>");
    return;
  }
  if (!file.startsWith(siteDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- queries -----------------------------------------------------------------------------------------
const publicQueries = JSON.parse(readFileSync("/work/shared/bench/queries-public.json", "utf8")).queries.map((q) => ({
  ...q,
  mustNot: q.mustNot ?? [],
  set: "public",
}));
const labQueries = JSON.parse(readFileSync(join(here, "queries-lab.json"), "utf8")).queries.map((q) => ({ ...q, set: "lab" }));
const queries = [...publicQueries, ...labQueries];

const visibleTokens = new Map(
  notes.map((note) => [
    note.slug,
    lib.indexedTokens(lib.splitWords(`${note.title}\n${note.text}\n${note.aliases.join(" ")}\n${note.tags.join(" ")}`)),
  ]),
);
// Pagefind prefixes result URLs with the bundle's base path (/<variant>/), so match on the note part.
const slugOf = (url) => /\/notes\/([^/]+)\/?$/u.exec(url)?.[1] ?? url;

const browser = await chromium.launch({
  ...(findChromium() ? { executablePath: findChromium() } : {}),
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage();
await page.goto(origin);

const rows = [];
const failures = [];
const leaks = [];
const ownLeaks = [];
for (const variant of variants) {
  const stats = { recall: { public: [], lab: [] }, mustNotViolations: 0, aliasFirst: [0, 0], excerpts: 0, leaked: 0, ownLeaked: 0, ownMarked: 0, singleSyllableChanged: 0 };
  for (const query of queries) {
    const sent = variant.query(query.q);
    const results = await page.evaluate(
      async ({ bundle, q }) => {
        const pf = await import(bundle);
        await pf.options({ excerptLength: 30 });
        const search = await pf.search(q);
        const data = await Promise.all(search.results.map((r) => r.data()));
        return data.map((d) => ({ url: d.url, excerpt: d.excerpt, content: d.content, locations: d.locations, anchors: d.anchors }));
      },
      { bundle: `/${variant.name}/pagefind/pagefind.js`, q: sent },
    );
    const ranked = results.map((r) => slugOf(r.url));
    const top5 = ranked.slice(0, 5);
    if (query.expect.length) {
      const found = query.expect.filter((slug) => top5.includes(slug)).length;
      stats.recall[query.set].push(found / query.expect.length);
      if (found < query.expect.length) failures.push({ variant: variant.name, q: query.q, sent, missing: query.expect.filter((s) => !top5.includes(s)), ranked });
    }
    const violating = query.mustNot.filter((slug) => ranked.includes(slug));
    if (violating.length) {
      stats.mustNotViolations++;
      failures.push({ variant: variant.name, q: query.q, sent, unwanted: violating, ranked });
    }
    if (query.kind === "alias" || query.kind === "tag") {
      stats.aliasFirst[1]++;
      if (ranked[0] === query.expect[0]) stats.aliasFirst[0]++;
    }
    if (query.kind === "single-syllable") query[`count:${variant.name}`] = ranked.length;
    for (const result of results) {
      stats.excerpts++;
      const known = visibleTokens.get(slugOf(result.url)) ?? new Set();
      const foreignIn = (html) =>
        [...new Set(lib.splitWords(decode(html.replace(/<[^>]+>/g, ""))).map((w) => w.text).filter((w) => !known.has(w)))];
      const foreign = foreignIn(result.excerpt);
      if (foreign.length) {
        stats.leaked++;
        leaks.push({ variant: variant.name, q: query.q, url: result.url, foreign: foreign.slice(0, 8), excerpt: result.excerpt });
      }
      const own = lib.ownExcerpt(result);
      const ownForeign = foreignIn(own);
      if (ownForeign.length) {
        stats.ownLeaked++;
        if (variant.name === MAIN) ownLeaks.push(`${JSON.stringify(query.q)} ${slugOf(result.url)}: ${ownForeign.join(" ")}`);
      }
      if (own.includes("<mark>")) stats.ownMarked++;
      if (verbose && variant.name === MAIN) console.log(`  own excerpt ${JSON.stringify(query.q)} ${slugOf(result.url)}: ${own.slice(0, 140)}`);
    }
  }
  const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const singles = queries.filter((q) => q.kind === "single-syllable");
  stats.singleSyllableChanged = singles.filter((q) => q[`count:${variant.name}`] !== q["count:plain"]).length;
  rows.push({
    variant: variant.name,
    "recall@5 public": mean(stats.recall.public).toFixed(3),
    "recall@5 lab": mean(stats.recall.lab).toFixed(3),
    "mustNot violations": stats.mustNotViolations,
    "alias/tag first": `${stats.aliasFirst[0]}/${stats.aliasFirst[1]}`,
    "pagefind excerpts leaking forms": `${stats.leaked}/${stats.excerpts}`,
    "ownExcerpt leaking": `${stats.ownLeaked}/${stats.excerpts}`,
    "ownExcerpt with <mark>": `${stats.ownMarked}/${stats.excerpts}`,
    "1-syllable result sets changed": stats.singleSyllableChanged,
    "forms indexed": formCounts[variant.name],
  });
}
await browser.close();
server.close();

console.log(`notes: ${notes.length}, queries: ${publicQueries.length} public + ${labQueries.length} lab, readings: ${readings.length}`);
console.log(`normalizeKoreanQuery bundle (minified, with particle tables): ${queryBundleBytes} bytes`);
console.table(rows);
const show = verbose ? failures : failures.filter((f) => f.variant === "plain" || f.variant === MAIN);
console.log(`\nFailures (plain and ${MAIN}; --verbose for all variants):`);
for (const f of show) {
  const what = f.missing ? `missing ${f.missing.join(", ")}` : `unwanted ${f.unwanted.join(", ")}`;
  console.log(`  [${f.variant}] ${JSON.stringify(f.q)} → ${JSON.stringify(f.sent)}: ${what}; ranked: ${f.ranked.join(", ") || "(none)"}`);
}
const leakShow = verbose ? leaks : leaks.filter((l) => l.variant === MAIN).slice(0, 6);
console.log(`\nPagefind excerpt leaks (${leaks.filter((l) => l.variant === MAIN).length} in ${MAIN}${verbose ? "" : ", first 6"}):`);
for (const l of leakShow) console.log(`  [${l.variant}] ${JSON.stringify(l.q)} ${l.url}: ${l.foreign.join(" ")} | ${l.excerpt.slice(0, 160)}`);
console.log(`\nWords in ownExcerpt (${MAIN}) not found by the lab's tokenizer in the visible text:`);
for (const line of ownLeaks) console.log(`  ${line}`);
rmSync(work, { recursive: true, force: true });
