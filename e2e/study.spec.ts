import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, KB_ORIGIN, test, VARIANTS_ORIGIN } from "./support/site";

/** 학습 루프(이슈 #20): 틀린 문제 다시, 오늘 복습할 문제, 진도 막대, 학습 기록 내보내기/가져오기, 키보드만으로 복습. */

const LAMBDA = "data-pipeline-lambda-integration"; // 정답 C, 태그 service/glue 아님
const GLUE = "aws-glue-serverless-etl"; // 정답 C, 태그 service/glue
const KEY = "kb-quiz:/";

const card = (page: Page) => page.locator("[data-quiz-slot] [data-note]");

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** 노트 페이지에서 보기 하나를 골라 정답 확인. */
async function answerOnNote(page: Page, slug: string, letter: string): Promise<void> {
  await page.goto(`/notes/${slug}/`);
  await page.locator(`[data-pq-option="${letter}"] input`).check();
  await page.getByRole("button", { name: "정답 확인" }).click();
  await expect(page.locator("[data-practice-question] [data-pq-status]")).not.toHaveText("");
}

async function storedAnswers(page: Page): Promise<number> {
  return page.evaluate((key) => {
    const v = JSON.parse(localStorage.getItem(key) ?? "null") as { questions?: Record<string, { answers: unknown[] }> } | null;
    return Object.values(v?.questions ?? {}).reduce((n, q) => n + q.answers.length, 0);
  }, KEY);
}

test.describe("틀린 문제 다시 / 오늘 복습할 문제", () => {
  test("노트에서 틀리고 새로 고침하면 /quiz/의 '틀린 문제 다시'에 그 문제가 나오고, 답하면 다음 복습일이 보인다", async ({ page }) => {
    await page.goto("/quiz/");
    // 처음 온 사람: 복습할 것이 없으니 두 버튼은 꺼져 있다.
    await expect(page.locator("[data-quiz-count]")).toHaveText("문제 4개");
    await expect(page.getByRole("button", { name: "틀린 문제 다시" })).toBeDisabled();
    await expect(page.locator("[data-quiz-count-wrong]")).toHaveText("틀린 문제가 없습니다.");
    await expect(page.locator("[data-study-summary]")).toBeHidden();

    await answerOnNote(page, LAMBDA, "A");
    await expect(page.locator("[data-pq-status]")).toHaveText("틀렸습니다. 정답: C");
    await page.reload();
    await page.goto("/quiz/");
    const wrong = page.getByRole("button", { name: "틀린 문제 다시" });
    await expect(wrong).toBeEnabled();
    await expect(page.locator("[data-quiz-count-wrong]")).toHaveText("1문제");
    // 틀린 답은 다음 학습일에 다시 나오므로 오늘은 아직 복습 대상이 아니다.
    await expect(page.getByRole("button", { name: "오늘 복습할 문제" })).toBeDisabled();
    await expect(page.locator("[data-study-summary-text]")).toHaveText("4문제 중 1문제 풂 · 맞힘 0 · 오늘 복습 0");

    await wrong.click();
    await expect(page.locator("[data-quiz-progress-text]")).toHaveText("1 / 1");
    await expect(card(page)).toHaveAttribute("data-note", LAMBDA);
    await card(page).locator('[data-pq-option="C"] input').check();
    await card(page).getByRole("button", { name: "정답 확인" }).click();
    await expect(card(page).locator("[data-pq-status]")).toHaveText("정답입니다!");
    // 방금 해설을 본 뒤 맞힌 답은 일정을 당기지 않는다: 여전히 내일.
    await expect(card(page).locator("[data-quiz-due]")).toHaveText(/^다음 복습: 내일 \(\d+월 \d+일\)$/);
    await page.getByRole("button", { name: "결과 보기" }).click();
    await expect(page.locator("[data-quiz-score]")).toHaveText("1문제 중 1문제를 맞혔습니다. 모두 맞혔습니다!");
    await page.getByRole("button", { name: "처음부터 다시" }).first().click();
    // 마지막 답이 맞았으니 틀린 문제 목록에서 빠진다. 기록 자체는 남는다.
    await expect(page.getByRole("button", { name: "틀린 문제 다시" })).toBeDisabled();
    expect(await storedAnswers(page)).toBe(2);
  });

  test("/quiz/에서 틀리고 새로 고침해도 그대로: 처음부터 다시 뒤에도 틀린 문제가 남는다", async ({ page }) => {
    await page.goto("/quiz/");
    await page.getByLabel("문제 순서 섞기").uncheck();
    await page.getByRole("button", { name: "시작하기" }).click();
    const first = await card(page).getAttribute("data-note");
    await card(page).locator('[data-pq-option="A"] input').check();
    await card(page).getByRole("button", { name: "정답 확인" }).click();
    await expect(card(page).locator("[data-pq-status]")).toHaveText(/^틀렸습니다/);
    await expect(card(page).locator("[data-quiz-due]")).toHaveText(/^다음 복습: 내일/);
    await page.reload();
    await expect(card(page)).toHaveAttribute("data-note", first ?? "");
    await expect(card(page).locator("[data-quiz-due]")).toHaveText(/^다음 복습: 내일/);
    await page.getByRole("button", { name: "처음부터 다시" }).first().click();
    await page.getByRole("button", { name: "틀린 문제 다시" }).click();
    await expect(card(page)).toHaveAttribute("data-note", first ?? "");
  });

  test("어제 틀린 문제는 오늘 복습할 문제가 된다", async ({ page }) => {
    await page.goto("/quiz/");
    await page.getByLabel("문제 순서 섞기").uncheck();
    await page.getByRole("button", { name: "시작하기" }).click();
    const first = await card(page).getAttribute("data-note");
    await card(page).locator('[data-pq-option="A"] input').check();
    await card(page).getByRole("button", { name: "정답 확인" }).click();
    await expect(card(page).locator("[data-quiz-due]")).toHaveText(/^다음 복습: 내일/);
    // 저장된 기록을 이틀 전으로 옮긴다(카드는 지워 두면 답 기록에서 다시 계산된다).
    await page.evaluate((key) => {
      const v = JSON.parse(localStorage.getItem(key) ?? "{}");
      for (const q of Object.values(v.questions) as { answers: { at: string }[]; card?: unknown }[]) {
        for (const a of q.answers) a.at = new Date(Date.parse(a.at) - 2 * 86_400_000).toISOString();
        delete q.card;
      }
      delete v.run;
      localStorage.setItem(key, JSON.stringify(v));
    }, KEY);
    await page.reload();
    const due = page.getByRole("button", { name: "오늘 복습할 문제" });
    await expect(due).toBeEnabled();
    await expect(page.locator("[data-quiz-count-due]")).toHaveText("1문제");
    await due.click();
    await expect(card(page)).toHaveAttribute("data-note", first ?? "");
  });
});

test.describe("예전 형식(v1)의 기록", () => {
  test("풀던 곳(v1)이 그대로 이어지고, 그때 틀린 문제가 '틀린 문제 다시'에 나온다", async ({ page }) => {
    await page.goto("/quiz/");
    const order = [LAMBDA, GLUE, "aws-etl-pipeline-services", "datalake-glue-serverless-etl"];
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key ?? "", value ?? ""),
      [KEY, JSON.stringify({ v: 1, tag: "", shuffle: false, order, index: 1, results: { [LAMBDA]: { chosen: ["A"], correct: false } } })],
    );
    await page.reload();
    await expect(page.locator("[data-quiz-message]")).toHaveText("지난번에 풀던 곳부터 이어서 풉니다.");
    await expect(page.locator("[data-quiz-progress-text]")).toHaveText("2 / 4");
    await expect(card(page)).toHaveAttribute("data-note", GLUE);
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}") as { v: number }, KEY);
    expect(stored.v).toBe(2);
    await page.getByRole("button", { name: "처음부터 다시" }).first().click();
    await expect(page.locator("[data-quiz-count-wrong]")).toHaveText("1문제");
    await page.getByRole("button", { name: "틀린 문제 다시" }).click();
    await expect(card(page)).toHaveAttribute("data-note", LAMBDA);
  });
});

test.describe("진도 막대", () => {
  test("처음 온 사람에게는 없고, 답한 뒤에는 태그 페이지와 홈에 나온다", async ({ page }) => {
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(r.url()));
    await page.goto("/tags/service/glue/");
    await expect(page.locator("[data-study-progress]")).toBeHidden();
    await page.goto("/");
    await expect(page.locator("[data-study-progress]:visible")).toHaveCount(0);
    expect(fetched.filter((u) => u.includes("questions.json"))).toEqual([]);

    await answerOnNote(page, GLUE, "C");
    await page.goto("/tags/service/glue/");
    const bar = page.getByRole("progressbar", { name: "#service/glue 진도" });
    await expect(bar).toBeVisible();
    await expect(bar).toHaveAttribute("value", "1");
    await expect(bar).toHaveAttribute("max", "3");
    await expect(page.locator("[data-study-progress]")).toContainText("3문제 중 1문제 풂 · 맞힘 1 · 오늘 복습 0");
    expect(await axeViolations(page)).toEqual([]);

    await page.goto("/");
    const site = page.getByRole("progressbar", { name: "전체 진도" });
    await expect(site).toBeVisible();
    await expect(site).toHaveAttribute("max", "4");
    // 태그별: 최상위 태그마다 하나, 답한 문제가 있는 태그만.
    await expect(page.getByRole("progressbar", { name: "#service 진도" })).toHaveAttribute("max", "4");
    await expect(page.getByRole("progressbar", { name: "#usecase 진도" })).toHaveAttribute("value", "1");
    await expect(page.locator("[data-study-group]:visible")).toHaveCount(1 + 5);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("다른 태그의 문제만 풀었다면 그 태그 페이지에는 막대가 없다", async ({ page }) => {
    await answerOnNote(page, LAMBDA, "C");
    await page.goto("/tags/service/glue/");
    await expect(page.locator("h1")).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expect(page.locator("[data-study-progress]")).toBeHidden();
  });
});

test.describe("학습 기록 내보내기 / 가져오기", () => {
  test("내보낸 파일을 새 브라우저에서 가져오면 기록이 돌아온다", async ({ page, browser }, testInfo) => {
    await answerOnNote(page, LAMBDA, "A");
    await answerOnNote(page, GLUE, "C");
    await page.goto("/quiz/");
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "내보내기" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("study-progress.json");
    const file = testInfo.outputPath("progress.json");
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, "utf8")) as { format: string; questions: Record<string, unknown> };
    expect(exported.format).toBe("kb-study-progress");
    expect(Object.keys(exported.questions)).toHaveLength(2);
    await expect(page.locator("[data-study-message]")).toHaveText("문제 2개의 기록을 파일로 내보냈습니다.");

    const context = await browser.newContext();
    const fresh = await context.newPage();
    await fresh.goto("/quiz/");
    await expect(fresh.getByRole("button", { name: "틀린 문제 다시" })).toBeDisabled();
    // 잘못된 파일: 분명한 메시지, 아무것도 바뀌지 않음.
    const input = fresh.locator("[data-study-import-file]");
    await input.setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from("{ 이건 JSON이 아님") });
    await expect(fresh.locator("[data-study-message]")).toHaveText("가져오지 못했습니다: JSON 파일이 아닙니다. 학습 기록은 바뀌지 않았습니다.");
    await input.setInputFiles({ name: "y.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ hello: 1 })) });
    await expect(fresh.locator("[data-study-message]")).toHaveText(/이 사이트에서 내보낸 학습 기록 파일이 아닙니다/);
    const broken = { ...exported, questions: Object.fromEntries(Object.keys(exported.questions).map((id) => [id, { answers: [{ at: "어제", grade: "wrong" }] }])) };
    await input.setInputFiles({ name: "z.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
    await expect(fresh.locator("[data-study-message]")).toHaveText(/^가져오지 못했습니다: 파일의 questions\[".+"\]\.answers\[0\] 항목이 잘못되었습니다/);
    expect(await fresh.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();

    await input.setInputFiles(file);
    await expect(fresh.locator("[data-study-message]")).toHaveText("가져왔습니다: 문제 2개, 새로 더한 답 2개.");
    await expect(fresh.getByRole("button", { name: "틀린 문제 다시" })).toBeEnabled();
    await expect(fresh.locator("[data-study-summary-text]")).toHaveText("4문제 중 2문제 풂 · 맞힘 1 · 오늘 복습 0");
    // 같은 파일을 또 가져와도 답이 겹치지 않고, 새 기기의 답도 잃지 않는다.
    await input.setInputFiles(file);
    await expect(fresh.locator("[data-study-message]")).toHaveText("가져왔습니다: 문제 2개, 새로 더한 답 0개.");
    expect(await storedAnswers(fresh)).toBe(2);
    await fresh.goto("/tags/service/glue/");
    await expect(fresh.getByRole("progressbar", { name: "#service/glue 진도" })).toBeVisible();
    await context.close();
  });
});

test.describe("키보드와 휴대폰", () => {
  test("노트에서 키보드만으로: 확인 뒤 초점은 피드백으로, 다음 Tab은 다시 풀기로", async ({ page }) => {
    await page.goto(`/notes/${GLUE}/`);
    await page.locator('[data-pq-option="A"] input').focus();
    await page.keyboard.press("ArrowDown"); // B
    await page.keyboard.press("Enter");
    const feedback = page.locator("[data-practice-question] [data-pq-feedback]");
    await expect(feedback).toBeFocused();
    await expect(page.locator("[data-practice-question] [data-pq-status]")).toHaveText("틀렸습니다. 정답: C");
    // 채점이 끝난 정답 확인은 더 누를 수 있는 것처럼 남아 있지 않다.
    await expect(page.getByRole("button", { name: "정답 확인" })).toBeHidden();
    await page.keyboard.press("Tab");
    const retry = page.getByRole("button", { name: "다시 풀기" });
    await expect(retry).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator('[data-pq-option="A"] input')).toBeFocused();
    await expect(page.getByRole("button", { name: "정답 확인" })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(page.locator("[data-practice-question] [data-pq-status]")).toHaveText("정답입니다!");
    // 다시 풀어 맞힌 답은 right-after-retry로 기록된다.
    const grades = await page.evaluate((key) => {
      const v = JSON.parse(localStorage.getItem(key) ?? "{}") as { questions: Record<string, { answers: { grade: string }[] }> };
      return Object.values(v.questions).flatMap((q) => q.answers.map((a) => a.grade));
    }, KEY);
    expect(grades).toEqual(["wrong", "right-after-retry"]);
  });

  test("/quiz/에서 키보드만으로 틀린 문제 복습", async ({ page }) => {
    await answerOnNote(page, GLUE, "A");
    await page.goto("/quiz/");
    const wrong = page.getByRole("button", { name: "틀린 문제 다시" });
    await expect(wrong).toBeEnabled();
    await wrong.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#quiz-run-heading")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(card(page).locator('[data-pq-option="A"] input')).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(card(page).locator("[data-pq-status]")).toHaveText("정답입니다!");
    await expect(card(page).locator("[data-quiz-due]")).toHaveText(/^다음 복습:/);
    const finish = page.getByRole("button", { name: "결과 보기" });
    await expect(finish).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#quiz-result-heading")).toBeFocused();
    await expect(page.locator("[data-quiz-score]")).toHaveText("1문제 중 1문제를 맞혔습니다. 모두 맞혔습니다!");
  });

  test("검색 창의 Escape: 검색어가 없으면 한 번에 닫히고, 있으면 먼저 지운다", async ({ page }) => {
    await page.goto(`/notes/${GLUE}/`);
    const button = page.getByRole("button", { name: "검색" });
    const dialog = page.locator("dialog[data-search-dialog]");
    await button.click();
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();

    await button.click();
    const input = dialog.locator("[data-search-input]");
    await input.pressSequentially("glue");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeVisible();
    await expect(input).toHaveValue("");
    await expect(input).toBeFocused();
    await expect(dialog.locator("[data-search-escape-status]")).toHaveText("검색어를 지웠습니다. Esc를 한 번 더 누르면 닫힙니다.");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test("태그 칩, 목차, 머리글 메뉴, 경로, 관련 노트, 제목 앵커 링크는 눌러도 될 만큼 크다(24px 이상)", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`/notes/${GLUE}/`);
    await page.locator("details:has([data-toc])").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const links = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("main a[href^='/tags/'], [data-toc] a, header nav a, [data-breadcrumbs] a, [data-note-links] a, a.heading-anchor")]
        .filter((a) => a.offsetParent !== null)
        .map((a) => ({ text: a.textContent?.trim() ?? "", h: a.getBoundingClientRect().height, w: a.getBoundingClientRect().width })),
    );
    expect(links.length).toBeGreaterThanOrEqual(8);
    expect(links.filter((a) => a.h < 24 || a.w < 24)).toEqual([]);
    await context.close();
  });

  test("/kb/ 아래에서는 /kb/의 기록을 따로 쓴다", async ({ page }) => {
    await page.goto(`${KB_ORIGIN}/kb/notes/${LAMBDA}/`);
    await page.locator('[data-pq-option="A"] input').check();
    await page.getByRole("button", { name: "정답 확인" }).click();
    await expect(page.locator("[data-pq-status]")).toHaveText(/^틀렸습니다/);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(["kb-quiz:/kb/"]);
    await page.goto(`${KB_ORIGIN}/kb/quiz/`);
    await expect(page.getByRole("button", { name: "틀린 문제 다시" })).toBeEnabled();
  });
});

test.describe("학습 화면 접근성", () => {
  test("axe: 기록이 있는 /quiz/ 설정 화면과 결과 화면", async ({ page }) => {
    await answerOnNote(page, LAMBDA, "A");
    await page.goto("/quiz/");
    await expect(page.getByRole("button", { name: "틀린 문제 다시" })).toBeEnabled();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "틀린 문제 다시" }).click();
    await card(page).locator('[data-pq-option="A"] input').check();
    await card(page).getByRole("button", { name: "정답 확인" }).click();
    await expect(card(page).locator("[data-quiz-due]")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe("플래시카드 (#flashcards 노트, e2e/fixtures/notes/til/anki/플래시카드.md)", () => {
  test.use({ baseURL: VARIANTS_ORIGIN });

  test("/quiz/에서 카드로 나오고, 스스로 채점한 결과가 복습 일정과 틀린 문제 다시에 쓰인다", async ({ page }) => {
    await page.goto("/quiz/");
    await expect(page.locator("[data-quiz-count]")).toHaveText("문제 4개");
    await page.getByLabel("문제 순서 섞기").uncheck();
    await page.getByRole("button", { name: "시작하기" }).click();
    await expect(card(page)).toHaveAttribute("data-kind", "card");
    await expect(card(page).locator(".pq-question")).toHaveText("Glue");
    await expect(card(page)).toContainText("서비스");
    await expect(card(page).locator("[data-fc-back]")).toBeHidden();
    await card(page).getByRole("button", { name: "답 보기" }).click();
    await expect(card(page).locator("[data-fc-back]")).toContainText("서버리스 ETL 서비스");
    await expect(card(page).locator("[data-pq-feedback]")).toBeFocused();
    await expect(card(page).getByRole("button", { name: "답 보기" })).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
    await card(page).getByRole("button", { name: "틀렸어요" }).click();
    await expect(card(page).locator("[data-pq-status]")).toHaveText("틀린 것으로 기록했습니다.");
    await expect(card(page).locator("[data-quiz-due]")).toHaveText(/^다음 복습: 내일/);
    await expect(page.getByRole("button", { name: "다음 문제" })).toBeFocused();
    await page.keyboard.press("Enter");

    // 키보드만으로 두 번째 카드.
    await expect(card(page).locator(".pq-question")).toHaveText("Kinesis는 무엇에 쓰나");
    await page.keyboard.press("Tab");
    await expect(card(page).getByRole("button", { name: "답 보기" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(card(page).locator("[data-fc-back]")).toContainText("실시간 스트리밍 데이터를 모으고 처리한다");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(card(page).getByRole("button", { name: "맞혔어요" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(card(page).locator("[data-quiz-due]")).toHaveText(/^다음 복습: \d+일 후 \(\d+월 \d+일\)$/);

    // 새로 고침하면 답한 카드가 답한 채로 돌아온다.
    await page.reload();
    await expect(card(page).locator(".pq-question")).toHaveText("Kinesis는 무엇에 쓰나");
    await expect(card(page).locator("[data-pq-status]")).toHaveText("맞힌 것으로 기록했습니다.");
    await page.getByRole("button", { name: "처음부터 다시" }).first().click();
    await expect(page.locator("[data-quiz-count-wrong]")).toHaveText("1문제");
    await page.getByRole("button", { name: "틀린 문제 다시" }).click();
    await expect(card(page).locator(".pq-question")).toHaveText("Glue");

    // 폴더별 진도: 홈에 til, til/anki 막대.
    await page.goto("/");
    await expect(page.getByRole("progressbar", { name: "til/anki 진도" })).toHaveAttribute("value", "2");
    await expect(page.getByRole("progressbar", { name: "til/anki 진도" })).toHaveAttribute("max", "4");
    await expect(page.getByRole("progressbar", { name: "전체 진도" })).toBeVisible();
  });

  test("Anki 파일에 카드마다 한 줄, 태그는 정규형", async ({ request }) => {
    const lines = (await (await request.get("/quiz/anki.tsv")).text()).split("\n");
    expect(lines.slice(0, 3)).toEqual(["#separator:tab", "#html:true", "#tags column:3"]);
    const rows = lines.slice(3, -1).map((r) => r.split("\t"));
    expect(rows.map((r) => [r[0], r[2]])).toEqual([
      ["Glue", "flashcards 학습::카드"],
      ["Kinesis는 무엇에 쓰나", "flashcards 학습::카드"],
      ["ETL", "flashcards 학습::카드"],
      ["추출, 변환, 적재", "flashcards 학습::카드"],
    ]);
  });
});

test.describe("학습 화면 접근성 (어두운 테마)", () => {
  test("axe: 진도 막대가 있는 태그 페이지와 홈, 기록이 있는 /quiz/", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await answerOnNote(page, GLUE, "A");
    for (const path of ["/tags/service/glue/", "/"]) {
      await page.goto(path);
      await expect(page.getByRole("progressbar").first()).toBeVisible();
      expect(await axeViolations(page), path).toEqual([]);
    }
    await page.goto("/quiz/");
    await expect(page.locator("[data-study-summary]")).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
