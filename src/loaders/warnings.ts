import { formatWarning, type NoteWarning } from "../lib/notes/errors";

const EXAMPLES = 3;

/** The end-of-build summary: counts by kind and the first few of each, so hundreds of messages
 * don't scroll past (the full list goes to the build report). */
export function summariseWarnings(warnings: readonly NoteWarning[]): { lines: string[]; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  const groups = new Map<string, NoteWarning[]>();
  for (const w of warnings) {
    byKind[w.kind] = (byKind[w.kind] ?? 0) + 1;
    const list = groups.get(w.kind) ?? [];
    list.push(w);
    groups.set(w.kind, list);
  }
  if (warnings.length === 0) return { lines: [], byKind };
  const lines = [`${warnings.length} warning(s): ${[...groups].map(([k, l]) => `${k} ${l.length}`).join(", ")}`];
  for (const [kind, list] of groups) {
    for (const w of list.slice(0, EXAMPLES)) lines.push(`  [${kind}] ${formatWarning(w)}`);
    if (list.length > EXAMPLES) lines.push(`  [${kind}] … and ${list.length - EXAMPLES} more (see the build report)`);
  }
  return { lines, byKind };
}
