// Search timing: from the last keystroke of a query to its results in the list (a MutationObserver
// in the page, performance.now()), and the bytes a new query fetches. Median of several runs, each
// on a fresh page with search already open (Pagefind loaded), so it measures the query, not the load.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, SEED_NOTE, log, median, openRecordedPage, openSearch, summarize } from "./common.mjs";

export const SEARCH_QUERIES = ["데이터레이크", "람다", "Glue 크롤러", "스토어", "glue-crawler"];

/** The panel's debounce, read from its source so "after the debounce" follows the code. */
export function searchDebounceMs() {
  const file = join(ROOT, "src", "scripts", "search", "panel.ts");
  if (!existsSync(file)) return undefined;
  const m = /DEBOUNCE_MS\s*=\s*(\d+)/.exec(readFileSync(file, "utf8"));
  return m ? Number(m[1]) : undefined;
}

/** Installed in the page once search is open: records input events and result-list mutations. */
function installProbe() {
  const dialog = document.querySelector("dialog[open]");
  const input = dialog?.querySelector("input[type=search], [role=combobox]");
  const list = dialog?.querySelector("[role=listbox]") ?? dialog?.querySelector("[data-search-results]");
  const status = dialog?.querySelector("[role=status]");
  if (!dialog || !input || !list) throw new Error("search dialog, input or result list not found");
  const probe = { inputs: [], mutations: [] };
  window.__searchProbe = probe;
  // Capture phase on window: runs before the panel's own input listener.
  window.addEventListener("input", (event) => {
    if (event.target === input) probe.inputs.push({ t: event.timeStamp, value: input.value });
  }, true);
  new MutationObserver((records) => {
    const t = performance.now();
    let added = 0;
    let statusChanged = false;
    for (const r of records) {
      if (list === r.target || list.contains(r.target)) added += r.addedNodes.length;
      if (status && (status === r.target || status.contains(r.target))) statusChanged = true;
    }
    if (added === 0 && !statusChanged) return;
    const entry = { t, added, statusChanged, value: input.value, options: list.querySelectorAll("[role=option]").length, status: status?.textContent ?? "" };
    probe.mutations.push(entry);
    requestAnimationFrame(() => {
      entry.frame = performance.now();
    });
  }).observe(dialog, { childList: true, subtree: true, characterData: true });
}

/** One measurement: type all but the last character, let it settle, type the last one. */
async function timeQuery(page, recorder, input, query) {
  const chars = [...query];
  const last = chars.pop();
  const mark = recorder.mark();
  if (chars.length > 0) {
    await input.pressSequentially(chars.join(""));
    await recorder.quiet(600);
  }
  await page.evaluate(() => {
    window.__searchProbe.mutations.length = 0;
    window.__searchProbe.inputs.length = 0;
  });
  await input.pressSequentially(last);
  await page.waitForFunction(
    (q) => window.__searchProbe.mutations.some((m) => m.value.trim() === q.trim() && (m.options > 0 || m.statusChanged)),
    query,
    { timeout: 15000 },
  ).catch(() => {});
  await recorder.quiet(600);
  const probe = await page.evaluate(() => window.__searchProbe);
  const keystroke = probe.inputs.at(-1)?.t;
  const done = probe.mutations.find((m) => m.t >= (keystroke ?? 0) && m.value.trim() === query.trim() && m.added > 0)
    ?? probe.mutations.find((m) => m.t >= (keystroke ?? 0) && m.statusChanged);
  const fetched = summarize(recorder.entries.slice(mark));
  // Where the time went: the requests made between the keystroke and the results (Resource Timing
  // shares performance.now()'s clock), e.g. Pagefind index chunks and result fragments.
  const requests = keystroke === undefined || !done ? [] : await page.evaluate(
    ({ from, to }) => performance.getEntriesByType("resource").filter((e) => e.startTime >= from && e.responseEnd <= to).map((e) => ({ start: e.startTime, end: e.responseEnd })),
    { from: keystroke, to: done.t },
  );
  const firstRequest = requests.length ? Math.min(...requests.map((r) => r.start)) : undefined;
  // The longest stretch with no request in flight between the first request and the results: the
  // browser computing (Pagefind searching and ranking on the main thread), not waiting for data.
  let longestIdle = 0;
  let busyUntil = firstRequest ?? 0;
  for (const r of [...requests].sort((a, b) => a.start - b.start)) {
    longestIdle = Math.max(longestIdle, r.start - busyUntil);
    busyUntil = Math.max(busyUntil, r.end);
  }
  const lastResponse = requests.length ? Math.max(...requests.map((r) => r.end)) : undefined;
  return {
    firstRequestMs: firstRequest === undefined ? undefined : firstRequest - keystroke,
    lastResponseMs: lastResponse === undefined ? undefined : lastResponse - keystroke,
    renderAfterFetchMs: lastResponse === undefined ? undefined : done.t - lastResponse,
    requestsBeforeResults: requests.length,
    longestIdleMs: requests.length ? longestIdle : undefined,
    ms: keystroke !== undefined && done ? done.t - keystroke : undefined,
    frameMs: keystroke !== undefined && done?.frame ? done.frame - keystroke : undefined,
    results: done?.options ?? 0,
    status: done?.status ?? "",
    fetchedGzip: fetched.total.gzip,
    fetchedRaw: fetched.total.raw,
    fetchedFontGzip: fetched.font.gzip,
    requests: fetched.total.count,
  };
}

export async function measureSearch({ browser, site, runs, label, queries = SEARCH_QUERIES, notePath = `notes/${SEED_NOTE}/` }) {
  const debounce = searchDebounceMs();
  const rows = [];
  for (const query of queries) {
    const samples = [];
    for (let run = 1; run <= runs; run++) {
      const { context, page, recorder } = await openRecordedPage(browser, site, notePath);
      await recorder.quiet(500);
      const openingMark = recorder.mark();
      const { input } = await openSearch(page);
      await recorder.quiet(700); // the panel mounts and loads Pagefind and its filters
      // What opening search costs on this site: Pagefind's metadata and filters grow with the notes.
      const opening = summarize(recorder.entries.slice(openingMark));
      await page.evaluate(installProbe);
      samples.push({ ...(await timeQuery(page, recorder, input, query)), openingGzip: opening.total.gzip, openingRequests: opening.total.count });
      await recorder.stop();
      await context.close();
    }
    const row = {
      query,
      runs,
      ms: median(samples.map((s) => s.ms)),
      frameMs: median(samples.map((s) => s.frameMs)),
      afterDebounceMs: debounce === undefined ? undefined : median(samples.map((s) => (s.ms === undefined ? undefined : s.ms - debounce))),
      samplesMs: samples.map((s) => (s.ms === undefined ? null : Math.round(s.ms))),
      results: median(samples.map((s) => s.results)),
      status: samples.at(-1).status,
      // The panel's count line ("3542개 결과"): how many notes matched, of which `results` are shown.
      matches: Number(/\d[\d,]*/.exec(samples.at(-1).status)?.[0]?.replaceAll(",", "") ?? NaN) || undefined,
      fetchedGzip: median(samples.map((s) => s.fetchedGzip)),
      fetchedRaw: median(samples.map((s) => s.fetchedRaw)),
      fetchedFontGzip: median(samples.map((s) => s.fetchedFontGzip)),
      firstRequestMs: median(samples.map((s) => s.firstRequestMs)),
      lastResponseMs: median(samples.map((s) => s.lastResponseMs)),
      renderAfterFetchMs: median(samples.map((s) => s.renderAfterFetchMs)),
      requestsBeforeResults: median(samples.map((s) => s.requestsBeforeResults)),
      longestIdleMs: median(samples.map((s) => s.longestIdleMs)),
      requests: median(samples.map((s) => s.requests)),
      openingGzip: median(samples.map((s) => s.openingGzip)),
      openingRequests: median(samples.map((s) => s.openingRequests)),
    };
    rows.push(row);
    log(`search ${label} "${query}": ${row.ms?.toFixed(0) ?? "?"} ms keystroke→results (runs ${row.samplesMs.join(", ")}), ${row.results} shown, ${(row.fetchedGzip / 1024).toFixed(1)} KB gzip in ${row.requests} requests`);
  }
  return { label, debounceMs: debounce, rows };
}
