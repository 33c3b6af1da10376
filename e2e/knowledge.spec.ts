import { expect, KB_ORIGIN, SEED_NOTES, test, VARIANTS_ORIGIN } from "./support/site";

const GLUE_NOTES = [SEED_NOTES["aws-etl-pipeline-services"], SEED_NOTES["aws-glue-serverless-etl"], SEED_NOTES["datalake-glue-serverless-etl"]];

test.describe("tags", () => {
  test("the tag index shows the tree with note counts", async ({ page }) => {
    await page.goto("/tags/");
    const service = page.locator("[data-tag-index] li", { has: page.getByRole("link", { name: "service", exact: true }) }).first();
    await expect(service).toContainText("(4)");
    await expect(service.getByRole("link", { name: "glue", exact: true })).toHaveAttribute("href", "/tags/service/glue/");
    await expect(page.getByRole("link", { name: "aws-glue", exact: true })).toHaveCount(0);
  });

  test("a facet page lists every note under it", async ({ page }) => {
    await page.goto("/tags/service/");
    await expect(page.locator("[data-note-list] > li")).toHaveCount(4);
  });

  test("the canonical Glue page lists all three Glue notes with the glossary entry", async ({ page }) => {
    await page.goto("/tags/service/glue/");
    await expect(page.locator("h1")).toHaveText("AWS Glue");
    await expect(page.locator("[data-service-glossary]")).toContainText("글루");
    const titles = await page.locator("[data-note-list] > li h2").allTextContents();
    expect(titles.sort()).toEqual([...GLUE_NOTES].sort());
  });

  test("the synonym tag URL redirects to the canonical page, and chips show the canonical name", async ({ page }) => {
    await page.goto("/tags/service/aws-glue/");
    await expect(page).toHaveURL(/\/tags\/service\/glue\/$/);
    await page.goto("/notes/aws-glue-serverless-etl/");
    const chips = page.locator("article header [aria-label=태그] a");
    await expect(chips.filter({ hasText: "#service/glue" })).toHaveCount(1);
    await expect(chips.filter({ hasText: "aws-glue" })).toHaveCount(0);
  });
});

test.describe("aliases and related notes", () => {
  test("an alias URL lands on its note, keeps the #fragment, and names the note canonical", async ({ page, request }) => {
    const html = await (await request.get(`${KB_ORIGIN}/kb/notes/glue-crawler/`)).text();
    expect(html).toContain('<link rel="canonical" href="https://example.org/kb/notes/datalake-glue-serverless-etl/"');
    expect(html).toMatch(/http-equiv="refresh" content="0; url=\/kb\/notes\/datalake-glue-serverless-etl\/"/);
    await page.goto("/notes/glue-crawler/");
    await expect(page).toHaveURL(/\/notes\/datalake-glue-serverless-etl\/$/);
    await expect(page.locator("h1")).toHaveText(SEED_NOTES["datalake-glue-serverless-etl"]);
    await page.goto("/notes/etl/#관련-문제");
    await expect(page).toHaveURL(/\/notes\/aws-etl-pipeline-services\/#(%EA%B4%80%EB%A0%A8-%EB%AC%B8%EC%A0%9C|관련-문제)$/);
    await expect(page.locator("#관련-문제")).toBeInViewport();
  });

  test("Glue notes list each other first as related, and say why", async ({ page }) => {
    await page.goto("/notes/aws-glue-serverless-etl/");
    const related = page.locator("[data-note-links=related] li");
    await expect(related.nth(0).locator("a")).toHaveText(SEED_NOTES["aws-etl-pipeline-services"]);
    await expect(related.nth(1).locator("a")).toHaveText(SEED_NOTES["datalake-glue-serverless-etl"]);
    await expect(related.nth(0).locator("[data-related-reason]")).toContainText("같은 서비스: Glue");
  });
});

test.describe("notes with quirks the seeds lack", () => {
  test.use({ baseURL: VARIANTS_ORIGIN });

  test("a Korean tag gets a working URL listing its notes", async ({ page }) => {
    await page.goto("/notes/glue-crawler-basics/");
    await page.locator("article header").getByRole("link", { name: "#학습/비교" }).click();
    await expect(page).toHaveURL(/\/tags\/%ED%95%99%EC%8A%B5\/%EB%B9%84%EA%B5%90\/$/);
    await expect(page.locator("[data-note-list] > li")).toHaveCount(3);
  });

  test("a wikilink goes to the right heading and shows up as a backlink", async ({ page }) => {
    await page.goto("/notes/glue-crawler-basics/");
    await page.getByRole("link", { name: "배치와 스트리밍 비교" }).click();
    await expect(page).toHaveURL(/\/notes\/streaming-vs-batch\/#/);
    await expect(page.locator("h2#배치-처리")).toBeInViewport();
    const backlinks = page.locator("[data-note-links=backlinks] a");
    await expect(backlinks).toHaveText(["Glue 크롤러 기초"]);
    await backlinks.first().click();
    await expect(page).toHaveURL(/\/notes\/glue-crawler-basics\/$/);
  });

  test("an alias wikilink resolves and a missing one is marked, not linked", async ({ page }) => {
    await page.goto("/notes/glue-crawler-basics/");
    await expect(page.locator("a.wikilink", { hasText: "스트리밍-비교" })).toHaveAttribute("href", "/notes/streaming-vs-batch/");
    const missing = page.locator(".wikilink-missing");
    await expect(missing).toHaveText("없는-노트");
    await expect(missing.locator("xpath=ancestor::a")).toHaveCount(0);
  });

  test("MDX, NFD file names, BOM + CRLF + `--- ` notes are published", async ({ page }) => {
    await page.goto("/notes/component-note/");
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.locator("h1")).toHaveText("MDX 컴포넌트 노트");
    await expect(page.locator("strong.badge")).toHaveText("AWS Glue");
    await page.goto("/notes/한글파일이름/");
    await expect(page.locator("h1")).toHaveText("자모가 분리된 한글 노트");
    expect(await page.locator("h1").evaluate((h) => h.textContent === h.textContent?.normalize("NFC"))).toBe(true);
    await page.goto("/notes/windows-note/");
    await expect(page.locator("h1")).toHaveText("윈도우에서 저장한 노트");
  });
});

test.describe("callouts", () => {
  test.use({ baseURL: VARIANTS_ORIGIN });

  test("Obsidian callouts render as styled asides, foldable ones as details", async ({ page }) => {
    await page.goto("/notes/streaming-vs-batch/");
    const tip = page.locator("aside.callout[data-callout=tip]");
    await expect(tip.locator(".callout-title")).toHaveText("시험 팁");
    await expect(tip).toContainText("실시간이면 Kinesis");
    const folded = page.locator("details.callout[data-callout=warning]");
    await expect(folded).not.toHaveAttribute("open", "");
    await expect(folded.getByText("15분 제한을 잊지 말 것.")).toBeHidden();
    await folded.locator("summary").click();
    await expect(folded.getByText("15분 제한을 잊지 말 것.")).toBeVisible();
  });
});
