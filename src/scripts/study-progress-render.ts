/** Fills in StudyProgress.astro from the stored history and /quiz/questions.json (loaded on demand by study-progress.ts). */
import { ui } from "../i18n/ui";
import { progressBy } from "../lib/study/progress-counts";
import { loadProgress } from "../lib/study/progress-storage";
import type { StudyProgress, StudyQuestionRef } from "../lib/study/progress";

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === "string");

function toRef(v: unknown): StudyQuestionRef | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  const q = v as Record<string, unknown>;
  const kind = q["kind"];
  if (typeof q["id"] !== "string" || typeof q["note"] !== "string" || (kind !== "choice" && kind !== "card")) return undefined;
  return { id: q["id"], kind, note: q["note"], folder: typeof q["folder"] === "string" ? q["folder"] : "", tags: isStrings(q["tags"]) ? q["tags"] : [] };
}

/** Fills every box on the page (the home page has one per folder and one per tag) from one fetch. */
export async function renderStudyProgress(boxes: readonly HTMLElement[]): Promise<void> {
  const first = boxes[0];
  if (!first) return;
  const response = await fetch(first.dataset["src"] ?? "");
  if (!response.ok) return;
  const data = (await response.json()) as unknown;
  const questions = Array.isArray(data) ? data.flatMap((v) => toRef(v) ?? []) : [];
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    return;
  }
  const { progress } = loadProgress(storage, first.dataset["base"] ?? "/", { questions });
  for (const box of boxes) fill(box, progress, questions);
}

function fill(box: HTMLElement, progress: StudyProgress, questions: readonly StudyQuestionRef[]): void {
  const kind = box.dataset["kind"] === "folder" ? "folder" : "tag";
  const counts = progressBy(progress, questions, kind, new Date());
  let shown = 0;
  for (const row of box.querySelectorAll<HTMLElement>("[data-study-group]")) {
    const c = counts.get(row.dataset["studyGroup"] ?? "");
    if (c === undefined || c.answered === 0) continue;
    const text = row.querySelector("[data-study-group-text]");
    if (text) text.textContent = ui.studyProgressSummary(c.answered, c.questions, c.correct, c.due);
    const bar = row.querySelector("progress");
    if (bar) {
      bar.max = c.questions;
      bar.value = c.answered;
    }
    row.hidden = false;
    shown++;
  }
  box.hidden = shown === 0;
}
