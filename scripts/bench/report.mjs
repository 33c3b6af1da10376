// Turns the measurements into a dated Markdown section with the issue 7 budgets (✅/❌), and puts it
// at the top of BENCHMARKS.md, keeping earlier sections.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { KINDS, kb, mb, median } from "./common.mjs";
import { WEIGHT_QUERY } from "./weight.mjs";
import { PER_QUERY_FILE, WEIGHT_BUDGET } from "../../e2e/support/budgets.ts";

const KIB = 1024;
const s = (seconds) => (seconds === undefined ? "—" : seconds >= 120 ? `${(seconds / 60).toFixed(1)} min (${seconds.toFixed(0)} s)` : `${seconds.toFixed(1)} s`);
const ms = (v) => (v === undefined ? "—" : v >= 10000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
const gb = (bytes) => (bytes === undefined ? "—" : `${(bytes / 1024 ** 3).toFixed(2)} GB`);
const n = (v) => (v === undefined ? "—" : v.toLocaleString("en-US"));
const mark = (ok) => (ok === undefined ? "— not measured" : ok ? "✅" : "❌");
const pct = (x) => `${Math.round(x * 100)} %`;
const row = (cells) => `| ${cells.join(" | ")} |`;
const table = (head, rows) => [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");

const buildOf = (results, notes, label) => results.builds?.find((b) => b.notes === notes)?.builds.find((x) => x.label === label);
// What a build holds: its largest process (GNU time), or the whole tree with shared pages counted
// once (PSS) when sampled; runs from before PSS was sampled fall back to the summed RSS.
const peakOf = (b) => Math.max(b.maxRssBytes ?? 0, b.peakTreePssBytes ?? b.peakTreeRssBytes ?? 0) || undefined;


/** Every budget of issue 7 with the measured figure and whether it is met. */
export function evaluateBudgets(results) {
  const rows = [];
  const add = (budget, goal, measured, ok) => rows.push({ budget, goal, measured, ok });
  const w = results.weight;
  add("Note page JavaScript before search", "≤ 10 KB gzip", w ? kb(w.before.js.gzip) : "—", w ? w.before.js.gzip <= WEIGHT_BUDGET.js : undefined);
  add("Note page CSS", "≤ 25 KB gzip", w ? kb(w.before.css.gzip) : "—", w ? w.before.css.gzip <= WEIGHT_BUDGET.css : undefined);
  add("No mermaid or search code before search is opened", "0 requests", w ? (w.forbiddenBefore.length === 0 ? "none" : w.forbiddenBefore.join(", ")) : "—", w ? w.forbiddenBefore.length === 0 : undefined);
  // Opening search loads code, Pagefind's runtime and index metadata once; each query then fetches
  // index chunks, result fragments and any font subsets its results need (issue 7's two budgets).
  const searchRequests = w?.lastRun?.search ?? [];
  const perQuery = searchRequests.filter((e) => PER_QUERY_FILE.test(new URL(e.url).pathname)).reduce((sum, e) => sum + e.gzip, 0);
  const opening = w ? w.search.total.gzip - perQuery : 0;
  add(
    "Opening search (search code, Pagefind runtime and index metadata, loaded once)",
    "≤ 100 KB gzip",
    w ? `${kb(opening)} (all of opening + “${WEIGHT_QUERY}”: ${kb(w.search.total.gzip)} in ${w.search.total.count} requests)` : "—",
    w ? opening <= WEIGHT_BUDGET.searchOpen : undefined,
  );
  add(
    `One query (“${WEIGHT_QUERY}”: index chunks and result fragments), seed site`,
    "≤ 150 KB gzip",
    w ? kb(perQuery) : "—",
    w ? perQuery <= WEIGHT_BUDGET.searchQuery : undefined,
  );

  const sizes = (results.builds ?? []).map((b) => b.notes).sort((a, b) => a - b);
  const pageBytes = (notes) => buildOf(results, notes, "cold")?.output;
  if (sizes.length >= 2) {
    const small = pageBytes(sizes[0]);
    const big = pageBytes(sizes.at(-1));
    const seedGrowth = Object.entries(small?.seedPageBytes ?? {}).map(([slug, bytes]) => (big?.seedPageBytes?.[slug] ?? bytes) - bytes);
    const maxSeedGrowth = Math.max(0, ...seedGrowth);
    add(
      `Bytes per note page do not grow (${n(sizes[0])} → ${n(sizes.at(-1))} notes)`,
      "median ≤ +2 %, seed pages ≤ +2 KB",
      `median ${n(small?.notePageMedianBytes)} → ${n(big?.notePageMedianBytes)} B; seed pages grow ≤ ${n(maxSeedGrowth)} B`,
      small && big ? big.notePageMedianBytes <= small.notePageMedianBytes * 1.02 && maxSeedGrowth <= 2 * KIB : undefined,
    );
  } else add("Bytes per note page do not grow (1,000 → 5,000 notes)", "median ≤ +2 %", "needs two sizes", undefined);

  const cold1k = buildOf(results, 1000, "cold");
  const edit1k = buildOf(results, 1000, "warm-edit");
  add("Cold build, 1,000 notes", "≤ 150 s", cold1k ? `${s(cold1k.wallSeconds)} (${n(cold1k.log.diagrams?.unique)} diagrams)` : "—", cold1k ? cold1k.wallSeconds <= 150 : undefined);
  add(
    "Warm rebuild, 1,000 notes, one note edited",
    "≤ 25 s, 0 diagrams re-rendered",
    edit1k ? `${s(edit1k.wallSeconds)}, ${edit1k.log.diagramsRendered.count} re-rendered` : "—",
    edit1k ? edit1k.wallSeconds <= 25 && edit1k.log.diagramsRendered.count === 0 : undefined,
  );
  const cold5k = buildOf(results, 5000, "cold");
  const warm5k = [buildOf(results, 5000, "warm"), buildOf(results, 5000, "warm-edit")].filter(Boolean);
  add("Cold build, 5,000 notes", "≤ 12 min", cold5k ? s(cold5k.wallSeconds) : "—", cold5k ? cold5k.wallSeconds <= 720 : undefined);
  add(
    "Warm rebuild, 5,000 notes (unchanged / one edit)",
    "≤ 2 min",
    warm5k.length ? warm5k.map((b) => s(b.wallSeconds)).join(" / ") : "—",
    warm5k.length ? warm5k.every((b) => b.wallSeconds <= 120) : undefined,
  );
  if (cold1k && cold5k) {
    const ratio = cold5k.wallSeconds / cold1k.wallSeconds;
    add("Build time grows linearly (cold 5,000 ÷ cold 1,000)", "≤ 6× (5× the notes, 20 % slack)", `${ratio.toFixed(2)}×`, ratio <= 6);
  } else add("Build time grows linearly (cold 5,000 ÷ cold 1,000)", "≤ 6×", "needs both sizes", undefined);
  const all = (results.builds ?? []).flatMap((b) => b.builds);
  const peak = Math.max(0, ...all.map(peakOf).filter(Boolean));
  add("Peak memory of any build (largest process, or the whole tree incl. Chromium by PSS)", "≤ 4 GB", all.length ? gb(peak) : "—", all.length ? peak <= 4 * 1024 ** 3 : undefined);

  const bigSearch = results.search?.at(-1);
  if (bigSearch) {
    const worst = Math.max(...bigSearch.rows.map((r) => r.afterDebounceMs ?? r.ms ?? Infinity));
    const worstBytes = Math.max(...bigSearch.rows.map((r) => r.fetchedGzip ?? Infinity));
    const middle = median(bigSearch.rows.map((r) => r.afterDebounceMs ?? r.ms));
    add(`Search results after the debounce (${bigSearch.label}, median of runs per query; judged on the worst query)`, "≤ 100 ms", `worst query ${ms(worst)}, median query ${ms(middle)} (debounce ${bigSearch.debounceMs ?? "?"} ms not included)`, worst <= 100);
    add(`Bytes fetched per new query (${bigSearch.label})`, "≤ 150 KB", `worst query ${kb(worstBytes)} gzip`, worstBytes <= WEIGHT_BUDGET.searchQuery);
  } else {
    add("Search results after the debounce (5,000 notes)", "≤ 100 ms", "—", undefined);
    add("Bytes fetched per new query", "≤ 150 KB", "—", undefined);
  }
  for (const page of results.lighthouse ?? []) {
    const scores = Object.entries(page.scores);
    add(`Lighthouse, ${page.page} page (${page.path})`, "100 × 4", scores.map(([c, v]) => `${c} ${v ?? "?"}`).join(", "), scores.every(([, v]) => v === 100));
  }
  if (!results.lighthouse) add("Lighthouse, home and note page", "100 × 4", "—", undefined);
  return rows;
}

function buildsSection(results) {
  if (!results.builds?.length) return "";
  const lines = ["### Builds", "", "Single runs (a build takes minutes; they are not repeated). Peak memory: GNU time's maximum RSS of the largest single process, and the whole process tree (Astro plus the Chromium that renders diagrams) sampled every 0.5 s, as summed RSS (counts pages Chromium's processes share once per process) and as PSS (shared pages split among their users: what the tree really holds). CPU is the build's own user+sys time (GNU time, children included); when it is far below wall time × cores, the build was waiting (disk or other work). Machine CPU is the whole machine's split during the build (/proc/stat): a high iowait share means the disk, not the CPU, set the pace.", ""];
  const rows = [];
  for (const size of results.builds) {
    for (const b of size.builds) {
      const o = b.output;
      rows.push([
        n(size.notes), b.label + (b.edited ? ` (${b.edited})` : ""), s(b.wallSeconds), s(b.cpuSeconds), gb(b.maxRssBytes), gb(b.peakTreeRssBytes), gb(b.peakTreePssBytes),
        n(b.log.pagesBuilt ?? o.htmlFiles), mb(o.bytes), n(o.notePageMedianBytes),
        `${n(b.log.diagrams?.unique)} / ${n(b.log.diagramsRendered.count)}`, ms(b.log.diagrams?.readyMs), n(b.log.notesRendered), mb(b.writtenBytes),
        b.machineCpu ? `${pct(b.machineCpu.busy)} / ${pct(b.machineCpu.iowait)} / ${pct(b.machineCpu.idle)}` : "—", b.loadAverageBefore.toFixed(1),
      ]);
    }
  }
  lines.push(table(["Notes", "Build", "Wall", "CPU (user+sys)", "Peak RSS (largest process)", "Peak RSS (tree, summed)", "Peak PSS (tree)", "Pages", "Output", "Note page (median B)", "Diagrams unique / rendered", "Diagrams ready in", "Notes rendered by the loader", "Written to disk", "Machine CPU busy / iowait / idle", "Load avg before"], rows), "");

  lines.push("#### Where the time goes", "", "From the build log: content sync is the notes loader (reading, diagrams, Markdown; clock times, 1 s resolution); page generation is Astro writing every route; Pagefind indexes the finished site; everything else is wall time minus those (Node and Astro start-up, route collection, sitemap, gaps between steps). Astro's “types” step contains the content sync.", "");
  const phaseRows = [];
  for (const size of results.builds) {
    for (const b of size.builds) {
      const l = b.log;
      const loaderOnly = l.contentSyncMs !== undefined && l.diagrams ? Math.max(0, l.contentSyncMs - l.diagrams.readyMs) : undefined;
      const accounted = [l.contentSyncMs, l.viteMs, l.pageGenerationMs, l.pagefind?.ms].reduce((a, x) => a + (x ?? 0), 0);
      const rest = b.wallSeconds === undefined ? undefined : Math.max(0, b.wallSeconds * 1000 - accounted);
      phaseRows.push([n(size.notes), b.label, s(b.wallSeconds), ms(l.contentSyncMs), ms(l.diagrams?.readyMs), ms(l.diagramsRendered.ms), ms(loaderOnly), ms(l.viteMs), ms(l.pageGenerationMs), ms(l.pagefind?.ms), ms(rest), ms(l.typesMs), ms(l.astroTotalMs)]);
    }
  }
  lines.push(table(["Notes", "Build", "Wall", "Content sync (loader)", "↳ diagrams", "↳↳ Chromium rendering", "↳ rest of loader", "Vite bundle", "Page generation", "Pagefind", "Everything else", "Astro “types” step", "Astro total"], phaseRows), "");
  for (const size of results.builds) {
    const cold = size.builds.find((b) => b.label === "cold");
    if (!cold?.log.routes) continue;
    const groups = Object.entries(cold.log.routes).sort((a, b) => b[1].ms - a[1].ms);
    lines.push(`Page generation of the cold ${n(size.notes)}-note build by route (sum of Astro's per-route times): ${groups.map(([g, v]) => `/${g}/ ${n(v.count)} routes ${ms(v.ms)}`).join("; ")}.`);
    if (cold.log.other.length) lines.push(`Other timed log lines: ${cold.log.other.map((x) => `\`${x}\``).join("; ")}.`);
    lines.push("");
  }
  return lines.join("\n");
}

/** Where one build's time went, in ms: the five phases of issue 18 and the rest of the wall time. */
export function breakdown(b, project) {
  const l = b.log;
  const diagrams = l.diagrams?.readyMs ?? 0;
  const loader = l.contentSyncMs === undefined ? undefined : Math.max(0, l.contentSyncMs - diagrams);
  // Cards drawn ahead of page generation log their own line; otherwise they are the /og/ routes.
  const cardRoutes = (l.routes?.og?.ms ?? 0) + (l.routes?.["og.png"]?.ms ?? 0);
  const cards = l.cards ? l.cards.ms : project === "ours" ? cardRoutes : 0;
  const pages = l.pageGenerationMs === undefined ? undefined : Math.max(0, l.pageGenerationMs - (l.cards ? 0 : cards));
  const pagefind = l.pagefind?.ms;
  const wall = b.wallSeconds === undefined ? undefined : b.wallSeconds * 1000;
  const known = [loader, diagrams, l.cards ? cards : 0, l.pageGenerationMs, pagefind].reduce((a, x) => a + (x ?? 0), 0);
  return { wall, loader, diagrams, cards, pages, pagefind, rest: wall === undefined ? undefined : Math.max(0, wall - known) };
}

const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? "—" : `${(a / b).toFixed(2)}×`);

/** Issue 18: ours ÷ Starlight, same notes, same run, with the breakdown of both. */
function starlightSection(results) {
  const sizes = (results.builds ?? []).filter((x) => x.starlight);
  if (!sizes.length) return "";
  const first = sizes[0].starlight;
  const lines = [
    "### Against Starlight (issue 18)",
    "",
    `Reference: @astrojs/starlight ${first.starlight} with default settings (astro ${first.astro}), a scratch project in .cache/bench/starlight installed from npm, built on the same generated notes (the seeds left out: Starlight requires a title) right before each of our builds. Starlight draws no diagram and no social card and runs Pagefind inside its build. ${sizes[0].runs > 1 ? `Median run of ${sizes[0].runs} per build (all wall times in brackets).` : "One run per build."}`,
    "",
  ];
  const goals = {
    "1000 cold": "≤ 2.0×",
    "5000 cold": "≤ 0.8×",
  };
  const rows = [];
  for (const size of sizes) {
    const slCold = size.starlight.builds.find((b) => b.label === "cold");
    for (const ours of size.builds) {
      const sl = size.starlight.builds.find((b) => b.label === ours.label);
      const walls = (b) => (b?.runsWallSeconds?.length > 1 ? ` [${b.runsWallSeconds.map((x) => x.toFixed(0)).join(", ")}]` : "");
      let goal = goals[`${size.notes} ${ours.label}`] ?? "";
      if (ours.label === "warm" && size.notes === 1000) goal = "≤ 0.7× Starlight cold";
      if (ours.label === "warm-edit" && size.notes === 5000) goal = "≤ 45 s";
      rows.push([
        n(size.notes),
        ours.label,
        `${s(ours.wallSeconds)}${walls(ours)}`,
        `${s(sl?.wallSeconds)}${walls(sl)}`,
        ratio(ours.wallSeconds, sl?.wallSeconds),
        ratio(ours.wallSeconds, slCold?.wallSeconds),
        `${s(ours.cpuSeconds)} / ${s(sl?.cpuSeconds)} = ${ratio(ours.cpuSeconds, sl?.cpuSeconds)}`,
        `${pct(ours.machineCpu?.busy ?? NaN)} / ${pct(sl?.machineCpu?.busy ?? NaN)}`,
        goal,
      ]);
    }
  }
  lines.push(table(["Notes", "Build", "Ours", "Starlight", "Ours ÷ Starlight (same build)", "Ours ÷ Starlight cold", "CPU (user+sys, incl. Chromium): ours / Starlight", "Machine busy during ours / Starlight", "Goal"], rows), "");
  lines.push("When the machine is busy with other work (machine busy near 100 %), wall times stretch by however much CPU the others take at that moment; the CPU-time ratio of the two builds is then the steadier comparison.", "");
  lines.push("Breakdown (ms, from the build logs): loader = content sync less diagrams; cards = social cards (their own log line when drawn ahead of the pages, else the /og/ routes); page generation = Astro's route generation less cards; Pagefind = indexing; rest = wall time less those (start-up, Vite bundle, sitemap, gaps).", "");
  const phaseRows = [];
  for (const size of sizes) {
    for (const ours of size.builds) {
      const sl = size.starlight.builds.find((b) => b.label === ours.label);
      const a = breakdown(ours, "ours");
      const b = sl ? breakdown(sl, "starlight") : undefined;
      for (const [who, x] of [["ours", a], ["Starlight", b]]) {
        if (!x) continue;
        phaseRows.push([n(size.notes), ours.label, who, ms(x.wall), ms(x.loader), ms(x.diagrams), ms(x.cards), ms(x.pages), ms(x.pagefind), ms(x.rest)]);
      }
      if (b) phaseRows.push([n(size.notes), ours.label, "ratio", ratio(a.wall, b.wall), ratio(a.loader, b.loader), "—", "—", ratio(a.pages, b.pages), ratio(a.pagefind, b.pagefind), ratio(a.rest, b.rest)]);
    }
  }
  lines.push(table(["Notes", "Build", "Site", "Wall", "Loader", "Diagrams", "Cards", "Page generation", "Pagefind", "Rest"], phaseRows), "");
  for (const size of sizes) {
    const cold = size.builds.find((b) => b.label === "cold");
    if (cold?.log.cards) lines.push(`Social cards, cold ${n(size.notes)}: ${n(cold.log.cards.drawn)} drawn in ${ms(cold.log.cards.ms)} (${(cold.log.cards.ms / Math.max(1, cold.log.cards.drawn)).toFixed(1)} ms each, amortised).`);
    if (cold?.log.diagrams) lines.push(`Diagrams, cold ${n(size.notes)}: ${n(cold.log.diagramsRendered.count)} rendered in ${ms(cold.log.diagrams.readyMs)} (${(cold.log.diagrams.readyMs / Math.max(1, cold.log.diagramsRendered.count)).toFixed(1)} ms each, amortised).`);
  }
  lines.push("");
  return lines.join("\n");
}

function growthSection(results) {
  const sites = [];
  if (results.seedBuild) sites.push({ notes: 5, output: results.seedBuild.output });
  for (const size of results.builds ?? []) {
    const cold = size.builds.find((b) => b.label === "cold");
    if (cold) sites.push({ notes: size.noteFiles, output: cold.output });
  }
  if (sites.length < 2) return "";
  const slugs = Object.keys(sites[0].output.seedPageBytes ?? {}).sort();
  const rows = [
    ["Median note page (B)", ...sites.map((x) => n(x.output.notePageMedianBytes))],
    ["Largest note page (B)", ...sites.map((x) => n(x.output.notePageMaxBytes))],
    ...slugs.map((slug) => [`seed \`${slug}\` (B)`, ...sites.map((x) => n(x.output.seedPageBytes?.[slug]))]),
    ["Pagefind bundle", ...sites.map((x) => mb(x.output.pagefindBytes))],
    ["Whole output", ...sites.map((x) => mb(x.output.bytes))],
  ];
  return ["### Bytes per note page as the site grows", "", "The same seed notes at every size: a page that carried whole-site data would grow with the number of notes. Note pages are the /notes/*/index.html files that hold a note (alias redirect pages left out); sizes are raw HTML bytes.", "", table(["", ...sites.map((x) => `${n(x.notes)} notes`)], rows), ""].join("\n");
}

function weightSection(w) {
  if (!w) return "";
  const rows = KINDS.filter((k) => w.before[k].count || w.search[k].count).map((k) => [k, n(w.before[k].count), kb(w.before[k].raw), kb(w.before[k].gzip), n(w.search[k].count), kb(w.search[k].raw), kb(w.search[k].gzip)]);
  rows.push(["**total**", n(w.before.total.count), kb(w.before.total.raw), kb(w.before.total.gzip), n(w.search.total.count), kb(w.search.total.raw), kb(w.search.total.gzip)]);
  const urls = (entries) => entries.map((e) => `${new URL(e.url).pathname} (${e.kind}, ${kb(e.raw)} → ${kb(e.gzip)} gzip)`).join("; ");
  return [
    `### Page weight: seed note page \`${w.page}\``,
    "",
    `Median of ${w.runs} fresh loads in Chromium (no cache). gzip = each response body compressed with zlib level 6. “Search” is what opening search (the “/” key) and running the query “${w.query}” adds (${w.resultCount} results shown).`,
    "",
    table(["Type", "Page requests", "Page raw", "Page gzip", "Search requests", "Search raw", "Search gzip"], rows),
    "",
    `Requested before search: ${urls(w.lastRun.before)}.`,
    "",
    `Added by search: ${urls(w.lastRun.search)}.`,
    "",
  ].join("\n");
}

function searchSection(searches) {
  if (!searches?.length) return "";
  const lines = ["### Search timing", "", "Keystroke to results: the last character's `input` event to the mutation that puts the new results into the list (MutationObserver + performance.now()); “next frame” adds the following animation frame. Each run is a fresh page with search already open (Pagefind and its filters loaded), the query typed except its last character and settled first. Bytes: everything fetched while typing the query. Matches: the panel's result count (generated notes share one small vocabulary, so common words match most of them — a worst case for ranking).", ""];
  for (const site of searches) {
    const opening = median(site.rows.map((r) => r.openingGzip));
    const openingNote = opening === undefined ? "" : `; opening search fetched ${kb(opening)} gzip in ${n(median(site.rows.map((r) => r.openingRequests)))} requests`;
    lines.push(`**${site.label}** (debounce ${site.debounceMs ?? "?"} ms, median of ${site.rows[0]?.runs ?? "?"} runs${openingNote})`, "");
    lines.push(table(
      ["Query", "Keystroke → results", "After debounce", "Next frame", "Runs (ms)", "Matches", "Shown", "Fetched gzip", "↳ of which fonts", "Fetched raw", "Requests"],
      site.rows.map((r) => [r.query, ms(r.ms), ms(r.afterDebounceMs), ms(r.frameMs), r.samplesMs.join(", "), n(r.matches ?? (Number(/\d[\d,]*/.exec(r.status ?? "")?.[0]?.replaceAll(",", "")) || undefined)), n(r.results), kb(r.fetchedGzip), kb(r.fetchedFontGzip), kb(r.fetchedRaw), n(r.requests)]),
    ), "");
    if (site.rows.some((r) => r.requestsBeforeResults !== undefined)) {
      lines.push("Where the time goes (Resource Timing of the requests between the keystroke and the results):", "", table(
        ["Query", "Keystroke → first request", "→ last response", "Requests before results", "Longest stretch with no request in flight (computing)", "Last response → results in the list"],
        site.rows.map((r) => [r.query, ms(r.firstRequestMs), ms(r.lastResponseMs), n(r.requestsBeforeResults), ms(r.longestIdleMs), ms(r.renderAfterFetchMs)]),
      ), "");
    }
  }
  return lines.join("\n");
}

function lighthouseSection(pages) {
  if (!pages?.length) return "";
  const lines = ["### Lighthouse", "", `Lighthouse 12 (default mobile settings with simulated throttling), system Chromium, median of ${pages[0].runs} runs per page.`, ""];
  lines.push(table(
    ["Page", "Performance", "Accessibility", "Best practices", "SEO", "FCP", "LCP", "TBT", "CLS"],
    pages.map((p) => [`${p.page} \`${p.path}\``, p.scores.performance, p.scores.accessibility, p.scores["best-practices"], p.scores.seo, ms(p.metrics["first-contentful-paint"]), ms(p.metrics["largest-contentful-paint"]), ms(p.metrics["total-blocking-time"]), p.metrics["cumulative-layout-shift"]?.toFixed(3) ?? "—"]),
  ), "");
  for (const p of pages) {
    if (p.failing.length) lines.push(`Audits costing points on ${p.page}: ${p.failing.map((f) => `${f.category}: ${f.title}${f.display ? ` (${f.display})` : ""} [${f.seen}/${p.runs} runs]`).join("; ")}.`, "");
    if (p.diagnostics?.length) lines.push(`Performance diagnostics on ${p.page} (what Lighthouse suggests): ${p.diagnostics.map((d) => `${d.title}${d.display ? ` (${d.display})` : ""}${d.items ? ` — ${d.items}` : ""}`).join("; ")}.`, "");
  }
  return lines.join("\n");
}

/** The opening-search budget is set on a seed page; how the same cost grows with the site. */
function openingAtScale(searches) {
  // The seed site is measured first; a generated site, when there is one, after it.
  const bigSearch = searches && searches.length > 1 ? searches.at(-1) : undefined;
  const opening = median(bigSearch?.rows.map((r) => r.openingGzip) ?? []);
  if (opening === undefined || !bigSearch) return "";
  return `Opening search on the ${bigSearch.label}: ${kb(opening)} gzip (the seed-page budget is ${kb(WEIGHT_BUDGET.searchOpen)}). Pagefind's index metadata and tag filters grow with the notes, on top of its fixed WebAssembly runtime and script.`;
}

export function renderSection(results) {
  const m = results.machine;
  const partial = results.skipped.length > 0;
  // A partial run lists only the budgets it measured; the others stay in the sections below.
  const budgets = evaluateBudgets(results).filter((b) => !partial || b.ok !== undefined);
  const when = results.startedAt.replace("T", " ").slice(0, 16);
  const blocks = [
    `## ${when} UTC`,
    `Command: \`${results.command}\` (${s(results.durationSeconds)} in all)`,
    `Machine: ${m.cores} cores (${m.cpuModel}), ${gb(m.memoryBytes)} memory, Node ${m.node}, ${m.platform}; load average ${m.loadAverage.map((x) => x.toFixed(1)).join(" / ")} at the start${m.loadAverage[0] > m.cores ? " — the machine was busy with other work (other builds and test runs), so times are pessimistic" : ""}.`,
    partial ? `Not measured this time: ${results.skipped.join(", ")} (see the earlier sections for those budgets).` : "",
    results.notes?.length ? results.notes.map((x) => `- ${x}`).join("\n") : "",
    "### Budgets (issue 7)",
    table(["Budget", "Goal", "Measured", ""], budgets.map((b) => [b.budget, b.goal, b.measured, mark(b.ok)])),
    openingAtScale(results.search),
    starlightSection(results),
    buildsSection(results),
    growthSection(results),
    weightSection(results.weight),
    searchSection(results.search),
    lighthouseSection(results.lighthouse),
  ];
  return blocks.map((b) => b.trim()).filter((b) => b !== "").join("\n\n");
}

const HEADER = "# Benchmarks\n\nWritten by `npm run bench` (scripts/bench/run.mjs; `--help` for its flags). Newest first; earlier sections are kept.\n\n";

/** Puts the section above the earlier ones. */
export function writeReport(file, section) {
  const old = existsSync(file) ? readFileSync(file, "utf8") : "";
  const first = old.search(/^## /m);
  const earlier = first >= 0 ? old.slice(first) : "";
  writeFileSync(file, `${HEADER}${section.trimEnd()}\n${earlier ? `\n${earlier.trimEnd()}\n` : ""}`);
}
