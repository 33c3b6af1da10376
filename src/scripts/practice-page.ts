/**
 * The /quiz/ page: every note's practice question, one at a time. Questions are fetched from
 * /quiz/questions.json (only here, so note pages stay light); progress lives in localStorage so
 * a reader can leave and come back to the same question.
 */
import { quizMessages, ui } from "../i18n/ui";
import type { PracticeQuestionJson } from "../lib/quiz/export-json";
import { escapeHtml } from "../lib/html/escape";
import { inlineMarkdownToHtml } from "../lib/quiz/html";
import { enhancePracticeQuestion, type CheckResult, type QuestionMessages } from "./practice-question";

type Question = PracticeQuestionJson;

interface Progress {
  v: 1;
  tag: string;
  shuffle: boolean;
  /** Note slugs, in the order they are asked. */
  order: string[];
  index: number;
  results: Record<string, CheckResult>;
}

const ANCHOR = "#관련-문제";
const MESSAGES: QuestionMessages = quizMessages;

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");

function isQuestion(v: unknown): v is Question {
  if (typeof v !== "object" || v === null) return false;
  const q = v as Record<string, unknown>;
  return (
    typeof q["note"] === "string" &&
    typeof q["url"] === "string" &&
    typeof q["question"] === "string" &&
    Array.isArray(q["options"]) &&
    isStrings(q["answers"]) &&
    Array.isArray(q["explanations"])
  );
}

export function hasTag(question: Pick<Question, "tags">, tag: string): boolean {
  return tag === "" || question.tags.some((t) => t === tag || t.startsWith(`${tag}/`));
}

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function questionHtml(q: Question, index: number): string {
  const name = `quiz-${index}`;
  const options = q.options
    .map((o) => {
      const why = q.explanations.filter((e) => e.letters.includes(o.letter)).map((e) => inlineMarkdownToHtml(e.text));
      const id = `${name}-${escapeHtml(o.letter)}-why`;
      return `<li class="pq-option" data-pq-option="${escapeHtml(o.letter)}">
<label class="pq-label"><input type="${q.multiple ? "checkbox" : "radio"}" name="${name}" value="${escapeHtml(o.letter)}" data-pq-input>
<span class="pq-letter">${escapeHtml(o.letter)}</span> <span class="pq-text">${inlineMarkdownToHtml(o.text)}</span>
<span class="pq-mark" data-pq-mark hidden></span></label>
${why.length > 0 ? `<p class="pq-explanation" id="${id}" data-pq-explanation hidden><span class="sr-only">${escapeHtml(ui.quizExplanation)}: </span>${why.join("<br>")}</p>` : ""}
</li>`;
    })
    .join("");
  const general = [
    ...q.explanations.filter((e) => e.letters.length === 0).map((e) => e.text),
    ...(q.generalExplanation === undefined ? [] : [q.generalExplanation]),
  ];
  return `<div data-pq-form><fieldset>
<legend><span>${inlineMarkdownToHtml(q.question)}</span>${q.multiple ? ` <span class="pq-hint">${escapeHtml(ui.quizPickCount(q.answers.length))}</span>` : ""}</legend>
<ul class="pq-options" role="list">${options}</ul></fieldset>
<div class="pq-actions" data-pq-actions hidden><button type="button" class="pq-button pq-button-primary" data-pq-check>${escapeHtml(ui.quizCheck)}</button></div>
<p class="pq-status" role="status" data-pq-status></p>
<div class="pq-reveal" data-pq-reveal hidden><p><strong>${escapeHtml(`${ui.quizAnswer}: ${q.answers.join(", ")}`)}</strong></p>
${general.map((t) => `<p>${inlineMarkdownToHtml(t)}</p>`).join("")}
<p>${escapeHtml(ui.quizFromNote)}: <a href="${escapeHtml(q.url + ANCHOR)}">${escapeHtml(q.title)}</a></p></div>
</div>`;
}

function start(app: HTMLElement): void {
  const $ = <T extends Element = HTMLElement>(selector: string): T | null => app.querySelector<T>(selector);
  const message = $("[data-quiz-message]");
  const setup = $<HTMLFormElement>("[data-quiz-setup]");
  const run = $("[data-quiz-run]");
  const result = $("[data-quiz-result]");
  const slot = $("[data-quiz-slot]");
  const next = $<HTMLButtonElement>("[data-quiz-next]");
  if (!message || !setup || !run || !result || !slot || !next) return;
  const tagSelect = setup.elements.namedItem("tag") as HTMLSelectElement | null;
  const shuffleBox = setup.elements.namedItem("shuffle") as HTMLInputElement | null;
  const storageKey = app.dataset["storageKey"] ?? "kb-quiz";
  let questions: Question[] = [];
  let progress: Progress | null = null;

  const byNote = (slug: string): Question | undefined => questions.find((q) => q.note === slug);
  const say = (text: string): void => {
    message.textContent = text;
    message.hidden = text === "";
  };
  const show = (panel: HTMLElement | null): void => {
    for (const p of [setup, run, result]) p.hidden = p !== panel;
  };

  function save(): void {
    try {
      if (progress) localStorage.setItem(storageKey, JSON.stringify(progress));
      else localStorage.removeItem(storageKey);
    } catch {
      // Storage can be full or disabled (private windows); the quiz still works without it.
    }
  }

  function load(): Progress | null {
    try {
      const raw = JSON.parse(localStorage.getItem(storageKey) ?? "null") as Partial<Progress> | null;
      if (!raw || raw.v !== 1 || !isStrings(raw.order) || typeof raw.index !== "number") return null;
      const order = raw.order.filter((slug) => byNote(slug));
      if (order.length === 0) return null;
      const results: Record<string, CheckResult> = {};
      for (const [slug, r] of Object.entries(raw.results ?? {})) {
        if (order.includes(slug) && isStrings(r?.chosen) && typeof r?.correct === "boolean") results[slug] = { chosen: r.chosen, correct: r.correct };
      }
      return {
        v: 1,
        tag: typeof raw.tag === "string" ? raw.tag : "",
        shuffle: raw.shuffle !== false,
        order,
        index: Math.max(0, Math.min(Math.floor(raw.index), order.length)),
        results,
      };
    } catch {
      return null;
    }
  }

  const matching = (): Question[] => questions.filter((q) => hasTag(q, tagSelect?.value ?? ""));

  function updateCount(): void {
    const n = matching().length;
    const count = $("[data-quiz-count]");
    if (count) count.textContent = n > 0 ? ui.quizCount(n) : ui.quizNone;
    const startButton = $<HTMLButtonElement>("[data-quiz-start]");
    if (startButton) startButton.disabled = n === 0;
  }

  function showSetup(): void {
    show(setup);
    if (progress && tagSelect) tagSelect.value = progress.tag;
    updateCount();
  }

  function showQuestion(focus: boolean): void {
    if (!progress || !run || !slot || !next) return;
    const { order, index } = progress;
    const slug = order[index];
    const q = slug === undefined ? undefined : byNote(slug);
    if (!q) return showResult(focus);
    show(run);
    const number = $("[data-quiz-number]");
    if (number) number.textContent = ui.quizNumber(index + 1);
    const progressText = $("[data-quiz-progress-text]");
    if (progressText) progressText.textContent = ui.quizProgress(index + 1, order.length);
    const bar = $<HTMLProgressElement>("[data-quiz-progress]");
    if (bar) {
      bar.max = order.length;
      bar.value = index;
    }
    const card = document.createElement("div");
    card.className = "pq pq-card";
    card.dataset["note"] = q.note;
    card.dataset["answers"] = q.answers.join(",");
    card.dataset["messages"] = JSON.stringify(MESSAGES);
    card.innerHTML = questionHtml(q, index);
    slot.replaceChildren(card);
    next.hidden = true;
    next.textContent = index + 1 < order.length ? ui.quizNext : ui.quizFinish;
    const afterCheck = (r: CheckResult, moveFocus: boolean): void => {
      if (!progress) return;
      progress.results[q.note] ??= r;
      if (bar) bar.value = index + 1;
      save();
      card.querySelector<HTMLElement>("[data-pq-actions]")?.setAttribute("hidden", "");
      next.hidden = false;
      if (moveFocus) next.focus();
    };
    const earlier = progress.results[q.note];
    let restoring = false;
    enhancePracticeQuestion(card, (r) => afterCheck(r, !restoring));
    // A question answered before a reload comes back answered, with its marks.
    if (earlier) {
      restoring = true;
      for (const input of card.querySelectorAll<HTMLInputElement>("input[data-pq-input]")) input.checked = earlier.chosen.includes(input.value);
      card.querySelector<HTMLButtonElement>("[data-pq-check]")?.click();
      restoring = false;
    }
    if (focus) $("[data-quiz-number]")?.focus();
  }

  function showResult(focus: boolean): void {
    if (!progress) return;
    show(result);
    const asked = progress.order.flatMap((slug) => {
      const q = byNote(slug);
      return q ? [q] : [];
    });
    const right = asked.filter((q) => progress?.results[q.note]?.correct).length;
    const score = $("[data-quiz-score]");
    if (score) score.textContent = `${ui.quizScore(right, asked.length)}${right === asked.length ? ` ${ui.quizPerfect}` : ""}`;
    const mistakes = asked.filter((q) => !progress?.results[q.note]?.correct);
    const list = $("[data-quiz-mistakes]");
    if (list) {
      list.innerHTML = mistakes
        .map((q) => {
          const chosen = progress?.results[q.note]?.chosen ?? [];
          return `<li class="rounded-lg border border-[var(--border)] p-4" data-quiz-mistake="${escapeHtml(q.note)}">
<p class="font-semibold">${inlineMarkdownToHtml(q.question)}</p>
<p class="mt-2">${escapeHtml(ui.quizYourAnswer)}: <span class="pq-wrong-text">${escapeHtml(chosen.join(", ") || "-")}</span> · ${escapeHtml(ui.quizAnswer)}: <span class="pq-right-text">${escapeHtml(q.answers.join(", "))}</span></p>
<p class="mt-2"><a href="${escapeHtml(q.url + ANCHOR)}">${escapeHtml(ui.quizGoToNote(q.title))}</a></p></li>`;
        })
        .join("");
    }
    const review = $("[data-quiz-review]");
    if (review) review.hidden = mistakes.length === 0;
    if (focus) $("#quiz-result-heading")?.focus();
  }

  setup.addEventListener("submit", (event) => {
    event.preventDefault();
    const picked = matching();
    if (picked.length === 0) return;
    const shuffle = shuffleBox?.checked ?? true;
    progress = {
      v: 1,
      tag: tagSelect?.value ?? "",
      shuffle,
      order: (shuffle ? shuffled(picked) : picked).map((q) => q.note),
      index: 0,
      results: {},
    };
    save();
    say("");
    showQuestion(true);
  });
  tagSelect?.addEventListener("change", updateCount);

  next.addEventListener("click", () => {
    if (!progress) return;
    progress.index += 1;
    save();
    showQuestion(true);
  });

  for (const button of app.querySelectorAll("[data-quiz-reset]")) {
    button.addEventListener("click", () => {
      const tag = progress?.tag ?? "";
      progress = null;
      save();
      say("");
      showSetup();
      if (tagSelect) tagSelect.value = tag;
      updateCount();
      tagSelect?.focus();
    });
  }

  // Said where the question count goes, so the setup shown since the first paint does not move.
  const count = $("[data-quiz-count]");
  if (count) count.textContent = ui.quizLoading;
  fetch(app.dataset["src"] ?? "questions.json")
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : Promise.reject(new Error(String(response.status)))))
    .then((data) => {
      questions = Array.isArray(data) ? data.filter(isQuestion).map((q) => ({ ...q, title: q.title ?? q.note, tags: isStrings(q.tags) ? q.tags : [] })) : [];
      progress = load();
      say(progress ? ui.quizResumed : "");
      if (progress) showQuestion(false);
      else showSetup();
    })
    .catch(() => {
      if (count) count.textContent = "";
      say(ui.quizLoadError);
    });
}

const app = document.querySelector<HTMLElement>("[data-quiz-app]");
if (app) start(app);
