/**
 * The /quiz/ page: every practice question and flashcard, one at a time. Questions are fetched from
 * /quiz/questions.json (only here, so note pages stay light). The reader's study history lives in
 * localStorage (src/lib/study: every answer, its FSRS schedule, the run in progress), so a reader
 * can leave and come back to the same question, and come back later to "틀린 문제 다시" (latest
 * answer wrong) or "오늘 복습할 문제" (due by the schedule). This file is only the browser glue:
 * the rules are in src/lib/study.
 */
import { quizMessages, studyMessages, ui } from "../i18n/ui";
import type { FlashcardJson, PracticeQuestionJson, StudyItemJson } from "../lib/quiz/export-json";
import { escapeHtml } from "../lib/html/escape";
import { inlineMarkdownToHtml } from "../lib/quiz/html";
import { dueLabel } from "../lib/study/due-label";
import { dueQuestions, recordAnswer, wrongQuestions, type QuizRun, type QuizRunMode, type StudyProgress, type StudyQuestionRef } from "../lib/study/progress";
import { progressOf } from "../lib/study/progress-counts";
import { exportProgress, importProgress, type ImportError } from "../lib/study/progress-file";
import { loadProgress, progressStorageKey, saveProgress, type LoadProblem } from "../lib/study/progress-storage";
import { enhancePracticeQuestion, type CheckResult, type QuestionMessages } from "./practice-question";

type Item = StudyItemJson;

const ANCHOR = "#관련-문제";
const MESSAGES: QuestionMessages = quizMessages;

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");

/** Entries of questions.json this page can show; anything else (a newer file, a stale cache) is skipped. */
function toItem(v: unknown): Item | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const q = v as Record<string, unknown>;
  if (typeof q["id"] !== "string" || typeof q["note"] !== "string" || typeof q["url"] !== "string") return undefined;
  const meta = {
    id: q["id"],
    note: q["note"],
    url: q["url"],
    title: typeof q["title"] === "string" ? q["title"] : q["note"],
    tags: isStrings(q["tags"]) ? q["tags"] : [],
    folder: typeof q["folder"] === "string" ? q["folder"] : "",
  };
  if (q["kind"] === "card" && typeof q["front"] === "string" && typeof q["back"] === "string") {
    return { ...meta, kind: "card", front: q["front"], back: q["back"], context: isStrings(q["context"]) ? q["context"] : [] };
  }
  if (typeof q["question"] === "string" && Array.isArray(q["options"]) && isStrings(q["answers"]) && Array.isArray(q["explanations"])) {
    return { ...(q as unknown as PracticeQuestionJson), ...meta, kind: "choice" };
  }
  return undefined;
}

export function hasTag(question: Pick<Item, "tags">, tag: string): boolean {
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

const sourceLine = (q: Item): string =>
  `<p>${escapeHtml(ui.quizFromNote)}: <a href="${escapeHtml(q.url + (q.kind === "choice" ? ANCHOR : ""))}">${escapeHtml(q.title)}</a></p>`;

function questionHtml(q: PracticeQuestionJson, index: number): string {
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
<div class="pq-feedback" data-pq-feedback tabindex="-1"><p class="pq-status" role="status" data-pq-status></p>
<p class="pq-due" data-quiz-due hidden></p>
<div class="pq-reveal" data-pq-reveal hidden><p><strong>${escapeHtml(`${ui.quizAnswer}: ${q.answers.join(", ")}`)}</strong></p>
${general.map((t) => `<p>${inlineMarkdownToHtml(t)}</p>`).join("")}
${sourceLine(q)}</div></div>
</div>`;
}

function cardHtml(q: FlashcardJson, index: number): string {
  const id = `quiz-${index}`;
  const context = q.context.length > 0 ? `<p class="pq-hint">${escapeHtml(q.context.join(" › "))}</p>` : "";
  return `<div data-pq-form><p class="pq-card-kind">${escapeHtml(ui.studyCardHeading)}</p>${context}
<div class="pq-question" id="${id}-front">${inlineMarkdownToHtml(q.front)}</div>
<div class="pq-actions" data-fc-show-actions><button type="button" class="pq-button pq-button-primary" data-fc-show aria-describedby="${id}-front">${escapeHtml(ui.studyShowBack)}</button></div>
<div class="pq-feedback" data-pq-feedback tabindex="-1">
<div class="pq-reveal" data-fc-back hidden><p><strong>${escapeHtml(ui.studyCardBack)}</strong></p><div>${inlineMarkdownToHtml(q.back)}</div>
${sourceLine(q)}</div>
<p class="pq-status" role="status" data-pq-status></p>
<p class="pq-due" data-quiz-due hidden></p></div>
<div data-fc-grade-group hidden><p class="mt-3">${escapeHtml(ui.studyCardAsk)}</p>
<div class="pq-actions" role="group" aria-label="${escapeHtml(ui.studyCardAsk)}"><button type="button" class="pq-button" data-fc-grade="right">${escapeHtml(ui.studyKnew)}</button>
<button type="button" class="pq-button" data-fc-grade="wrong">${escapeHtml(ui.studyForgot)}</button></div></div>
</div>`;
}

/** A flashcard: 답 보기 reveals the back; the reader says whether they knew it. */
function enhanceCard(root: HTMLElement, onGrade: (correct: boolean, moveFocus: boolean) => void, earlier: CheckResult | undefined): void {
  const show = root.querySelector<HTMLElement>("[data-fc-show-actions]");
  const back = root.querySelector<HTMLElement>("[data-fc-back]");
  const grades = root.querySelector<HTMLElement>("[data-fc-grade-group]");
  const status = root.querySelector<HTMLElement>("[data-pq-status]");
  const feedback = root.querySelector<HTMLElement>("[data-pq-feedback]");
  const reveal = (): void => {
    if (show) show.hidden = true;
    if (back) back.hidden = false;
  };
  const grade = (correct: boolean, moveFocus: boolean): void => {
    reveal();
    if (grades) grades.hidden = true;
    if (status) {
      status.dataset["verdict"] = correct ? "correct" : "wrong";
      status.textContent = ui.studyCardRecorded(correct);
    }
    onGrade(correct, moveFocus);
  };
  root.querySelector("[data-fc-show]")?.addEventListener("click", () => {
    reveal();
    if (grades) grades.hidden = false;
    feedback?.focus();
  });
  for (const button of root.querySelectorAll<HTMLElement>("[data-fc-grade]")) {
    button.addEventListener("click", () => grade(button.dataset["fcGrade"] === "right", true));
  }
  if (earlier) grade(earlier.correct, false);
}

function importErrorMessage(error: ImportError): string {
  switch (error.kind) {
    case "not-json":
      return ui.studyImportNotJson;
    case "not-progress-file":
      return ui.studyImportNotProgress;
    case "unsupported-version":
      return ui.studyImportVersion(String(error.version));
    case "malformed":
      return ui.studyImportMalformed(error.at);
  }
}

function loadProblemMessage(problem: LoadProblem | undefined): string {
  if (problem === undefined || problem.kind === "repaired") return "";
  if (problem.kind === "storage-unavailable") return ui.studyStorageUnavailable;
  if (problem.kind === "newer-version") return ui.studyStorageNewer;
  return ui.studyStorageCorrupt;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function start(app: HTMLElement, studyPanel: HTMLElement | null): void {
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
  const base = app.dataset["base"] ?? "/";
  let items: Item[] = [];
  let byId = new Map<string, Item>();
  let store: StudyProgress = { v: 2, questions: {} };
  // A value written by a newer version of the site is not overwritten (it would lose data).
  let readOnly = false;

  const runOf = (): QuizRun | undefined => store.run;
  const say = (text: string): void => {
    message.textContent = text;
    message.hidden = text === "";
  };
  const show = (panel: HTMLElement | null): void => {
    for (const p of [setup, run, result]) p.hidden = p !== panel;
  };

  function save(): void {
    if (!readOnly) saveProgress(storage(), base, store);
  }

  const refs = (): StudyQuestionRef[] => items.map((q) => ({ id: q.id, kind: q.kind, note: q.note, folder: q.folder, tags: q.tags }));
  const matching = (): Item[] => items.filter((q) => hasTag(q, tagSelect?.value ?? ""));
  const idsFor = (mode: QuizRunMode): string[] => {
    const inTag = new Set(matching().map((q) => q.id));
    if (mode === "all") return [...inTag];
    const ids = mode === "wrong" ? wrongQuestions(store) : dueQuestions(store, new Date());
    return ids.filter((id) => inTag.has(id));
  };

  function updateCount(): void {
    const counts: [QuizRunMode, string, (n: number) => string, string][] = [
      ["all", "[data-quiz-count]", ui.quizCount, ui.quizNone],
      ["wrong", "[data-quiz-count-wrong]", ui.studyModeCount, ui.studyNothingWrong],
      ["due", "[data-quiz-count-due]", ui.studyModeCount, ui.studyNothingDue],
    ];
    for (const [mode, selector, some, none] of counts) {
      const n = idsFor(mode).length;
      const count = $(selector);
      if (count) count.textContent = n > 0 ? some(n) : none;
      const button = $<HTMLButtonElement>(`[data-quiz-mode="${mode}"]`);
      if (button) button.disabled = n === 0;
    }
    updateSummary();
  }

  /** The whole-site progress line on /quiz/: only once the reader has answered something. */
  function updateSummary(): void {
    const box = studyPanel?.querySelector<HTMLElement>("[data-study-summary]");
    if (!box) return;
    const counts = progressOf(store, refs(), new Date());
    box.hidden = counts.answered === 0;
    const text = box.querySelector("[data-study-summary-text]");
    if (text) text.textContent = ui.studyProgressSummary(counts.answered, counts.questions, counts.correct, counts.due);
    const bar = box.querySelector<HTMLProgressElement>("progress");
    if (bar) {
      bar.max = Math.max(1, counts.questions);
      bar.value = counts.answered;
    }
  }

  function showSetup(): void {
    show(setup);
    const current = runOf();
    if (current && tagSelect) tagSelect.value = current.tag;
    updateCount();
  }

  function showDue(card: HTMLElement, id: string): void {
    const due = card.querySelector<HTMLElement>("[data-quiz-due]");
    const record = Object.hasOwn(store.questions, id) ? store.questions[id] : undefined;
    if (!due || !record) return;
    due.textContent = dueLabel(record.card, new Date(), studyMessages);
    due.hidden = false;
  }

  function showQuestion(focus: boolean): void {
    const current = runOf();
    if (!current || !run || !slot || !next) return;
    const { order, index } = current;
    const id = order[index];
    const q = id === undefined ? undefined : byId.get(id);
    if (!q || id === undefined) return showResult(focus);
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
    card.dataset["questionId"] = q.id;
    card.dataset["kind"] = q.kind;
    card.dataset["answers"] = q.kind === "choice" ? q.answers.join(",") : "";
    card.dataset["messages"] = JSON.stringify(MESSAGES);
    card.innerHTML = q.kind === "choice" ? questionHtml(q, index) : cardHtml(q, index);
    slot.replaceChildren(card);
    next.hidden = true;
    next.textContent = index + 1 < order.length ? ui.quizNext : ui.quizFinish;
    const earlier = current.results[id];
    let restoring = earlier !== undefined;
    const afterCheck = (r: CheckResult, moveFocus: boolean): void => {
      const live = runOf();
      if (!live) return;
      if (!restoring) {
        store = recordAnswer(store, id, r.correct ? "right" : "wrong", new Date(), { ...(q.kind === "choice" ? { chosen: r.chosen } : {}), note: q.note });
      }
      live.results[id] ??= r;
      if (bar) bar.value = index + 1;
      save();
      showDue(card, id);
      card.querySelector<HTMLElement>("[data-pq-actions]")?.setAttribute("hidden", "");
      next.hidden = false;
      if (moveFocus) next.focus();
    };
    if (q.kind === "choice") {
      enhancePracticeQuestion(card, (r) => afterCheck(r, !restoring));
      // A question answered before a reload comes back answered, with its marks.
      if (earlier) {
        for (const input of card.querySelectorAll<HTMLInputElement>("input[data-pq-input]")) input.checked = earlier.chosen.includes(input.value);
        card.querySelector<HTMLButtonElement>("[data-pq-check]")?.click();
      }
    } else {
      enhanceCard(card, (correct, moveFocus) => afterCheck({ chosen: [], correct }, moveFocus), earlier);
    }
    restoring = false;
    if (focus) $("[data-quiz-number]")?.focus();
  }

  function showResult(focus: boolean): void {
    const current = runOf();
    if (!current) return;
    show(result);
    const asked = current.order.flatMap((id) => byId.get(id) ?? []);
    const right = asked.filter((q) => current.results[q.id]?.correct).length;
    const score = $("[data-quiz-score]");
    if (score) score.textContent = `${ui.quizScore(right, asked.length)}${right === asked.length ? ` ${ui.quizPerfect}` : ""}`;
    const mistakes = asked.filter((q) => !current.results[q.id]?.correct);
    const list = $("[data-quiz-mistakes]");
    if (list) {
      list.innerHTML = mistakes
        .map((q) => {
          const link = `<p class="mt-2"><a href="${escapeHtml(q.url + (q.kind === "choice" ? ANCHOR : ""))}">${escapeHtml(ui.quizGoToNote(q.title))}</a></p>`;
          if (q.kind === "card") {
            return `<li class="rounded-lg border border-[var(--border)] p-4" data-quiz-mistake="${escapeHtml(q.note)}">
<p class="font-semibold">${inlineMarkdownToHtml(q.front)}</p><p class="mt-2">${escapeHtml(ui.studyCardBack)}: <span class="pq-right-text">${inlineMarkdownToHtml(q.back)}</span></p>${link}</li>`;
          }
          const chosen = current.results[q.id]?.chosen ?? [];
          return `<li class="rounded-lg border border-[var(--border)] p-4" data-quiz-mistake="${escapeHtml(q.note)}">
<p class="font-semibold">${inlineMarkdownToHtml(q.question)}</p>
<p class="mt-2">${escapeHtml(ui.quizYourAnswer)}: <span class="pq-wrong-text">${escapeHtml(chosen.join(", ") || "-")}</span> · ${escapeHtml(ui.quizAnswer)}: <span class="pq-right-text">${escapeHtml(q.answers.join(", "))}</span></p>${link}</li>`;
        })
        .join("");
    }
    const review = $("[data-quiz-review]");
    if (review) review.hidden = mistakes.length === 0;
    updateSummary();
    if (focus) $("#quiz-result-heading")?.focus();
  }

  setup.addEventListener("submit", (event) => {
    event.preventDefault();
    const submitter = event.submitter instanceof HTMLButtonElement ? event.submitter : null;
    const mode = (submitter?.dataset["quizMode"] ?? "all") as QuizRunMode;
    const ids = idsFor(mode === "wrong" || mode === "due" ? mode : "all");
    if (ids.length === 0) return;
    // 틀린 문제 and 복습 keep their order (latest mistake first, most overdue first).
    const shuffle = mode === "all" && (shuffleBox?.checked ?? true);
    store = { ...store, run: { mode, tag: tagSelect?.value ?? "", shuffle, order: shuffle ? shuffled(ids) : ids, index: 0, results: {} } };
    save();
    say("");
    showQuestion(true);
  });
  tagSelect?.addEventListener("change", updateCount);

  next.addEventListener("click", () => {
    const current = runOf();
    if (!current) return;
    current.index += 1;
    save();
    showQuestion(true);
  });

  for (const button of app.querySelectorAll("[data-quiz-reset]")) {
    button.addEventListener("click", () => {
      const tag = runOf()?.tag ?? "";
      // Only the run ends: every answer stays in the history.
      const { run: _ended, ...rest } = store;
      store = rest;
      save();
      say("");
      showSetup();
      if (tagSelect) tagSelect.value = tag;
      updateCount();
      tagSelect?.focus();
    });
  }

  // Export and import of the history (the 학습 기록 panel).
  const studyMessage = studyPanel?.querySelector<HTMLElement>("[data-study-message]");
  const tell = (text: string): void => {
    if (studyMessage) studyMessage.textContent = text;
  };
  studyPanel?.querySelector("[data-study-export]")?.addEventListener("click", () => {
    const blob = new Blob([exportProgress(store)], { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = ui.studyExportFileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    tell(ui.studyExported(Object.keys(store.questions).length));
  });
  const fileInput = studyPanel?.querySelector<HTMLInputElement>("[data-study-import-file]");
  studyPanel?.querySelector("[data-study-import]")?.addEventListener("click", () => fileInput?.click());
  fileInput?.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    file
      .text()
      .then((text) => {
        const imported = importProgress(store, text);
        if (!imported.ok) return tell(importErrorMessage(imported.error));
        store = imported.progress;
        readOnly = false;
        if (!saveProgress(storage(), base, store)) tell(ui.studyImportSaveFailed);
        else tell(ui.studyImported(imported.questions, imported.added));
        if (!setup.hidden) updateCount();
        else updateSummary();
      })
      .catch(() => tell(ui.studyImportNotJson))
      .finally(() => {
        fileInput.value = "";
      });
  });

  // Said where the question count goes, so the setup shown since the first paint does not move.
  const count = $("[data-quiz-count]");
  if (count) count.textContent = ui.quizLoading;
  fetch(app.dataset["src"] ?? "questions.json")
    .then((response) => (response.ok ? (response.json() as Promise<unknown>) : Promise.reject(new Error(String(response.status)))))
    .then((data) => {
      items = Array.isArray(data) ? data.flatMap((v) => toItem(v) ?? []) : [];
      byId = new Map(items.map((q) => [q.id, q]));
      const loaded = loadProgress(storage(), base, { questions: refs(), catalogComplete: true });
      store = loaded.progress;
      readOnly = loaded.problem?.kind === "newer-version";
      if (loaded.problem?.kind === "corrupt") {
        // Kept aside before it is overwritten, so nothing is lost for good.
        try {
          storage()?.setItem(`${progressStorageKey(base)}:backup`, loaded.problem.raw);
        } catch {
          // Nothing more can be done without storage.
        }
      }
      tell(loadProblemMessage(loaded.problem));
      const current = store.run;
      if (current) {
        // Questions no longer on the site drop out of the run.
        const kept = current.order.filter((id) => byId.has(id));
        const passed = current.order.slice(0, current.index).filter((id) => byId.has(id)).length;
        store = kept.length === 0 ? (({ run: _gone, ...rest }) => rest)(store) : { ...store, run: { ...current, order: kept, index: passed } };
      }
      if (loaded.migratedFrom !== undefined) save();
      say(store.run ? ui.quizResumed : "");
      if (store.run) {
        showQuestion(false);
        updateSummary();
      } else showSetup();
    })
    .catch(() => {
      if (count) count.textContent = "";
      say(ui.quizLoadError);
    });
}

const app = document.querySelector<HTMLElement>("[data-quiz-app]");
if (app) start(app, document.querySelector<HTMLElement>("[data-study-panel]"));
