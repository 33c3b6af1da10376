/**
 * Obsidian's built-in callout types and their aliases (https://help.obsidian.md/callouts).
 * "important" and "caution" are kept as their own kinds because GitHub alerts use them too.
 */
const ALIASES: Readonly<Record<string, string>> = {
  summary: "abstract",
  tldr: "abstract",
  hint: "tip",
  check: "success",
  done: "success",
  help: "question",
  faq: "question",
  attention: "warning",
  fail: "failure",
  missing: "failure",
  error: "danger",
  cite: "quote",
};

export const CALLOUT_KINDS = [
  "note",
  "abstract",
  "info",
  "todo",
  "tip",
  "important",
  "success",
  "question",
  "warning",
  "caution",
  "failure",
  "danger",
  "bug",
  "example",
  "quote",
] as const;

export type CalloutKind = (typeof CALLOUT_KINDS)[number];

function isKind(type: string): type is CalloutKind {
  return (CALLOUT_KINDS as readonly string[]).includes(type);
}

/** The style family of a callout type; aliases resolve to their kind, unknown types look like "note". */
export function calloutKind(type: string): CalloutKind {
  const t = type.trim().toLowerCase();
  const resolved = ALIASES[t] ?? t;
  return isKind(resolved) ? resolved : "note";
}

/** True when the type (or alias) is one Obsidian knows; unknown types still render, as notes. */
export function isKnownCalloutType(type: string): boolean {
  const t = type.trim().toLowerCase();
  return isKind(ALIASES[t] ?? t);
}
