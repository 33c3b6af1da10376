// Page weight of a seed note page: what a reader downloads before and after opening search and
// running one query (raw and gzip per resource type, request count). Median of several fresh loads.
import { SEED_NOTE, lazyChunks, log, median, medianSummary, openRecordedPage, openSearch, summarize } from "./common.mjs";

export const WEIGHT_QUERY = "데이터레이크";
/** Requests a note page must not make before search is opened (besides the lazy chunks found). */
const EAGER_FORBIDDEN = /mermaid|\/pagefind\//i;

export async function measureWeight({ browser, site, runs, notePath = `notes/${SEED_NOTE}/` }) {
  const samples = [];
  for (let run = 1; run <= runs; run++) {
    const { context, page, recorder } = await openRecordedPage(browser, site, notePath);
    const before = (await recorder.quiet(700)).slice();
    const lazy = lazyChunks(before.filter((e) => e.kind === "js"));
    const forbidden = before.filter((e) => EAGER_FORBIDDEN.test(e.url) || lazy.has(e.url)).map((e) => e.url);

    const mark = recorder.mark();
    const { input, results } = await openSearch(page);
    await recorder.quiet(700);
    await input.fill(WEIGHT_QUERY);
    await results.locator("[role=option]").first().waitFor({ state: "attached", timeout: 15000 }).catch(() => {});
    const after = (await recorder.quiet(700)).slice(mark);
    const resultCount = await results.locator("[role=option]").count();
    await recorder.stop();
    await context.close();
    samples.push({ before, after, forbidden, lazy: [...lazy], resultCount });
    const b = summarize(before).total;
    const a = summarize(after).total;
    log(`weight run ${run}/${runs}: page ${b.count} requests ${(b.gzip / 1024).toFixed(1)} KB gzip; search +${a.count} requests +${(a.gzip / 1024).toFixed(1)} KB gzip, ${resultCount} results shown`);
  }
  const strip = (entries) => entries.map(({ text, ...rest }) => rest);
  const last = samples.at(-1);
  return {
    page: `/${notePath}`,
    query: WEIGHT_QUERY,
    runs,
    before: medianSummary(samples.map((s) => summarize(s.before))),
    search: medianSummary(samples.map((s) => summarize(s.after))),
    resultCount: median(samples.map((s) => s.resultCount)),
    forbiddenBefore: [...new Set(samples.flatMap((s) => s.forbidden))],
    lazyChunks: last.lazy,
    lastRun: { before: strip(last.before), search: strip(last.after) },
  };
}
