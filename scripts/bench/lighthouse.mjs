// Lighthouse (the npm package, default mobile settings) on the home page and a note page of the seed
// site, with the system Chromium: the four category scores, median of several runs, and the audits
// that cost points so the figure says what to fix.
import { CHROMIUM_ARGS, CHROMIUM_PATH, SEED_NOTE, log, median } from "./common.mjs";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];

/** The first few things an audit points at (URLs or elements), so the report says what to fix. */
function topItems(audit) {
  const raw = Array.isArray(audit.details?.items) ? audit.details.items : [];
  // "list" details hold tables of their own.
  const items = raw.flatMap((item) => (Array.isArray(item?.items) ? item.items : [item]));
  const names = items.slice(0, 4).map((item) => {
    const url = typeof item.url === "string" ? new URL(item.url).pathname : undefined;
    const node = item.node?.selector ?? item.node?.snippet;
    return url ?? (typeof node === "string" ? node.slice(0, 80) : undefined);
  }).filter(Boolean);
  return names.length ? names.join(", ") : "";
}

export async function measureLighthouse({ site, runs, pages = { home: "", note: `notes/${SEED_NOTE}/` } }) {
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const results = [];
  for (const [name, path] of Object.entries(pages)) {
    const url = site.url(path);
    const samples = [];
    for (let run = 1; run <= runs; run++) {
      // A fresh browser per run: nothing cached, no state from the previous page.
      const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS, "--headless=new"] });
      try {
        const runner = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
        const lhr = runner?.lhr;
        if (!lhr) throw new Error(`lighthouse returned nothing for ${url}`);
        if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? undefined : Math.round(lhr.categories[c].score * 100)]));
        const metrics = Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.numericValue]));
        const failing = [];
        for (const c of CATEGORIES) {
          for (const ref of lhr.categories[c]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
              failing.push({ category: c, id: ref.id, title: audit.title, score: audit.score, display: audit.displayValue ?? "" });
            }
          }
        }
        // Unweighted performance audits that flag something (render-blocking CSS, layout shifts, …).
        const diagnostics = (lhr.categories.performance?.auditRefs ?? [])
          .filter((ref) => ref.weight === 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((audit) => audit && audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
          .map((audit) => ({ id: audit.id, title: audit.title, display: audit.displayValue ?? "", items: topItems(audit) }));
        samples.push({ scores, metrics, failing, diagnostics, warnings: lhr.runWarnings ?? [] });
        log(`lighthouse ${name} run ${run}/${runs}: ${CATEGORIES.map((c) => `${c} ${scores[c] ?? "?"}`).join(", ")}`);
      } finally {
        chrome.kill();
      }
    }
    const failing = new Map();
    for (const s of samples) for (const f of s.failing) failing.set(`${f.category}/${f.id}`, { ...f, seen: (failing.get(`${f.category}/${f.id}`)?.seen ?? 0) + 1 });
    results.push({
      page: name,
      path: `/${path}`,
      runs,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(samples.map((s) => s.scores[c]))])),
      metrics: Object.fromEntries(METRICS.map((m) => [m, median(samples.map((s) => s.metrics[m]))])),
      failing: [...failing.values()],
      diagnostics: [...new Map(samples.flatMap((s) => s.diagnostics).map((d) => [d.id, d])).values()],
      warnings: [...new Set(samples.flatMap((s) => s.warnings))],
    });
  }
  return results;
}
