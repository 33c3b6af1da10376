/** Answered / correct / due counts per tag and per folder, for the progress bars on tag pages and the home page. */
import { tagAncestry } from "../tags/normalize";
import type { StudyProgress, StudyQuestionRef } from "./progress";
import { isDue } from "./scheduler";

export interface ProgressCounts {
  /** Questions in the group (on the site now). */
  questions: number;
  /** Of those, answered at least once. */
  answered: number;
  /** Of those, whose latest answer was right. */
  correct: number;
  /** Of those, due on `now`'s study day or before. */
  due: number;
}

/** Counts over a set of questions (progress for questions no longer on the site is ignored). */
export function progressOf(progress: StudyProgress, questions: readonly Pick<StudyQuestionRef, "id">[], now: Date): ProgressCounts {
  const counts: ProgressCounts = { questions: 0, answered: 0, correct: 0, due: 0 };
  for (const q of new Map(questions.map((x) => [x.id, x])).values()) {
    counts.questions++;
    const record = Object.hasOwn(progress.questions, q.id) ? progress.questions[q.id] : undefined;
    if (record === undefined) continue;
    counts.answered++;
    if (record.answers.at(-1)?.grade !== "wrong") counts.correct++;
    if (isDue(record.card, now)) counts.due++;
  }
  return counts;
}

/** The tag levels a question counts for: `service/glue` → `service`, `service/glue`. */
export function tagGroups(question: Pick<StudyQuestionRef, "tags">): string[] {
  return [...new Set(question.tags.flatMap((t) => (t === "" ? [] : tagAncestry(t))))];
}

/** The folder levels a question counts for: "" (the whole site), then `a`, `a/b` for a note in `a/b/`. */
export function folderGroups(question: Pick<StudyQuestionRef, "folder">): string[] {
  const parts = question.folder.split("/").filter((p) => p !== "");
  return ["", ...parts.map((_, i) => parts.slice(0, i + 1).join("/"))];
}

/**
 * Counts per tag (every level of each canonical tag, as the tag pages list notes of sub-tags) or per
 * folder (every level; "" is the whole site), or per any grouping. Every group that has questions is
 * present; show a widget only where `answered > 0`.
 */
export function progressBy<Q extends StudyQuestionRef>(
  progress: StudyProgress,
  questions: readonly Q[],
  key: "tag" | "folder" | ((question: Q) => Iterable<string>),
  now: Date,
): Map<string, ProgressCounts> {
  const groupsOf = key === "tag" ? tagGroups : key === "folder" ? folderGroups : key;
  const members = new Map<string, Q[]>();
  for (const q of questions) {
    for (const group of new Set(groupsOf(q))) {
      const list = members.get(group);
      if (list) list.push(q);
      else members.set(group, [q]);
    }
  }
  return new Map([...members].map(([group, qs]) => [group, progressOf(progress, qs, now)]));
}
