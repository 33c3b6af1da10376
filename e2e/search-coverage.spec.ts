import { existsSync } from "node:fs";
import { expect, test } from "./support/site";
import { indexedPages, indexedVisibleText, wordsOf } from "./support/pagefind-index";
import { HELP_ORIGIN, SITE_ORIGIN } from "./support/ports";
import { SEARCH_INTERFACE_SELECTORS } from "../src/lib/search/interface";

/**
 * Search indexes all the text a reader sees, exactly once: for every note page, the words shown in
 * the article (quiz options and explanations, callout titles, table cells, diagram labels included)
 * against the words Pagefind indexed before the hidden forms. Hidden duplicates (the no-JavaScript
 * answer block, screen-reader copies) must not be indexed.
 */
const SITES = [
  { name: "seeds", dir: "dist", origin: SITE_ORIGIN },
  { name: "obsidian-help-ko", dir: "dist-help", origin: HELP_ORIGIN },
];

for (const site of SITES) {
  test(`every note page of ${site.name}: the visible words are the indexed words`, async ({ page }) => {
    test.skip(!existsSync(`${site.dir}/pagefind`), `${site.dir} not built`);
    test.setTimeout(600_000);
    const problems: string[] = [];
    for (const indexed of indexedPages(site.dir)) {
      await page.goto(`${site.origin}${indexed.url}`);
      const shown = await page.locator("article[data-pagefind-body]").evaluate((article, interfaceSelectors) => {
        const copy = article.cloneNode(true) as HTMLElement;
        // What exists for the index or for assistive technology only, interface text, and what is
        // not text. Parts shown later (explanations after an answer, a folded callout) stay: a reader sees them.
        copy
          .querySelectorAll(["#search-forms", "[data-pagefind-ignore]", ".sr-only", "script", "style", "template", "svg", "annotation", ...interfaceSelectors].join(", "))
          .forEach((element) => element.remove());
        // Block boundaries separate words (textContent would glue "제목" and "본문").
        copy.querySelectorAll("p, li, td, th, h1, h2, h3, h4, h5, h6, div, dt, dd, pre, label, summary, figcaption, br").forEach((element) => element.append(" "));
        return copy.textContent ?? "";
      }, [...SEARCH_INTERFACE_SELECTORS]);
      const visible = new Set(wordsOf(shown));
      const indexedText = indexedVisibleText(indexed, "search-forms");
      const inIndex = new Set(wordsOf(indexedText));
      // Where an element boundary falls inside a word (ID<sup>…</sup>예요), the two sides may split it
      // differently: a word counts when it is there with spacing ignored.
      const solid = (text: string) => text.normalize("NFC").toLowerCase().replace(/\s+/gu, "");
      const indexedSolid = solid(indexedText);
      const shownSolid = solid(shown);
      const missing = [...visible].filter((word) => !inIndex.has(word) && !indexedSolid.includes(word));
      const extra = [...inIndex].filter((word) => !visible.has(word) && !shownSolid.includes(word));
      if (missing.length > 0) problems.push(`${indexed.url}: shown, not indexed: ${missing.slice(0, 12).join(" ")}`);
      if (extra.length > 0) problems.push(`${indexed.url}: indexed, not shown: ${extra.slice(0, 12).join(" ")}`);
    }
    expect(problems).toEqual([]);
  });
}
