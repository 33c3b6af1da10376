/**
 * Makes a server-rendered practice question (PracticeQuestion.astro, or the same markup built
 * by the /quiz/ page) answerable: 정답 확인 marks each option, shows the explanations and
 * announces the result; 다시 풀기 starts over. Vanilla and tiny: it runs on every note page.
 * On a note page each graded answer is also added to the reader's study history (localStorage),
 * so /quiz/ can offer it again under "틀린 문제 다시" and "오늘 복습할 문제".
 */
import { appendAnswer } from "../lib/study/quick-record";

/** "none"/"count" mean the attempt cannot be graded yet (nothing picked, wrong number picked). */
export type Verdict = "correct" | "wrong" | "count" | "none";

export function gradeChoice(chosen: readonly string[], answers: readonly string[]): Verdict {
  if (chosen.length === 0) return "none";
  if (answers.length > 1 && chosen.length !== answers.length) return "count";
  return chosen.length === answers.length && chosen.every((c) => answers.includes(c)) ? "correct" : "wrong";
}

/** Messages come from the markup (src/i18n/ui.ts on the server) so this script carries no strings. */
export interface QuestionMessages {
  correct: string;
  /** "{answers}" is replaced by the correct letters. */
  wrong: string;
  /** "{need}" and "{got}" are replaced by counts. */
  count: string;
  none: string;
  right: string;
  wrongMark: string;
}

export interface CheckResult {
  chosen: string[];
  correct: boolean;
}

const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (m, key: string) => String(values[key] ?? m));

export interface EnhanceOptions {
  /** After grading, move focus to the feedback (note pages: otherwise it falls to the page body,
   * because the option that had it is disabled). /quiz/ moves it to its own 다음 문제 button. */
  focusFeedback?: boolean;
}

export function enhancePracticeQuestion(root: HTMLElement, onCheck?: (result: CheckResult) => void, options: EnhanceOptions = {}): void {
  const form = root.querySelector<HTMLElement>("[data-pq-form]");
  const fieldset = root.querySelector("fieldset");
  const status = root.querySelector<HTMLElement>("[data-pq-status]");
  if (!form || !fieldset || !status || root.dataset["pqReady"] !== undefined) return;
  root.dataset["pqReady"] = "";
  const answers = (root.dataset["answers"] ?? "").split(",").filter(Boolean);
  const msg = JSON.parse(root.dataset["messages"] ?? "{}") as QuestionMessages;
  const inputs = [...root.querySelectorAll<HTMLInputElement>("input[data-pq-input]")];
  const reveal = root.querySelector<HTMLElement>("[data-pq-reveal]");
  const checkButton = root.querySelector<HTMLElement>("[data-pq-check]");
  let feedback = root.querySelector<HTMLElement>("[data-pq-feedback]");
  if (!feedback && options.focusFeedback) {
    // The status and the revealed answer become one block focus can land on, followed by the buttons.
    feedback = document.createElement("div");
    feedback.className = "pq-feedback";
    feedback.dataset["pqFeedback"] = "";
    feedback.tabIndex = -1;
    status.before(feedback);
    feedback.append(status, ...(reveal ? [reveal] : []));
    const actions = root.querySelector("[data-pq-actions]");
    if (actions) feedback.after(actions);
  }
  root.querySelector("[data-pq-fallback]")?.setAttribute("hidden", "");
  root.querySelector("[data-pq-actions]")?.removeAttribute("hidden");

  let timer: ReturnType<typeof setTimeout> | undefined;
  // Clearing first makes a repeated message (same wrong count twice) be announced again.
  const say = (text: string, verdict = ""): void => {
    clearTimeout(timer);
    status.textContent = "";
    status.dataset["verdict"] = verdict;
    if (text) timer = setTimeout(() => (status.textContent = text), 60);
  };

  const parts = (input: HTMLInputElement) => {
    const option = input.closest<HTMLElement>("[data-pq-option]");
    return {
      option,
      mark: option?.querySelector<HTMLElement>("[data-pq-mark]"),
      explanation: option?.querySelector<HTMLElement>("[data-pq-explanation]"),
    };
  };

  const check = (): void => {
    if (fieldset.disabled) return;
    const chosen = inputs.filter((i) => i.checked).map((i) => i.value);
    const verdict = gradeChoice(chosen, answers);
    if (verdict === "none") return say(msg.none);
    if (verdict === "count") return say(fill(msg.count, { need: answers.length, got: chosen.length }));
    for (const input of inputs) {
      const { option, mark, explanation } = parts(input);
      const result = answers.includes(input.value) ? "right" : input.checked ? "wrong" : "";
      if (option) option.dataset["result"] = result;
      if (mark && result) {
        const icon = document.createElement("span");
        icon.setAttribute("aria-hidden", "true");
        icon.textContent = result === "right" ? "✓ " : "✗ ";
        mark.replaceChildren(" ", icon, result === "right" ? msg.right : msg.wrongMark);
        mark.hidden = false;
      }
      if (explanation) {
        explanation.hidden = false;
        input.setAttribute("aria-describedby", explanation.id);
      }
    }
    fieldset.disabled = true;
    if (reveal) reveal.hidden = false;
    // Graded: 정답 확인 has nothing left to do, so it goes rather than staying as a dead button.
    if (checkButton) checkButton.hidden = true;
    const correct = verdict === "correct";
    say(correct ? msg.correct : fill(msg.wrong, { answers: answers.join(", ") }), verdict);
    if (options.focusFeedback) feedback?.focus();
    onCheck?.({ chosen, correct });
  };
  checkButton?.addEventListener("click", check);
  // Enter on an option checks the answer, as it would submit a form.
  form.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.target instanceof HTMLInputElement) {
      event.preventDefault();
      check();
    }
  });

  root.querySelector("[data-pq-reset]")?.addEventListener("click", () => {
    for (const input of inputs) input.checked = false;
    fieldset.disabled = false;
    for (const input of inputs) {
      const { option, mark, explanation } = parts(input);
      if (option) delete option.dataset["result"];
      if (mark) {
        mark.hidden = true;
        mark.replaceChildren();
      }
      if (explanation) explanation.hidden = true;
      input.removeAttribute("aria-describedby");
    }
    if (reveal) reveal.hidden = true;
    if (checkButton) checkButton.hidden = false;
    say("");
    inputs[0]?.focus();
  });
}

/** Adds a graded answer to the stored history. Storage can be full or disabled (private windows): the question still works. */
function remember(root: HTMLElement, result: CheckResult, retried: boolean): void {
  const key = root.dataset["studyKey"];
  const id = root.dataset["questionId"];
  if (key === undefined || id === undefined) return;
  try {
    const grade = !result.correct ? "wrong" : retried ? "right-after-retry" : "right";
    const next = appendAnswer(localStorage.getItem(key), id, { at: new Date(), grade, chosen: result.chosen }, root.dataset["note"]);
    if (next !== undefined) localStorage.setItem(key, next);
  } catch {
    // See above.
  }
}

for (const root of document.querySelectorAll<HTMLElement>("[data-practice-question]")) {
  let retried = false;
  enhancePracticeQuestion(
    root,
    (result) => {
      remember(root, result, retried);
      if (!result.correct) retried = true;
    },
    { focusFeedback: true },
  );
}
