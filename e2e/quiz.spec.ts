import { gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, KB_ORIGIN, SEED_NOTES, test } from "./support/site";

const WITH_QUESTION = [
  "data-pipeline-lambda-integration",
  "aws-etl-pipeline-services",
  "datalake-glue-serverless-etl",
  "aws-glue-serverless-etl",
] as const;
type QuestionNote = (typeof WITH_QUESTION)[number];

const ANSWERS: Record<QuestionNote, string[]> = {
  "data-pipeline-lambda-integration": ["C"],
  "aws-etl-pipeline-services": ["B", "E"],
  "datalake-glue-serverless-etl": ["B", "E"],
  "aws-glue-serverless-etl": ["C"],
};

const question = (page: Page) => page.locator("section[data-practice-question]");
const option = (page: Page, letter: string) => page.locator(`[data-pq-option="${letter}"]`);
const input = (page: Page, letter: string) => option(page, letter).locator("input");
const status = (page: Page) => page.locator("[data-practice-question] [data-pq-status]");

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe("practice question on a note", () => {
  test("a right answer: marks, explanations and the announcement", async ({ page }) => {
    await page.goto("/notes/data-pipeline-lambda-integration/");
    const section = question(page);
    await expect(section.getByRole("heading", { level: 2 })).toHaveAttribute("id", "관련-문제");
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("📝 관련 문제");
    // One answer: radio buttons in a group named by the question.
    const group = page.getByRole("group", { name: /Which of the following statements is true regarding AWS Data Pipeline\?/ });
    await expect(group.getByRole("radio")).toHaveCount(5);
    await expect(section.getByText("개를 고르세요")).toHaveCount(0);
    // The answer stays behind the check button when JS runs.
    await expect(section.locator("[data-pq-fallback]")).toBeHidden();
    await expect(section.locator("[data-pq-explanation]").first()).toBeHidden();

    await page.getByRole("radio", { name: /^C AWS Data Pipeline allows you to execute AWS Lambda functions/ }).check();
    await page.getByRole("button", { name: "정답 확인" }).click();
    await expect(status(page)).toHaveText("정답입니다!");
    await expect(option(page, "C").locator("[data-pq-mark]")).toHaveText("✓ 정답");
    await expect(option(page, "C")).toHaveAttribute("data-result", "right");
    for (const letter of ["A", "B", "D", "E"]) await expect(option(page, letter).locator("[data-pq-mark]")).toBeHidden();
    // Every option's explanation sits next to it; the answer is revealed after the options.
    await expect(option(page, "A").locator("[data-pq-explanation]")).toHaveText("해설: 그래픽 인터페이스 제공과 동시에 코드를 통한 워크플로우 수정도 지원함");
    await expect(option(page, "E").locator("[data-pq-explanation]")).toBeVisible();
    await expect(section.locator("[data-pq-reveal]")).toContainText("정답: C");
    // The mark is part of the option's accessible name, so it is not told by colour only.
    await expect(page.getByRole("radio", { name: /^C .* 정답$/ })).toBeChecked();
    await expect(input(page, "A")).toHaveAttribute("aria-describedby", /-A-why$/);
  });

  test("a wrong answer names the right one", async ({ page }) => {
    await page.goto("/notes/data-pipeline-lambda-integration/");
    await input(page, "A").check();
    await page.getByRole("button", { name: "정답 확인" }).click();
    await expect(status(page)).toHaveText("틀렸습니다. 정답: C");
    await expect(option(page, "A").locator("[data-pq-mark]")).toHaveText("✗ 오답");
    await expect(option(page, "A")).toHaveAttribute("data-result", "wrong");
    await expect(option(page, "C").locator("[data-pq-mark]")).toHaveText("✓ 정답");
    await expect(option(page, "B").locator("[data-pq-mark]")).toBeHidden();
    // The options are locked until 다시 풀기.
    await expect(input(page, "C")).toBeDisabled();
  });

  test("works from the keyboard", async ({ page }) => {
    await page.goto("/notes/aws-glue-serverless-etl/");
    await input(page, "A").focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(input(page, "C")).toBeChecked();
    await page.keyboard.press("Enter");
    await expect(status(page)).toHaveText("정답입니다!");
  });

  test("a two-answer question asks for two and says when the count is wrong", async ({ page }) => {
    await page.goto("/notes/datalake-glue-serverless-etl/");
    const group = page.getByRole("group", { name: /Select TWO\.\) 2개를 고르세요$/ });
    await expect(group.getByRole("checkbox")).toHaveCount(5);
    await input(page, "B").check();
    await page.getByRole("button", { name: "정답 확인" }).click();
    await expect(status(page)).toHaveText("2개를 골라야 합니다. 지금 1개를 골랐습니다.");
    await expect(page.locator("[data-pq-mark]:visible")).toHaveCount(0);
    await input(page, "A").check();
    await input(page, "C").check();
    await page.getByRole("button", { name: "정답 확인" }).click();
    await expect(status(page)).toHaveText("2개를 골라야 합니다. 지금 3개를 골랐습니다.");
    await input(page, "A").uncheck();
    await input(page, "C").uncheck();
    await input(page, "E").check();
    await page.getByRole("button", { name: "정답 확인" }).click();
    await expect(status(page)).toHaveText("정답입니다!");
    await expect(option(page, "B").locator("[data-pq-mark]")).toHaveText("✓ 정답");
    await expect(option(page, "E").locator("[data-pq-mark]")).toHaveText("✓ 정답");
    // A and C share one explanation; A has a second one of its own.
    await expect(option(page, "A").locator("[data-pq-explanation]")).toContainText("CloudWatch Alarm은 메트릭 기반 모니터링");
    await expect(option(page, "A").locator("[data-pq-explanation]")).toContainText("AWS Batch는 컨테이너 기반");
    await expect(option(page, "C").locator("[data-pq-explanation]")).toContainText("CloudWatch Alarm은 메트릭 기반 모니터링");
  });

  test("the other two-answer question: a wrong pair, then 다시 풀기 and the right pair", async ({ page }) => {
    await page.goto("/notes/aws-etl-pipeline-services/");
    await expect(question(page).locator(".pq-hint")).toHaveText("2개를 고르세요");
    await input(page, "A").check();
    await input(page, "B").check();
    await page.getByRole("button", { name: "정답 확인" }).click();
    await expect(status(page)).toHaveText("틀렸습니다. 정답: B, E");
    await expect(option(page, "A").locator("[data-pq-mark]")).toHaveText("✗ 오답");
    await expect(option(page, "B").locator("[data-pq-mark]")).toHaveText("✓ 정답");
    await expect(option(page, "E").locator("[data-pq-mark]")).toHaveText("✓ 정답");
    await expect(option(page, "B").locator("[data-pq-explanation]")).toHaveText("해설: 완전 관리형 ETL 서비스로 배치 데이터 처리에 최적화");

    await page.getByRole("button", { name: "다시 풀기" }).click();
    await expect(page.locator("[data-pq-input]:checked")).toHaveCount(0);
    await expect(page.locator("[data-pq-mark]:visible")).toHaveCount(0);
    await expect(page.locator("[data-pq-explanation]:visible")).toHaveCount(0);
    await expect(page.locator("[data-pq-reveal]")).toBeHidden();
    await expect(page.locator("[data-pq-status]")).toHaveText("");
    await expect(page.locator("[data-pq-option][data-result]")).toHaveCount(0);
    await expect(input(page, "A")).toBeFocused();
    await expect(input(page, "A")).not.toHaveAttribute("aria-describedby");

    await input(page, "B").check();
    await input(page, "E").check();
    await page.getByRole("button", { name: "정답 확인" }).click();
    await expect(status(page)).toHaveText("정답입니다!");
  });

  test("the table of contents links to the question; the note without one has none", async ({ page }) => {
    await page.goto("/notes/datalake-glue-serverless-etl/");
    const link = page.locator("aside [data-toc]").getByRole("link", { name: "📝 관련 문제" });
    await expect(link).toHaveAttribute("href", "#관련-문제");
    await link.click();
    await expect(page.locator("h2#관련-문제")).toBeInViewport();
    await expect(page.locator("#관련-문제")).toHaveCount(1);
    await page.goto("/notes/aws-data-pipeline-lecture/");
    await expect(page.locator("[data-practice-question]")).toHaveCount(0);
    await expect(page.locator("[data-toc] a[href='#관련-문제']")).toHaveCount(0);
  });

  test("without JavaScript the answer and explanations are one click away", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/notes/datalake-glue-serverless-etl/");
    await expect(page.getByRole("button", { name: "정답 확인" })).toBeHidden();
    const details = page.locator("details[data-pq-fallback]");
    await expect(details).toBeVisible();
    await details.getByText("정답과 해설 보기").click();
    await expect(details).toContainText("정답: B, E");
    await expect(details).toContainText("B) Configure a CloudWatch event that triggers a Lambda function");
    await expect(details).toContainText("E) Extract the S3 data using AWS Glue crawlers and create metadata tables using AWS Glue Data Catalog");
    await expect(details).toContainText("A, C: CloudWatch Alarm은 메트릭 기반 모니터링으로 이벤트 기반 트리거에 부적합");
    await expect(details).toContainText("D: EMR의 Hive 메타스토어는 클러스터 관리가 필요하여 서버리스 요구사항 위배");
    // The practice page points to the notes instead.
    await page.goto("/quiz/");
    const links = page.locator("[data-quiz-app] a[href$='#%EA%B4%80%EB%A0%A8-%EB%AC%B8%EC%A0%9C']");
    await expect(links).toHaveCount(4);
    await context.close();
  });

  test("the note page stays under the JS budget and does not fetch the question list", async ({ page, request }) => {
    const fetched: string[] = [];
    page.on("request", (r) => fetched.push(r.url()));
    await page.goto("/notes/datalake-glue-serverless-etl/");
    await input(page, "B").check();
    await input(page, "E").check();
    await page.getByRole("button", { name: "정답 확인" }).click();
    await expect(status(page)).toHaveText("정답입니다!");
    expect(fetched.filter((u) => u.includes("questions.json") || u.includes("anki.tsv"))).toEqual([]);
    const scripts = await page.evaluate(() =>
      [...document.scripts].map((s) => ({ src: s.src, text: s.src ? "" : (s.textContent ?? "") })),
    );
    const jsUrls = fetched.filter((u) => /\.m?js(\?|$)/.test(u));
    let bytes = 0;
    for (const s of scripts) if (!s.src) bytes += gzipSync(s.text).length;
    for (const url of new Set([...jsUrls, ...scripts.filter((s) => s.src).map((s) => s.src)])) {
      bytes += gzipSync(await (await request.get(url)).body()).length;
    }
    expect(bytes).toBeLessThanOrEqual(10 * 1024);
  });

  test("readable at 360 px after checking", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto("/notes/datalake-glue-serverless-etl/");
    await input(page, "A").check();
    await input(page, "B").check();
    await page.getByRole("button", { name: "정답 확인" }).click();
    await expect(status(page)).toHaveText("틀렸습니다. 정답: B, E");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

interface QuestionJson {
  note: string;
  url: string;
  title: string;
  tags: string[];
  question: string;
  options: { letter: string; text: string }[];
  answers: string[];
  explanations: { letters: string[]; text: string }[];
  multiple: boolean;
}

test.describe("exports", () => {
  test("questions.json has the four questions with their exact answers", async ({ request }) => {
    const response = await request.get("/quiz/questions.json");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const questions = (await response.json()) as QuestionJson[];
    expect(questions.map((q) => q.note).sort()).toEqual([...WITH_QUESTION].sort());
    for (const q of questions) {
      const slug = q.note as QuestionNote;
      expect(q.answers, slug).toEqual(ANSWERS[slug]);
      expect(q.url).toBe(`/notes/${slug}/`);
      expect(q.title).toBe(SEED_NOTES[slug]);
      expect(q.options.map((o) => o.letter)).toEqual(["A", "B", "C", "D", "E"]);
      expect(q.multiple).toBe(ANSWERS[slug].length > 1);
    }
    const datalake = questions.find((q) => q.note === "datalake-glue-serverless-etl");
    expect(datalake?.tags).toEqual(["service/glue", "architecture/serverless", "usecase/datalake", "pipeline/event-driven", "storage/s3"]);
    expect(datalake?.explanations).toEqual([
      { letters: ["A", "C"], text: "CloudWatch Alarm은 메트릭 기반 모니터링으로 이벤트 기반 트리거에 부적합" },
      { letters: ["A"], text: "AWS Batch는 컨테이너 기반 배치 처리로 ETL 전용 Glue보다 복잡함" },
      { letters: ["D"], text: "EMR의 Hive 메타스토어는 클러스터 관리가 필요하여 서버리스 요구사항 위배" },
    ]);
    expect(datalake?.question).toMatch(/^A Data Scientist is building a data lake solution in Amazon S3/);
  });

  test("questions.json under /kb/ links under /kb/", async ({ request }) => {
    const questions = (await (await request.get(`${KB_ORIGIN}/kb/quiz/questions.json`)).json()) as QuestionJson[];
    expect(questions).toHaveLength(4);
    for (const q of questions) expect(q.url).toBe(`/kb/notes/${q.note}/`);
  });

  test("anki.tsv has the Anki header lines and one row per question, linking back to the site", async ({ request }) => {
    const response = await request.get(`${KB_ORIGIN}/kb/quiz/anki.tsv`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/tab-separated-values; charset=utf-8");
    const lines = (await response.text()).split("\n");
    expect(lines.slice(0, 3)).toEqual(["#separator:tab", "#html:true", "#tags column:3"]);
    expect(lines.at(-1)).toBe("");
    const rows = lines.slice(3, -1);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row.split("\t")).toHaveLength(3);
    const datalake = rows.find((r) => r.startsWith("A Data Scientist"))?.split("\t");
    expect(datalake?.[1]).toMatch(/^<b>정답: B, E<\/b><br>B\) Configure a CloudWatch event/);
    expect(datalake?.[1]).toContain('<a href="https://example.org/kb/notes/datalake-glue-serverless-etl/#%EA%B4%80%EB%A0%A8-%EB%AC%B8%EC%A0%9C">AWS 서버리스 데이터레이크와 이벤트 기반 ETL 파이프라인</a>');
    expect(datalake?.[2]).toBe("service::glue architecture::serverless usecase::datalake pipeline::event-driven storage::s3");
  });
});

/** Answers whatever question is shown: right, unless the note is in `wrong`. */
async function answerShown(page: Page, wrong: readonly string[] = []): Promise<string> {
  const card = page.locator("[data-quiz-slot] [data-note]");
  const slug = (await card.getAttribute("data-note")) as QuestionNote;
  const right = ANSWERS[slug];
  const picks = wrong.includes(slug) ? (right.length > 1 ? ["A", "B"] : ["A"]) : right;
  for (const letter of picks) await card.locator(`[data-pq-option="${letter}"] input`).check();
  await card.getByRole("button", { name: "정답 확인" }).click();
  await expect(card.locator("[data-pq-status]")).toHaveText(wrong.includes(slug) ? /^틀렸습니다/ : "정답입니다!");
  return slug;
}

test.describe("/quiz/ practice page", () => {
  test("from start to score, with a review of mistakes that links back", async ({ page }) => {
    await page.goto("/quiz/");
    await expect(page.locator("h1")).toHaveText("문제 풀기");
    await expect(page.getByLabel("태그", { exact: true })).toHaveValue("");
    await expect(page.locator("[data-quiz-count]")).toHaveText("문제 4개");
    await page.getByRole("button", { name: "시작하기" }).click();
    const seen: string[] = [];
    for (let i = 1; i <= 4; i++) {
      await expect(page.locator("[data-quiz-progress-text]")).toHaveText(`${i} / 4`);
      await expect(page.locator("#quiz-run-heading")).toHaveText(`문제 ${i}`);
      await expect(page.locator("#quiz-run-heading")).toBeFocused();
      seen.push(await answerShown(page, ["datalake-glue-serverless-etl"]));
      const next = page.getByRole("button", { name: i < 4 ? "다음 문제" : "결과 보기" });
      await expect(next).toBeFocused();
      await next.click();
    }
    expect([...seen].sort()).toEqual([...WITH_QUESTION].sort());
    await expect(page.locator("[data-quiz-score]")).toHaveText("4문제 중 3문제를 맞혔습니다.");
    const mistakes = page.locator("[data-quiz-mistake]");
    await expect(mistakes).toHaveCount(1);
    await expect(mistakes).toContainText("내 답: A, B · 정답: B, E");
    const link = mistakes.getByRole("link", { name: `노트에서 보기: ${SEED_NOTES["datalake-glue-serverless-etl"]}` });
    await expect(link).toHaveAttribute("href", "/notes/datalake-glue-serverless-etl/#관련-문제");
    await link.click();
    await expect(page).toHaveURL(/\/notes\/datalake-glue-serverless-etl\/#/);
    await expect(page.locator("h2#관련-문제")).toBeInViewport();
  });

  test("a perfect run has no review; filtering by a parent tag keeps its children", async ({ page }) => {
    await page.goto("/quiz/");
    const select = page.getByLabel("태그", { exact: true });
    // Parent levels are offered: `service` covers all four notes' service/* tags.
    await expect(select.locator("option[value='service']")).toHaveText("service (4)");
    // Canonical tags: the note tagged service/aws-glue is a service/glue question too, as on the tag page.
    await select.selectOption("service/glue");
    await expect(page.locator("[data-quiz-count]")).toHaveText("문제 3개");
    await expect(select.locator("option[value='service/aws-glue']")).toHaveCount(0);
    await page.getByLabel("문제 순서 섞기").uncheck();
    await page.getByRole("button", { name: "시작하기" }).click();
    await expect(page.locator("[data-quiz-progress-text]")).toHaveText("1 / 3");
    // Unshuffled: newest note first, the undated one last.
    expect(await answerShown(page)).toBe("aws-etl-pipeline-services");
    await page.getByRole("button", { name: "다음 문제" }).click();
    expect(await answerShown(page)).toBe("datalake-glue-serverless-etl");
    await page.getByRole("button", { name: "다음 문제" }).click();
    expect(await answerShown(page)).toBe("aws-glue-serverless-etl");
    await page.getByRole("button", { name: "결과 보기" }).click();
    await expect(page.locator("[data-quiz-score]")).toHaveText("3문제 중 3문제를 맞혔습니다. 모두 맞혔습니다!");
    await expect(page.locator("[data-quiz-review]")).toBeHidden();
  });

  test("progress is kept in localStorage: reload resumes, 처음부터 다시 clears", async ({ page }) => {
    await page.goto("/quiz/");
    await page.getByRole("button", { name: "시작하기" }).click();
    const first = await answerShown(page);
    // Reloading right after checking shows the same question, still answered.
    await page.reload();
    await expect(page.locator("[data-quiz-message]")).toHaveText("지난번에 풀던 곳부터 이어서 풉니다.");
    await expect(page.locator("[data-quiz-slot] [data-note]")).toHaveAttribute("data-note", first);
    await expect(page.locator("[data-quiz-slot] [data-pq-status]")).toHaveText("정답입니다!");
    await expect(page.locator("[data-quiz-slot] [data-pq-input]:checked")).toHaveCount(ANSWERS[first as QuestionNote].length);
    await page.getByRole("button", { name: "다음 문제" }).click();
    const second = await page.locator("[data-quiz-slot] [data-note]").getAttribute("data-note");
    await page.reload();
    await expect(page.locator("[data-quiz-progress-text]")).toHaveText("2 / 4");
    await expect(page.locator("[data-quiz-slot] [data-note]")).toHaveAttribute("data-note", second ?? "");
    await answerShown(page);
    await page.getByRole("button", { name: "다음 문제" }).click();
    await answerShown(page);
    await page.getByRole("button", { name: "다음 문제" }).click();
    await answerShown(page, WITH_QUESTION);
    await page.getByRole("button", { name: "결과 보기" }).click();
    await expect(page.locator("[data-quiz-score]")).toHaveText("4문제 중 3문제를 맞혔습니다.");
    // The result itself survives a reload too.
    await page.reload();
    await expect(page.locator("[data-quiz-score]")).toHaveText("4문제 중 3문제를 맞혔습니다.");
    await page.getByRole("button", { name: "처음부터 다시" }).click();
    await expect(page.getByRole("button", { name: "시작하기" })).toBeVisible();
    // The run ends; the answers stay in the study history (틀린 문제 다시, 오늘 복습할 문제).
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("kb-quiz:/") ?? "null") as { run?: unknown; questions: Record<string, unknown> });
    expect(stored.run).toBeUndefined();
    expect(Object.keys(stored.questions)).toHaveLength(4);
    await page.reload();
    await expect(page.getByRole("button", { name: "시작하기" })).toBeVisible();
    await expect(page.locator("[data-quiz-message]")).toBeHidden();
  });

  test("links to the Anki and JSON exports", async ({ page }) => {
    await page.goto("/quiz/");
    await expect(page.getByRole("link", { name: "Anki로 내보내기" })).toHaveAttribute("href", "/quiz/anki.tsv");
    await expect(page.getByRole("link", { name: "JSON 내려받기" })).toHaveAttribute("href", "/quiz/questions.json");
  });

  test("under the /kb/ base path it loads the questions and links under /kb/", async ({ page }) => {
    await page.goto(`${KB_ORIGIN}/kb/quiz/`);
    await page.getByRole("button", { name: "시작하기" }).click();
    const slug = await answerShown(page, WITH_QUESTION);
    await expect(page.locator("[data-pq-reveal] a")).toHaveAttribute("href", `/kb/notes/${slug}/#관련-문제`);
    await expect(page.getByRole("link", { name: "Anki로 내보내기" })).toHaveAttribute("href", "/kb/quiz/anki.tsv");
  });

  test("readable at 360 px", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto("/quiz/");
    await page.getByRole("button", { name: "시작하기" }).click();
    await answerShown(page, WITH_QUESTION);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

test.describe("quiz accessibility", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`axe: a note with its question, before and after checking (${scheme})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto("/notes/datalake-glue-serverless-etl/");
      expect(await axeViolations(page)).toEqual([]);
      await input(page, "A").check();
      await input(page, "B").check();
      await page.getByRole("button", { name: "정답 확인" }).click();
      await expect(status(page)).toHaveText("틀렸습니다. 정답: B, E");
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });

    test(`axe: /quiz/ start, question and result (${scheme})`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto("/quiz/");
      await expect(page.getByRole("button", { name: "시작하기" })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "시작하기" }).click();
      for (let i = 1; i <= 4; i++) {
        await answerShown(page, WITH_QUESTION.slice(0, 2));
        if (i === 1) expect(await axeViolations(page)).toEqual([]);
        await page.getByRole("button", { name: i < 4 ? "다음 문제" : "결과 보기" }).click();
      }
      await expect(page.locator("[data-quiz-score]")).toHaveText("4문제 중 2문제를 맞혔습니다.");
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
