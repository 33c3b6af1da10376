#!/usr/bin/env node
// `npm run bench`: measures the site as it grows (issue 7) and writes a dated section to BENCHMARKS.md.
// Not a test and never part of `npm test`: times depend on the machine. Flags: see USAGE.
import { cpus, loadavg, release, tmpdir, totalmem, type } from "node:os";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ROOT, launchBrowser, log, serve } from "./common.mjs";
import { benchBuilds, buildSeedSite, timedBuild, prepareNotes } from "./build.mjs";
import { measureWeight } from "./weight.mjs";
import { measureSearch } from "./search.mjs";
import { measureLighthouse } from "./lighthouse.mjs";
import { renderSection, writeReport } from "./report.mjs";

const USAGE = `usage: npm run bench -- [options]
  --sizes 1000,5000     note counts to generate and build (default 1000,5000)
  --runs N              runs of each short measurement (page weight, search, Lighthouse; default 3)
  --only PIECES         weight | search | build | lighthouse, or several: --only search,lighthouse (default: all)
  --skip-lighthouse     leave Lighthouse out
  --build-runs N        cold/warm/warm-edit builds of each size, reported as the median run (default 1)
  --skip-starlight      leave out the Starlight reference builds (issue 18)
  --work DIR            scratch folder (default ${join(tmpdir(), "kb-bench")}); kept for inspection
  --out FILE            report file (default BENCHMARKS.md); "-" prints the section instead
  --from FILE           measure nothing: re-render the report from a results.json of an earlier run`;

const { values: args } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,5000" },
    runs: { type: "string", default: "3" },
    only: { type: "string" },
    "skip-lighthouse": { type: "boolean", default: false },
    "build-runs": { type: "string", default: "1" },
    "skip-starlight": { type: "boolean", default: false },
    work: { type: "string", default: join(tmpdir(), "kb-bench") },
    out: { type: "string", default: join(ROOT, "BENCHMARKS.md") },
    from: { type: "string" },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
function report(results) {
  const section = renderSection(results);
  if (args.out === "-") console.log(section);
  else {
    writeReport(resolve(args.out), section);
    log(`wrote ${resolve(args.out)}`);
  }
}
if (args.from) {
  report(JSON.parse(readFileSync(args.from, "utf8")));
  process.exit(0);
}
const PIECES = ["weight", "search", "build", "lighthouse"];
const sizes = args.sizes.split(",").map((x) => Number(x.trim())).filter((x) => Number.isInteger(x) && x > 0).sort((a, b) => a - b);
const runs = Number(args.runs);
const buildRuns = Number(args["build-runs"]);
const only = args.only ? args.only.split(",").map((x) => x.trim()) : undefined;
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(buildRuns) || buildRuns < 1 || sizes.length === 0 || (only && !only.every((p) => PIECES.includes(p)))) {
  console.error(USAGE);
  process.exit(2);
}
const want = (piece) => (!only || only.includes(piece)) && !(piece === "lighthouse" && args["skip-lighthouse"]);
const work = resolve(args.work);
mkdirSync(work, { recursive: true });

const started = Date.now();
const results = {
  startedAt: new Date(started).toISOString(),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
  machine: {
    cores: cpus().length,
    cpuModel: cpus()[0]?.model?.trim() ?? "unknown CPU",
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${type()} ${release()}`,
    loadAverage: loadavg(),
  },
  notes: [
    "scripts/serve.mjs compresses text responses with gzip like a static host; “gzip” figures here are each body compressed with zlib (level 6).",
    "Generated notes come from gen-notes.mjs (same seed, so the first 1,000 notes are identical at every size); the five seed notes are copied in.",
    "Cold builds start from empty, freshly removed Astro, diagram and social-card caches (the bench fails a cold build whose log shows a diagram or card taken from a cache); warm builds restore all three caches into an empty output folder, as a CI deploy does.",
    "The machine has 2 cores shared with other work: single timings are noisy. Judge by the ratios between builds of the same run (ours ÷ Starlight, built back to back on the same notes), not by seconds across runs.",
  ],
  skipped: PIECES.filter((p) => !want(p)).map((p) => (p === "build" ? "builds" : p === "weight" ? "page weight" : p)),
};
log(`machine: ${results.machine.cores} cores, ${(results.machine.memoryBytes / 1024 ** 3).toFixed(1)} GB, Node ${process.version}, load ${results.machine.loadAverage.map((x) => x.toFixed(1)).join(" ")}`);
log(`pieces: ${PIECES.filter(want).join(", ")}; sizes ${sizes.join(", ")}; ${runs} run(s) per short measurement; scratch ${work}`);

/** The largest generated site for search timing: built in this run, left by an earlier one, or built now. */
async function largestSite() {
  const n = sizes.at(-1);
  const fromThisRun = results.builds?.find((b) => b.notes === n);
  if (fromThisRun) return { notes: n, outDir: fromThisRun.outDir, note: "" };
  const outDir = join(work, `n${n}`, "dist");
  if (existsSync(join(outDir, "pagefind", "pagefind.js"))) {
    log(`search: reusing the ${n}-note site built earlier in ${outDir}`);
    return { notes: n, outDir, note: " (site from an earlier bench run)" };
  }
  const dir = join(work, `n${n}`);
  log(`search: building a ${n}-note site first (not reported as a build benchmark)`);
  prepareNotes(n, join(dir, "notes"));
  await timedBuild({ label: `search-${n}`, notesDir: join(dir, "notes"), outDir, astroCacheDir: join(dir, "astro-cache"), cacheDir: join(dir, "cache"), logFile: join(dir, "search-build.log") });
  return { notes: n, outDir, note: "" };
}

let browser;
const servers = [];
try {
  // Short measurements on the seed site come first: quick feedback before the long builds.
  const seed = await buildSeedSite(work);
  results.seedBuild = seed.build;
  if (want("weight") || want("search") || want("lighthouse")) {
    const site = await serve(seed.outDir);
    servers.push(site);
    if (want("weight") || want("search")) browser = await launchBrowser();
    if (want("weight")) {
      log("page weight: seed note page, before and after search");
      results.weight = await measureWeight({ browser, site, runs });
    }
    if (want("search")) {
      log("search timing: seed site");
      results.search = [await measureSearch({ browser, site, runs, label: "seed site (5 notes)" })];
    }
    if (want("lighthouse")) {
      log("lighthouse: home and note page of the seed site");
      results.lighthouse = await measureLighthouse({ site, runs });
    }
  }
  if (want("build")) {
    results.builds = [];
    for (const n of sizes) results.builds.push(await benchBuilds(n, work, { runs: buildRuns, starlight: !args["skip-starlight"] }));
  }
  if (want("search")) {
    const big = await largestSite();
    const site = await serve(big.outDir);
    servers.push(site);
    log(`search timing: ${big.notes}-note site`);
    results.search.push(await measureSearch({ browser, site, runs, label: `${big.notes.toLocaleString("en-US")}-note site${big.note}` }));
  }
} finally {
  await browser?.close();
  for (const server of servers) await server.close();
}

results.durationSeconds = (Date.now() - started) / 1000;
const stamped = join(work, `results-${results.startedAt.slice(0, 16).replace(":", "-")}.json`);
for (const file of [stamped, join(work, "results.json")]) writeFileSync(file, JSON.stringify(results, null, 2));
log(`raw figures: ${stamped}`);
report(results);
log(`done in ${(results.durationSeconds / 60).toFixed(1)} min`);
