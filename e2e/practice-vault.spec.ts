import { existsSync } from "node:fs";
import { checkInternalLinks } from "./support/crawl";
import { expect, test } from "./support/site";
import { HELP_ORIGIN } from "./support/ports";

/**
 * Obsidian's Korean help vault, published as it is (scripts/build-practice-vault.mjs → dist-help):
 * folders, Obsidian Publish permalinks, same-named notes, attachments, embeds, block references.
 */
const HELP = HELP_ORIGIN;
const built = !existsSync("dist-help/.skipped") && existsSync("dist-help/notes");

test.describe("a real vault: obsidian-help-ko", () => {
  test.skip(!built, "the practice vault is not beside the repository");
  test.use({ baseURL: HELP });

  test("every internal href and src of the built site resolves", () => {
    const { pages, broken } = checkInternalLinks("dist-help", "/");
    expect(pages).toBeGreaterThan(170);
    expect(broken).toEqual([]);
  });

  test("same-named notes in different folders are two pages, each at its own URL", async ({ page }) => {
    await page.goto("/notes/publish/security/");
    await expect(page.locator("h1")).toHaveText("보안 및 개인정보 보호");
    const publish = await page.locator("[data-note-body]").innerText();
    await page.goto("/notes/sync/security/");
    await expect(page.locator("h1")).toHaveText("보안 및 개인정보 보호");
    expect(await page.locator("[data-note-body]").innerText()).not.toBe(publish);
  });

  test("an image embed keeps its size, an audio embed plays, a note section is embedded in place", async ({ page, request }) => {
    await page.goto("/notes/advanced-syntax/");
    const sized = page.locator('img.embed-image[src$="engelbart.jpg"][width="100"]').first();
    await expect(sized).toBeVisible();
    expect((await request.get(new URL((await sized.getAttribute("src")) ?? "", HELP).toString())).status()).toBe(200);
    await page.goto("/notes/embeds/");
    const audio = page.locator("audio.embed-audio");
    await expect(audio).toHaveCount(1);
    expect((await request.get(new URL((await audio.getAttribute("src")) ?? "", HELP).toString())).headers()["content-type"]).toBe("audio/ogg");
    await expect(page.locator(".note-embed").first()).toBeVisible();
  });

  test("a block embed shows the callout it names, with a link to its note", async ({ page }) => {
    await page.goto("/notes/create-note/");
    const embed = page.locator(".note-embed", { hasText: "시스템 문자 제한" });
    await expect(embed).toBeVisible();
    await expect(embed.locator(".callout")).toHaveCount(1);
    await embed.getByRole("link", { name: /원본 노트/ }).click();
    await expect(page).toHaveURL(/\/notes\/manage-notes\/#%5Eblockquote-system-limitation$/);
    await expect(page.locator('[id="^blockquote-system-limitation"]')).toHaveCount(1);
  });

  test("backlinks list the notes that link here", async ({ page }) => {
    await page.goto("/notes/manage-notes/");
    const backlinks = page.locator("[data-note-links=backlinks] a");
    await expect(backlinks.first()).toBeVisible();
    expect(await backlinks.count()).toBeGreaterThan(1);
  });

  test("the site is named after the vault, not after our AWS notes", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("header a").first()).toHaveText("obsidian-help-ko");
    expect(await page.title()).not.toContain("AWS");
  });

  test("the build report lists every warning with its file", async ({ request }) => {
    const report = await (await request.get("/_build/warnings.txt")).text();
    expect(report.split("\n").filter((l) => l !== "").every((l) => /^\[[a-z]+\] \S.*: /.test(l))).toBe(true);
  });
});
