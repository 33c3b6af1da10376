// Build benchmarks: N generated notes (plus the seeds) built cold, warm with nothing changed and warm
// with one note edited, each under /usr/bin/time -v, with the build log parsed into phases.
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, copyFileSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { ROOT, log, median } from "./common.mjs";
import { STARLIGHT_DIR, clearStarlight, ensureStarlight, starlightFolders, syncStarlightDocs } from "./starlight.mjs";

const INDEX_SCRIPT = join(ROOT, "scripts", "index-search.mjs");
const SEEDS_DIR = join(ROOT, "content", "notes");

export function genNotesScript() {
  const candidates = [process.env.GEN_NOTES, resolve(ROOT, "..", "shared", "bench", "gen-notes.mjs"), "/work/shared/bench/gen-notes.mjs"];
  const found = candidates.find((c) => c && existsSync(c));
  if (!found) throw new Error(`gen-notes.mjs not found (looked in ${candidates.filter(Boolean).join(", ")}); set GEN_NOTES`);
  return found;
}

/** A fresh notes folder: N generated notes and the five seeds. */
export function prepareNotes(n, dir) {
  rmSync(dir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [genNotesScript(), String(n), dir], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`gen-notes failed: ${result.stderr}`);
  for (const name of readdirSync(SEEDS_DIR)) copyFileSync(join(SEEDS_DIR, name), join(dir, name));
  return readdirSync(dir).length;
}

/** Appends one sentence to a generated note (not a seed), as a reader fixing a typo would. */
export function editOneNote(dir) {
  const generated = readdirSync(dir).filter((name) => name.startsWith("note-")).sort();
  const target = generated[Math.floor(generated.length / 2)];
  if (!target) throw new Error(`no generated note in ${dir}`);
  appendFileSync(join(dir, target), `\n벤치마크 수정 ${new Date().toISOString()}: 이 문장은 증분 빌드를 재기 위해 추가되었습니다.\n`);
  return target;
}

// ---------------------------------------------------------------------------------------------
// Peak memory of the whole process tree (astro + the Chromium that renders diagrams): GNU time
// reports only the largest single process. Summed RSS counts every page Chromium's processes share
// (its libraries, shared memory) once per process; PSS splits shared pages among their users, so the
// tree's PSS is what it really holds. Both are sampled.

function pssBytes(pid) {
  try {
    const kb = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1];
    return kb === undefined ? 0 : Number(kb) * 1024;
  } catch {
    return 0;
  }
}

function processTable() {
  const table = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const rssPages = Number(readFileSync(`/proc/${name}/statm`, "utf8").split(" ")[1]);
      table.push({ pid: Number(name), ppid: Number(fields[1]), rss: rssPages * 4096 });
    } catch {
      // the process ended between readdir and read
    }
  }
  return table;
}

function treeMemory(rootPid) {
  const table = processTable();
  const children = new Map();
  for (const p of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let rss = 0;
  let pss = 0;
  const stack = [rootPid];
  const byPid = new Map(table.map((p) => [p.pid, p]));
  while (stack.length > 0) {
    const pid = stack.pop();
    rss += byPid.get(pid)?.rss ?? 0;
    pss += pssBytes(pid);
    for (const child of children.get(pid) ?? []) stack.push(child.pid);
  }
  return { rss, pss };
}

/** The machine's CPU time split (/proc/stat), to tell a busy CPU from a build waiting on the disk. */
function cpuTimes() {
  try {
    const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number);
    return { busy: user + nice + system + irq + softirq, idle, iowait, steal: steal ?? 0 };
  } catch {
    return undefined;
  }
}

function cpuShare(before, after) {
  if (!before || !after) return undefined;
  const d = Object.fromEntries(Object.keys(before).map((k) => [k, after[k] - before[k]]));
  const total = d.busy + d.idle + d.iowait + d.steal;
  if (total <= 0) return undefined;
  return { busy: d.busy / total, iowait: d.iowait / total, idle: d.idle / total, steal: d.steal / total };
}

// ---------------------------------------------------------------------------------------------
// Parsing /usr/bin/time -v and the Astro build log.

export function parseTimeOutput(text) {
  const wall = /Elapsed \(wall clock\) time \([^)]*\):\s*([\d:.]+)/.exec(text)?.[1];
  const rss = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(text)?.[1];
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(text)?.[1];
  const sys = /System time \(seconds\):\s*([\d.]+)/.exec(text)?.[1];
  const exit = /Exit status:\s*(\d+)/.exec(text)?.[1];
  const written = /File system outputs:\s*(\d+)/.exec(text)?.[1];
  const cpuPercent = /Percent of CPU this job got:\s*(\d+)%/.exec(text)?.[1];
  let wallSeconds;
  if (wall) wallSeconds = wall.split(":").map(Number).reduce((acc, part) => acc * 60 + part, 0);
  return {
    wallSeconds,
    maxRssBytes: rss ? Number(rss) * 1024 : undefined,
    cpuSeconds: user && sys ? Number(user) + Number(sys) : undefined,
    exitStatus: exit === undefined ? undefined : Number(exit),
    // GNU time counts 512-byte blocks.
    writtenBytes: written === undefined ? undefined : Number(written) * 512,
    cpuPercent: cpuPercent === undefined ? undefined : Number(cpuPercent),
  };
}

const ANSI = /\u001b\[[0-9;]*m/g;
/** Astro's durations: "207ms", "1.56s", "3m 2s", "1m". */
const DURATION = String.raw`((?:\d+m(?!s))?(?: ?[\d.]+(?:ms|s))?)`;
export function parseDuration(text) {
  const m = /^(?:(\d+)m(?!s))? ?(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  return Number(m[1] ?? 0) * 60000 + (m[2] === undefined ? 0 : Number(m[2]) * (m[3] === "ms" ? 1 : 1000));
}
const clock = (hms) => hms.split(":").map(Number).reduce((acc, part) => acc * 60 + part, 0);

/** Where the time of one build went, from its log. Times in ms; clock spans have 1 s resolution. */
export function parseBuildLog(rawText) {
  const text = rawText.replace(ANSI, "");
  const lines = text.split("\n");
  const at = (re) => {
    const line = lines.find((l) => re.test(l));
    const hms = line && /^(\d\d:\d\d:\d\d)/.exec(line.trim())?.[1];
    return hms ? clock(hms) : undefined;
  };
  const num = (re) => {
    const m = re.exec(text);
    return m ? m.slice(1) : undefined;
  };
  const ready = num(/(\d+) diagrams ready in (\d+) ms(?:, (\d+) failed)?/);
  const rendered = num(/rendered (\d+) diagram\(s\) in (\d+) ms/);
  const syncStart = at(/\[content\] Syncing content/);
  const syncEnd = at(/\[content\] Synced content/);
  const notesLoaded = num(/(\d+) notes loaded(?:, (\d+) rendered, (\d+) unchanged)?/);
  const types = num(new RegExp(String.raw`\[types\] Generated ${DURATION}`));
  const vite = [...text.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, "g"))].reduce((sum, m) => sum + (parseDuration(m[1]) ?? 0), 0);
  const genIndex = lines.findIndex((l) => /generating static routes/.test(l));
  let pages;
  let routes;
  if (genIndex >= 0) {
    const done = lines.slice(genIndex).find((l) => /✓ Completed in /.test(l));
    const m = done && new RegExp(String.raw`✓ Completed in ${DURATION}`).exec(done);
    if (m) pages = parseDuration(m[1]);
    routes = {};
    for (const l of lines.slice(genIndex)) {
      const r = /[├└]─ (\/[^\s]*) \(\+(\d+)ms\)/.exec(l);
      if (!r) continue;
      const group = r[1].split("/")[1] || "(root)";
      routes[group] ??= { count: 0, ms: 0 };
      routes[group].count += 1;
      routes[group].ms += Number(r[2]);
    }
  }
  const pagefind = num(/\[pagefind\] indexed (\d+|\?) of (\d+) pages .* in (\d+) ms/);
  // Starlight indexes inside its build: "[starlight:pagefind] Finished building search index in 1.30s".
  const starlightPagefind = num(new RegExp(String.raw`\[starlight:pagefind\] Finished building search index in ${DURATION}`));
  const starlightPages = num(/\[starlight:pagefind\] Found (\d+) HTML files/);
  // Social cards drawn ahead of page generation: "[og] 1005 cards ready in 2345 ms (1000 drawn, 5 cached)".
  const cards = num(/\[og\] (\d+) cards ready in (\d+) ms \((\d+) drawn/);
  const total = num(new RegExp(String.raw`(\d+) page\(s\) built in ${DURATION}`));
  // Timed lines from integrations this script does not know yet (e.g. OG images), kept verbatim.
  const known = /^(content|types|build|vite|pagefind|kb-notes-loader|@astrojs\/sitemap|check)$/;
  const other = lines
    .map((l) => /^\d\d:\d\d:\d\d \[([^\]]+)\] (.*\bin [\d.]+ ?(?:ms|s)\b.*)$/.exec(l.trim()))
    .filter((m) => m && !known.test(m[1]))
    .map((m) => `[${m[1]}] ${m[2]}`);
  const warnings = lines.filter((l) => /\[WARN\]|\bwarn\b/i.test(l) && !/npm warn/.test(l)).length;
  return {
    diagrams: ready ? { unique: Number(ready[0]), readyMs: Number(ready[1]), failed: Number(ready[2] ?? 0) } : undefined,
    diagramsRendered: rendered ? { count: Number(rendered[0]), ms: Number(rendered[1]) } : { count: 0, ms: 0 },
    notesLoaded: notesLoaded ? Number(notesLoaded[0]) : undefined,
    notesRendered: notesLoaded?.[1] === undefined ? undefined : Number(notesLoaded[1]),
    contentSyncMs: syncStart !== undefined && syncEnd !== undefined ? (syncEnd - syncStart) * 1000 : undefined,
    typesMs: types ? parseDuration(types[0]) : undefined,
    viteMs: vite || undefined,
    pageGenerationMs: pages,
    routes,
    pagefind: pagefind
      ? { indexed: pagefind[0] === "?" ? undefined : Number(pagefind[0]), pages: Number(pagefind[1]), ms: Number(pagefind[2]) }
      : starlightPagefind
        ? { indexed: undefined, pages: Number(starlightPages?.[0] ?? NaN), ms: parseDuration(starlightPagefind[0]) }
        : undefined,
    cards: cards ? { count: Number(cards[0]), ms: Number(cards[1]), drawn: Number(cards[2]) } : undefined,
    pagesBuilt: total ? Number(total[0]) : undefined,
    astroTotalMs: total ? parseDuration(total[1]) : undefined,
    other,
    warnings,
  };
}

// ---------------------------------------------------------------------------------------------
// Output size.

function walk(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
  }
  return files;
}

/** Output size, page count and the size of note pages (real notes, not alias redirects). */
export function measureOutput(outDir) {
  const files = walk(outDir);
  let bytes = 0;
  let html = 0;
  for (const f of files) {
    bytes += statSync(f).size;
    if (f.endsWith(".html")) html += 1;
  }
  const notesDir = join(outDir, "notes");
  const notePages = {};
  if (existsSync(notesDir)) {
    for (const slug of readdirSync(notesDir)) {
      const file = join(notesDir, slug, "index.html");
      if (!existsSync(file)) continue;
      const text = readFileSync(file, "utf8");
      if (!text.includes("data-pagefind-body")) continue; // alias pages redirect; they are not notes
      notePages[slug] = Buffer.byteLength(text);
    }
  }
  const pagefindDir = join(outDir, "pagefind");
  const pagefindBytes = existsSync(pagefindDir) ? walk(pagefindDir).reduce((s, f) => s + statSync(f).size, 0) : undefined;
  return {
    files: files.length,
    htmlFiles: html,
    bytes,
    notePages: Object.keys(notePages).length,
    notePageMedianBytes: median(Object.values(notePages)),
    notePageMaxBytes: Math.max(0, ...Object.values(notePages)),
    seedPageBytes: Object.fromEntries(Object.entries(notePages).filter(([slug]) => !slug.startsWith("note-"))),
    pagefindBytes,
  };
}

// ---------------------------------------------------------------------------------------------
// One build.

/**
 * Runs `astro build` under /usr/bin/time -v with the given folders; returns time, memory, the
 * parsed log and the output measurements. Throws when the build fails (with the log's tail).
 */
export async function timedBuild({ label, notesDir, outDir, astroCacheDir, cacheDir, diagramCacheDir = cacheDir && join(cacheDir, "diagrams"), ogCacheDir = cacheDir && join(cacheDir, "og"), logFile, quiet = false, cwd = ROOT, indexScript = INDEX_SCRIPT }) {
  const timeFile = `${logFile}.time`;
  rmSync(timeFile, { force: true });
  const env = {
    ...process.env,
    NOTES_DIR: notesDir,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: astroCacheDir,
    DIAGRAM_CACHE_DIR: diagramCacheDir,
    OG_CACHE_DIR: ogCacheDir,
    // Newer builds keep every cache under one CACHE_DIR (diagrams/, og/): point it at the same
    // folders, so a cold build is cold whichever layout the code reads.
    ...(cacheDir ? { CACHE_DIR: cacheDir } : {}),
    NO_COLOR: "1",
    FORCE_COLOR: "0",
    ASTRO_TELEMETRY_DISABLED: "1",
  };
  const loadBefore = (await import("node:os")).loadavg()[0];
  const cpuBefore = cpuTimes();
  const out = createWriteStream(logFile);
  // What `npm run build` runs: astro build, then the search index once Astro has exited (a
  // project that indexes inside its build, as Starlight does, passes no index script).
  const astroBin = join(cwd, "node_modules", "astro", "bin", "astro.mjs");
  const script = indexScript ? `"$0" "$1" build && "$0" "$2"` : `"$0" "$1" build`;
  const child = spawn("/usr/bin/time", ["-v", "-o", timeFile, "sh", "-c", script, process.execPath, astroBin, ...(indexScript ? [indexScript] : [])], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let peakTree = 0;
  let peakTreePss = 0;
  const sampler = setInterval(() => {
    const memory = treeMemory(child.pid);
    peakTree = Math.max(peakTree, memory.rss);
    peakTreePss = Math.max(peakTreePss, memory.pss);
  }, 500);
  const progress = (chunk) => {
    out.write(chunk);
    if (quiet) return;
    for (const line of String(chunk).replace(ANSI, "").split("\n")) {
      if (/diagrams ready|rendered \d+ diagram|notes loaded|Synced content|generating static routes|✓ Completed|\[pagefind\]|page\(s\) built|error/i.test(line)) {
        log(`  ${label}: ${line.trim()}`);
      }
    }
  };
  child.stdout.on("data", progress);
  child.stderr.on("data", progress);
  const code = await new Promise((done) => child.on("exit", done));
  clearInterval(sampler);
  const machineCpu = cpuShare(cpuBefore, cpuTimes());
  await new Promise((done) => out.end(done));
  const buildLog = readFileSync(logFile, "utf8");
  const time = parseTimeOutput(existsSync(timeFile) ? readFileSync(timeFile, "utf8") : "");
  if (code !== 0) throw new Error(`${label}: astro build exited with ${code}; see ${logFile}\n${buildLog.split("\n").slice(-20).join("\n")}`);
  return { label, ...time, peakTreeRssBytes: peakTree || undefined, peakTreePssBytes: peakTreePss || undefined, loadAverageBefore: loadBefore, machineCpu, log: parseBuildLog(buildLog), output: measureOutput(outDir), logFile };
}

/** The run whose wall time is the median of `runs` (the lower middle for an even count), with every wall time. */
function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => (a.wallSeconds ?? Infinity) - (b.wallSeconds ?? Infinity));
  const mid = sorted[Math.floor((sorted.length - 1) / 2)];
  return { ...mid, runsWallSeconds: runs.map((r) => r.wallSeconds) };
}

/** Cold builds must draw everything: a cache that was not really empty shows in the log. */
function checkCold(build, project) {
  const l = build.log;
  const problems = [];
  if (l.diagrams && l.diagramsRendered.count < l.diagrams.unique - (l.diagrams.failed ?? 0)) problems.push(`only ${l.diagramsRendered.count} of ${l.diagrams.unique} diagrams rendered`);
  if (l.cards && l.cards.drawn < l.cards.count) problems.push(`only ${l.cards.drawn} of ${l.cards.count} social cards drawn`);
  if (problems.length) throw new Error(`${project} cold build was not cold (${problems.join("; ")}); see ${build.logFile}`);
}

/**
 * Cold, warm (caches restored into a fresh output folder, the CI deploy case) and warm-with-one-edit
 * builds of N generated notes plus the seeds, `runs` times each; with `starlight` the same notes
 * are built by Starlight in between (cold, warm, warm-edit), so both see the same machine.
 */
export async function benchBuilds(n, workDir, { runs = 1, starlight = true } = {}) {
  const dir = join(workDir, `n${n}`);
  mkdirSync(dir, { recursive: true });
  const notesDir = join(dir, "notes");
  const folders = { notesDir, outDir: join(dir, "dist"), astroCacheDir: join(dir, "astro-cache"), cacheDir: join(dir, "cache") };
  const sl = starlight ? { versions: ensureStarlight(), folders: starlightFolders(n) } : undefined;
  if (sl) log(`starlight: @astrojs/starlight ${sl.versions.starlight}, astro ${sl.versions.astro}`);
  const ours = { cold: [], warm: [], "warm-edit": [] };
  const theirs = { cold: [], warm: [], "warm-edit": [] };
  let files = 0;
  let edited;
  const step = async (project, label, run) => {
    const isOurs = project === "ours";
    const f = isOurs ? folders : sl.folders;
    rmSync(f.outDir, { recursive: true, force: true });
    if (label === "cold") {
      if (isOurs) for (const d of [folders.astroCacheDir, folders.cacheDir]) rmSync(d, { recursive: true, force: true });
      else clearStarlight(sl.folders);
    }
    const logFile = join(dir, `${isOurs ? "" : "starlight-"}${label}-${run + 1}.log`);
    const build = await timedBuild({ ...f, label, logFile, ...(isOurs ? {} : { cwd: STARLIGHT_DIR, indexScript: null }) });
    if (label === "cold") checkCold(build, project);
    (isOurs ? ours : theirs)[label].push(label === "warm-edit" ? { ...build, edited } : build);
    log(`${n} notes, ${project}: ${label} build ${run + 1}/${runs} took ${build.wallSeconds?.toFixed(1)} s`);
  };
  for (let run = 0; run < runs; run++) {
    log(`${n} notes: generating into ${notesDir} (run ${run + 1}/${runs})`);
    files = prepareNotes(n, notesDir);
    if (sl) syncStarlightDocs(notesDir);
    for (const label of ["cold", "warm", "warm-edit"]) {
      if (label === "warm-edit") {
        edited = editOneNote(notesDir);
        if (sl) syncStarlightDocs(notesDir, [edited]);
        log(`${n} notes: ${edited} edited`);
      }
      if (sl) await step("starlight", label, run);
      await step("ours", label, run);
    }
  }
  const pick = (byLabel) => Object.entries(byLabel).filter(([, r]) => r.length).map(([, r]) => medianRun(r));
  return {
    notes: n,
    noteFiles: files,
    outDir: folders.outDir,
    runs,
    builds: pick(ours),
    ...(sl ? { starlight: { ...sl.versions, notes: n, builds: pick(theirs) } } : {}),
  };
}

/** The seed site (content/notes) built into a temporary folder, for page weight, search and Lighthouse. */
export async function buildSeedSite(workDir) {
  const dir = join(workDir, "seed");
  mkdirSync(dir, { recursive: true });
  const outDir = join(dir, "dist");
  rmSync(outDir, { recursive: true, force: true });
  log(`seed site: building content/notes into ${outDir}`);
  const result = await timedBuild({
    label: "seed",
    notesDir: SEEDS_DIR,
    outDir,
    astroCacheDir: join(dir, "astro-cache"),
    cacheDir: join(dir, "cache"),
    logFile: join(dir, "build.log"),
    quiet: true,
  });
  log(`seed site: built in ${result.wallSeconds?.toFixed(1)} s (${result.output.htmlFiles} html files)`);
  return { outDir, build: result };
}
