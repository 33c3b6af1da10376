import { readFileSync, readdirSync } from "node:fs";
import { it } from "vitest";
import { noteRefFromMarkdown } from "./fixtures/seed-notes";
import { buildAliasTable } from "./alias-table";
import { findWikilinks } from "./wikilinks";
import { resolveWikilink } from "./resolve";
import { buildBacklinks } from "./backlinks";
import { relatedNotes } from "./related";
import { buildTagTree } from "../tags/tree";
import { tagSynonyms } from "../tags/synonyms";
it("bench", () => {
  const files = readdirSync("/tmp/bench-notes").sort();
  const md = new Map(files.map((f) => [f.replace(/\.md$/, ""), readFileSync(`/tmp/bench-notes/${f}`, "utf8")]));
  const notes = [...md].map(([slug, text]) => noteRefFromMarkdown(slug, `${slug}.md`, text));
  let t = performance.now();
  const tree = buildTagTree(notes, tagSynonyms);
  const tTree = performance.now() - t; t = performance.now();
  const at = buildAliasTable(notes);
  const tAlias = performance.now() - t; t = performance.now();
  const bySlug = new Map(notes.map((n) => [n.slug, n]));
  let nLinks = 0, bad = 0;
  const lbs = new Map<string, string[]>();
  for (const [slug, text] of md) {
    const ls = findWikilinks(text); nLinks += ls.length;
    lbs.set(slug, ls.flatMap((l) => { const r = resolveWikilink(l, { notesBySlug: bySlug, aliasTable: at.table, currentSlug: slug }); if (!r.ok) bad++; return r.ok ? [r.slug] : []; }));
  }
  const tLinks = performance.now() - t; t = performance.now();
  const bl = buildBacklinks(lbs);
  const tBack = performance.now() - t; t = performance.now();
  let rel = 0;
  for (const n of notes) rel += relatedNotes(n, notes, { synonyms: tagSynonyms }).length;
  const tRel = performance.now() - t;
  console.log({ notes: notes.length, nodes: tree.byPath.size, warnings: at.warnings.length, nLinks, bad, backTargets: bl.size, rel, tTree, tAlias, tLinks, tBack, tRel });
}, 120000);
