import type { NoteRef } from "./types";

export interface AliasWarning {
  message: string;
  /** [the note whose name was ignored, the note that keeps the name] */
  files: [string, string];
  /** The contested name as written. */
  name: string;
}

export interface AliasTable {
  /** Lookup key (see `aliasKey`) → slug. Holds every slug and every alias that won. */
  table: Map<string, string>;
  warnings: AliasWarning[];
}

/** Link names compare NFC-normalised, trimmed and case-insensitively (`[[AWS-Glue]]` = `aws-glue`). */
export function aliasKey(name: string): string {
  return name.normalize("NFC").trim().toLowerCase();
}

/**
 * Name → slug for wikilink targets. Slugs are entered first, so an alias equal to another note's slug
 * loses to that slug; between aliases the first note in `notes` order wins (the loader passes a stable
 * order). Every lost name yields a warning naming both files. A note repeating its own slug or alias is
 * not a conflict.
 */
export function buildAliasTable(notes: readonly NoteRef[]): AliasTable {
  const table = new Map<string, string>();
  const owner = new Map<string, { note: NoteRef; isSlug: boolean }>();
  const warnings: AliasWarning[] = [];

  const claim = (note: NoteRef, name: string, isSlug: boolean): void => {
    const key = aliasKey(name);
    if (key === "") return;
    const current = owner.get(key);
    if (current === undefined) {
      owner.set(key, { note, isSlug });
      table.set(key, note.slug);
      return;
    }
    if (current.note.slug === note.slug) return;
    const what = isSlug ? "slug" : "alias";
    const held = current.isSlug ? "the slug" : "already an alias";
    warnings.push({
      name,
      files: [note.filePath, current.note.filePath],
      message: `${what} "${name}" in ${note.filePath} is ${held} of ${current.note.filePath}; [[${name}]] links to ${current.note.slug}`,
    });
  };

  for (const note of notes) claim(note, note.slug, true);
  for (const note of notes) for (const alias of note.aliases) claim(note, alias, false);
  return { table, warnings };
}

/**
 * The slug a link name refers to, or undefined. Besides the exact key it accepts the spellings Obsidian
 * users write for a file: a trailing `.md`, a folder prefix (`notes/x`), and spaces for hyphens.
 */
export function resolveAlias(table: ReadonlyMap<string, string>, name: string): string | undefined {
  const key = aliasKey(name);
  const withoutExt = key.replace(/\.md$/, "");
  const base = withoutExt.split("/").at(-1) ?? withoutExt;
  for (const candidate of [key, withoutExt, base, base.replace(/\s+/g, "-")]) {
    const slug = table.get(candidate);
    if (slug !== undefined) return slug;
  }
  return undefined;
}
