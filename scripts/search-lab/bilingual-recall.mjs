#!/usr/bin/env node
// Bilingual recall lab (pure, no browser): for glossary terms that occur in the practice vaults, does a
// query in the other script (버킷 for a note writing "bucket", monitoring for one writing 모니터링을) match
// the note through its index-time forms? A query matches a note the way Pagefind matches it: every
// query word (after normalizeKoreanQuery) is a prefix of some word the note is indexed under (its own
// words + koreanSearchForms + serviceReadingForms + bilingualForms).
//
// Three measurements:
//   in-glossary  the whole glossary plus mined pairs: does the machinery find the terms it knows, on real text?
//   held-out     5 folds; each fold's glossary entries are removed and only the other folds + pairs mined
//                from the vaults are used, then the fold's entries are queried: recall on words the table
//                was not given (what the mining and variant handling contribute on unseen words).
//   false hits   queries for glossary terms a note does not contain in either script that nevertheless
//                match only because of the bilingual forms (precision proxy), per 1,000 checks.
// Usage (from the repository root): npx node scripts/search-lab/bilingual-recall.mjs [--verbose] [--vault=DIR ...]
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const verbose = process.argv.includes("--verbose");
const vaultArgs = process.argv.filter((arg) => arg.startsWith("--vault=")).map((arg) => arg.slice("--vault=".length));
const work = mkdtempSync(join(tmpdir(), "bilingual-lab-"));

// --- the library under test, bundled so plain node can import the TypeScript sources -----------------
const libFile = join(work, "lib.mjs");
await build({
  stdin: {
    contents: [
      `export * from "./index";`,
      `export { splitWords, indexedTokens } from "./words";`,
      `export { bilingualForms } from "./bilingual-forms";`,
      `export { mineTermPairs } from "./term-pairs";`,
      `export { buildTermTable, reviewMinedPairs } from "./site-terms";`,
      `export { itGlossary } from "./term-glossary";`,
      `export { koreanTermKey, englishTermKey } from "./term-table";`,
      `export { stripKoreanParticles, isParticleTail } from "./particles";`,
      `export { serviceGlossary } from "../tags";`,
    ].join("\n"),
    resolveDir: join(root, "src/lib/search"),
    loader: "ts",
  },
  bundle: true,
  format: "esm",
  platform: "node",
  outfile: libFile,
  logLevel: "warning",
});
const lib = await import(pathToFileURL(libFile).href);
rmSync(work, { recursive: true, force: true });

// --- notes ---------------------------------------------------------------------------------------------
const defaultVaults = [
  join(root, "content/notes"),
  join(root, "../shared/corpus/vaults/obsidian-help-ko"),
  join(root, "../shared/corpus/vaults/en-notes"),
];
const vaults = (vaultArgs.length > 0 ? vaultArgs : defaultVaults).filter((dir) => {
  try {
    return statSync(dir).isDirectory();
  } catch {
    console.warn(`skipping missing vault ${dir}`);
    return false;
  }
});
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith(".")) return [];
    return statSync(path).isDirectory() ? walk(path) : /\.mdx?$/u.test(name) ? [path] : [];
  });
const stripFrontmatter = (source) => source.replace(/^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/u, "");
const notes = vaults.flatMap((dir) =>
  walk(dir).map((path) => {
    const source = readFileSync(path, "utf8").normalize("NFC");
    const title = basename(path).replace(/\.mdx?$/u, "");
    return { vault: basename(dir), path, text: `${title}\n${stripFrontmatter(source)}` };
  }),
);

// --- what a note is indexed under ------------------------------------------------------------------------
const { readings } = lib.readingsFromGlossary(lib.serviceGlossary);
for (const note of notes) {
  const words = lib.splitWords(note.text);
  note.tokens = lib.indexedTokens(words);
  note.baseForms = [...lib.koreanSearchForms(note.text), ...lib.serviceReadingForms(note.text, readings)];
  note.raw = words.map((word) => word.text);
  note.stems = words.map((word) => lib.stripKoreanParticles(word.text));
  note.mined = lib.mineTermPairs(note.text);
}
const minedPairs = notes.map((note) => note.mined);

/** Sorted words for prefix search. */
const sortedWords = (set) => [...set].sort();
function hasPrefix(sorted, prefix) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < prefix) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length && sorted[low].startsWith(prefix);
}
// Pagefind drops punctuation from a query (plug-in → plugin) and lower-cases it.
const queryWords = (query) =>
  lib
    .normalizeKoreanQuery(query)
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, "")
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => word.length > 0);
const matches = (sorted, query) => queryWords(query).every((word) => hasPrefix(sorted, word));

// --- where a glossary term occurs, decided without the code under test ------------------------------------
// English: runs of up to four words within a phrase (punctuation ends a phrase; hyphens are spaces).
// Korean: a word whose particles stripped is the spelling, or a run of words whose last one may carry particles.
const MAX_RUN = 4;
function englishRuns(text) {
  const runs = new Set();
  for (const phrase of text.toLowerCase().split(/[\n.,;:!?()[\]{}"“”|<>*`#=/\\_]+/u)) {
    const words = phrase.match(/[a-z0-9]+(?:['’][a-z]+)?/gu) ?? [];
    for (let start = 0; start < words.length; start++) {
      for (let length = 1; length <= MAX_RUN && start + length <= words.length; length++) {
        runs.add(words.slice(start, start + length).join(" ").replace(/['’]s$/u, ""));
      }
    }
  }
  return runs;
}
function koreanRuns(raw, stems) {
  const runs = new Set();
  for (let start = 0; start < raw.length; start++) {
    for (let length = 1; length <= MAX_RUN && start + length <= raw.length; length++) {
      const words = [...raw.slice(start, start + length - 1), stems[start + length - 1]];
      runs.add(words.join(""));
    }
  }
  return runs;
}
for (const note of notes) {
  note.englishRuns = englishRuns(note.text);
  note.koreanRuns = koreanRuns(note.raw, note.stems);
}
const writesEnglish = (note, spelling) => note.englishRuns.has(lib.englishTermKey(spelling));
const writesKorean = (note, spelling) => note.koreanRuns.has(lib.koreanTermKey(spelling));

// --- the measurement -------------------------------------------------------------------------------------
function indexedUnder(note, table) {
  return sortedWords(new Set([...note.tokens, ...note.baseForms, ...lib.bilingualForms(note.text, table)]));
}

/** For each note and entry the note writes in one script: query every spelling of the other script. */
function measure(entries, table, label) {
  const tally = { koToEn: [0, 0], enToKo: [0, 0] };
  const misses = [];
  for (const note of notes) {
    const relevant = entries.filter(
      (entry) => entry.en.some((spelling) => writesEnglish(note, spelling)) || entry.ko.some((spelling) => writesKorean(note, spelling)),
    );
    if (relevant.length === 0) continue;
    const sorted = indexedUnder(note, table);
    for (const entry of relevant) {
      const writesKo = entry.ko.some((spelling) => writesKorean(note, spelling));
      const writesEn = entry.en.some((spelling) => writesEnglish(note, spelling));
      if (writesKo && !writesEn) {
        for (const query of entry.en) {
          const hit = matches(sorted, query);
          tally.koToEn[0] += hit ? 1 : 0;
          tally.koToEn[1] += 1;
          if (!hit) misses.push(`${label} ko→en ${query} ✗ ${basename(note.path)} (${entry.ko.join("/")})`);
        }
      }
      if (writesEn && !writesKo) {
        for (const query of entry.ko) {
          const hit = matches(sorted, query);
          tally.enToKo[0] += hit ? 1 : 0;
          tally.enToKo[1] += 1;
          if (!hit) misses.push(`${label} en→ko ${query} ✗ ${basename(note.path)} (${entry.en.join("/")})`);
        }
      }
    }
  }
  return { tally, misses };
}

const rate = ([hit, total]) => (total === 0 ? "n/a" : `${((100 * hit) / total).toFixed(1)}% (${hit}/${total})`);
const glossary = lib.itGlossary;
const started = performance.now();

// In-glossary: the table the site would build.
const fullTable = lib.buildTermTable(minedPairs, glossary, { services: readings });
const full = measure(glossary.terms, fullTable, "in-glossary");

// Held-out: five folds by a stable hash of the entry.
const FOLDS = 5;
const hash = (text) => [...text].reduce((sum, char) => (sum * 31 + char.codePointAt(0)) >>> 0, 7);
const heldOut = { koToEn: [0, 0], enToKo: [0, 0] };
const heldOutMisses = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const inFold = (entry) => hash(entry.en[0]) % FOLDS === fold;
  const training = { terms: glossary.terms.filter((entry) => !inFold(entry)), ambiguous: glossary.ambiguous };
  const table = lib.buildTermTable(minedPairs, training, { services: readings });
  const result = measure(glossary.terms.filter(inFold), table, `fold ${fold}`);
  for (const direction of ["koToEn", "enToKo"]) {
    heldOut[direction][0] += result.tally[direction][0];
    heldOut[direction][1] += result.tally[direction][1];
  }
  heldOutMisses.push(...result.misses);
}

// False hits: entries a note does not write in either script, queried anyway, on a sample of notes.
const SAMPLE_EVERY = 4;
let checks = 0;
let falseHits = 0;
let exactFalseHits = 0;
const falseExamples = [];
const exactExamples = [];
notes.forEach((note, index) => {
  if (index % SAMPLE_EVERY !== 0) return;
  const without = sortedWords(new Set([...note.tokens, ...note.baseForms]));
  const forms = new Set(lib.bilingualForms(note.text, fullTable));
  const withForms = sortedWords(new Set([...without, ...forms]));
  for (const entry of glossary.terms) {
    if (entry.en.some((spelling) => writesEnglish(note, spelling)) || entry.ko.some((spelling) => writesKorean(note, spelling))) continue;
    for (const query of [...entry.en, ...entry.ko]) {
      checks += 1;
      if (matches(withForms, query) && !matches(without, query)) {
        falseHits += 1;
        if (falseExamples.length < 40) falseExamples.push(`${query} → ${basename(note.path)}`);
        // Exact: the query is one word and the note was given exactly that word (not a longer word it prefixes).
        const words = queryWords(query);
        if (words.length === 1 && forms.has(words[0])) {
          exactFalseHits += 1;
          if (exactExamples.length < 60) exactExamples.push(`${query} → ${basename(note.path)}`);
        }
      }
    }
  }
});

// Forms budget: how many words the bilingual forms add per note.
const formCounts = notes.map((note) => lib.bilingualForms(note.text, fullTable).length).sort((a, b) => a - b);
const percentile = (p) => formCounts[Math.min(formCounts.length - 1, Math.floor((p / 100) * formCounts.length))] ?? 0;
const decisions = lib.reviewMinedPairs(minedPairs, glossary, { services: readings });
const verdicts = decisions.reduce((counts, decision) => ({ ...counts, [decision.verdict]: (counts[decision.verdict] ?? 0) + 1 }), {});

console.log(`notes: ${notes.length} (${vaults.map((dir) => basename(dir)).join(", ")}); glossary entries: ${glossary.terms.length}`);
console.log(`mined pairs: ${decisions.length} distinct — ${Object.entries(verdicts).map(([verdict, count]) => `${verdict} ${count}`).join(", ")}`);
console.log(`in-glossary recall   ko→en ${rate(full.tally.koToEn)}   en→ko ${rate(full.tally.enToKo)}`);
console.log(`held-out recall      ko→en ${rate(heldOut.koToEn)}   en→ko ${rate(heldOut.enToKo)}   (${FOLDS} folds; table = other folds + mined pairs)`);
const perMille = (count) => ((1000 * count) / Math.max(1, checks)).toFixed(2);
console.log(`false hits           ${falseHits} of ${checks} checks (${perMille(falseHits)} per 1,000; every ${SAMPLE_EVERY}th note); exact one-word form hits ${exactFalseHits} (${perMille(exactFalseHits)} per 1,000), the rest are Pagefind prefix matches (engine → engineer)`);
console.log(`bilingual forms/note median ${percentile(50)}, p90 ${percentile(90)}, max ${percentile(100)}`);
console.log(`time ${Math.round(performance.now() - started)} ms`);
if (verbose) {
  console.log("\nin-glossary misses:\n  " + full.misses.join("\n  "));
  console.log("\nfalse hits (first 40):\n  " + falseExamples.join("\n  "));
  console.log("\nexact one-word false hits (first 60):\n  " + exactExamples.join("\n  "));
  console.log("\nmined pairs added site-wide:\n  " + decisions.filter((d) => d.verdict === "added" || d.verdict === "extends-glossary").map((d) => `${d.ko} ↔ ${d.en} (${d.notes}${d.reading ? ", reading" : ""})`).join("\n  "));
}
