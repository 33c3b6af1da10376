import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, VARIANTS_ORIGIN } from "./support/site";

/** e2e/fixtures/notes/문법/옵시디언 문법.md: every Obsidian syntax the site renders, in one note. */
const PAGE = "/notes/문법/옵시디언-문법/";

test.describe("Obsidian syntax as its authors see it", () => {
  test.use({ baseURL: VARIANTS_ORIGIN });

  test("CJK emphasis, highlights, inline tags, math and callouts render; prices and C# stay text", async ({ page }) => {
    await page.goto(PAGE);
    const body = page.locator("[data-note-body]");
    await expect(body.locator("strong").first()).toHaveText("일괄 처리(Batch Processing)");
    await expect(body.locator("mark")).toHaveText("핵심은 지연 시간");
    await expect(body.getByRole("link", { name: "#service/aws-glue" })).toHaveAttribute("href", "/tags/service/glue/");
    await expect(body.locator("math")).toHaveCount(2);
    await expect(body).toContainText("가격은 $5 and $10 이다");
    await expect(body).toContainText("C# 과 #1 은 태그가 아니다");
    await expect(body.locator(".callout", { hasText: "시험 포인트" })).toBeVisible();
    await expect(body.locator("details.callout summary")).toHaveText("접힌 팁");
    // The inline tags count as the note's tags.
    await expect(page.locator("article header").getByRole("link", { name: "#학습/정리" })).toHaveCount(1);
  });

  test("a plugin query is a quiet box, a box drawing stays as drawn, never a diagram", async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator(".plugin-block")).toContainText("Dataview");
    await expect(page.locator("pre", { hasText: "┌──────────┐" })).toBeVisible();
    await expect(page.locator("figure.flow-diagram")).toHaveCount(0);
  });

  test("attachments: a sized image, an audio player, a placeholder for a missing file", async ({ page, request }) => {
    await page.goto(PAGE);
    const image = page.locator("img.embed-image");
    await expect(image).toHaveAttribute("width", "120");
    await expect(image).toHaveAttribute("height", "60");
    expect((await request.get((await image.getAttribute("src")) ?? "")).status()).toBe(200);
    await expect(page.locator("audio.embed-audio")).toHaveCount(1);
    await expect(page.locator(".embed-missing")).toContainText("없는 그림.png");
  });

  test("Markdown links to .md files and relative paths, and block links and embeds, land on the right note", async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator(".note-embed")).toContainText("스토리 포인트는 상대적인 크기다.");
    await page.getByRole("link", { name: "공백 링크" }).click();
    await expect(page).toHaveURL(/\/notes\/til\/anki\/backlog\/$/);
    await expect(page.locator("h1")).toHaveText("Anki 백로그");
    await page.goto(PAGE);
    await page.getByRole("link", { name: "스토리 포인트" }).click();
    await expect(page).toHaveURL(/\/notes\/til\/agile-story\/backlog\/#/);
    await expect(page.locator('[id="^story-points"]')).toBeInViewport();
    // Backlinks come from both kinds of links.
    await expect(page.locator("[data-note-links=backlinks] a", { hasText: "옵시디언 문법 모음" })).toHaveCount(1);
  });

  test("%%comments%% never leave the build: not in the page, not in the search index", async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.locator("body")).not.toContainText("비밀메모");
    const files = readdirSync("dist-variants", { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
    for (const file of files.filter((f) => /\.(html|json|xml|tsv|txt)$/.test(f))) {
      const text = readFileSync(file, "utf8");
      expect(text.includes("비밀메모") || text.includes("숨은비밀"), file).toBe(false);
    }
    // Pagefind falls back to prefixes for a word it does not have, so look at what it returns.
    const indexed = await page.evaluate(async (url) => {
      const pagefind = (await import(url)) as { search: (q: string) => Promise<{ results: { data: () => Promise<{ content: string }> }[] }> };
      const texts: string[] = [];
      for (const query of ["숨은비밀", "비밀메모"]) for (const r of (await pagefind.search(query)).results) texts.push((await r.data()).content);
      return texts.join("\n");
    }, "/pagefind/pagefind.js");
    expect(indexed).not.toContain("숨은비밀");
    expect(indexed).not.toContain("비밀메모");
  });

  test("axe finds no violations on the syntax page (light and dark)", async ({ browser }) => {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${VARIANTS_ORIGIN}${PAGE}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      await context.close();
    }
  });
});

test.describe("vault folders", () => {
  test.use({ baseURL: VARIANTS_ORIGIN });

  test("same-named notes in different folders are two pages at their folder paths", async ({ page }) => {
    await page.goto("/notes/til/anki/backlog/");
    await expect(page.locator("h1")).toHaveText("Anki 백로그");
    await page.goto("/notes/til/agile-story/backlog/");
    await expect(page.locator("h1")).toHaveText("애자일 스토리 백로그");
    await page.getByRole("link", { name: "Anki 쪽 백로그" }).click();
    await expect(page).toHaveURL(/\/notes\/til\/anki\/backlog\/$/);
  });
});

test("the fixture vault's build reports exactly the problems its notes have, each with file and line", () => {
  const warnings = JSON.parse(readFileSync("dist-variants/_build/warnings.json", "utf8")) as { kind: string; file: string; line?: number; message: string }[];
  expect(warnings.map((w) => `${w.kind} ${w.file}:${w.line}`).sort()).toEqual([
    "link glue-crawler-basics.md:19",
    "link 문법/옵시디언 문법.md:44",
    "link 문법/옵시디언 문법.md:48",
  ]);
  expect(warnings.find((w) => w.line === 48)?.message).toMatch(/matches 2 files \(til\/agile-story\/backlog\.md, til\/anki\/backlog\.md\)/);
});
