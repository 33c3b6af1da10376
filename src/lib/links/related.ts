import { compareText } from "../tags/normalize";
import type { TaggedNote } from "../tags/tree";

export interface RelatedNote {
  id: string;
  title: string;
  /** Sum of the shared tags' weights ln(N / df), rounded to 1e-9 so equal tag sets tie exactly. */
  score: number;
  /** Canonical tags both notes carry, rarest first. */
  sharedTags: string[];
}

export interface RelatedOptions {
  limit?: number;
}

interface TagIndex {
  tagsOf: Map<string, string[]>;
  notesByTag: Map<string, TaggedNote[]>;
  weight: (tag: string) => number;
}

// Pages call relatedNotes once per note with the same array; indexing it once keeps a build linear-ish
// instead of canonicalising every note's tags N times.
const indexCache = new WeakMap<readonly TaggedNote[], TagIndex>();

function tagIndex(notes: readonly TaggedNote[]): TagIndex {
  const cached = indexCache.get(notes);
  if (cached !== undefined) return cached;
  const tagsOf = new Map<string, string[]>();
  const notesByTag = new Map<string, TaggedNote[]>();
  for (const note of notes) {
    const tags = [...new Set(note.tags)];
    tagsOf.set(note.id, tags);
    for (const tag of tags) {
      const carriers = notesByTag.get(tag);
      if (carriers === undefined) notesByTag.set(tag, [note]);
      else carriers.push(note);
    }
  }
  const total = Math.max(notes.length, 1);
  const index: TagIndex = { tagsOf, notesByTag, weight: (tag) => Math.log(total / Math.max(notesByTag.get(tag)?.length ?? 1, 1)) };
  indexCache.set(notes, index);
  return index;
}

interface Candidate {
  other: TaggedNote;
  score: number;
}

function ranksBefore(a: Candidate, b: Candidate): boolean {
  return (b.score - a.score || compareText(a.other.title, b.other.title) || compareText(a.other.id, b.other.id)) < 0;
}

/**
 * Notes sharing canonical tags with `note`, best first, at most `limit` (default 5). Only whole tags
 * count (`service/glue` with `service/glue`): a shared facet such as `service`, or a shared parent, says
 * nothing about the topic. Each shared tag weighs ln(N / df), N = notes.length and df = notes carrying
 * it, so rare tags count more and a tag on every note counts 0; notes scoring 0 are not related.
 * Ties: title, then id (code-point order). Pass the same `notes` array on every call to reuse its index.
 */
export function relatedNotes(note: TaggedNote, notes: readonly TaggedNote[], options: RelatedOptions = {}): RelatedNote[] {
  const limit = Math.max(0, options.limit ?? 5);
  const { tagsOf, notesByTag, weight } = tagIndex(notes);
  const own = (tagsOf.get(note.id) ?? [...new Set(note.tags)])
    .slice()
    .sort((a, b) => weight(b) - weight(a) || compareText(a, b));

  // Sums only while scanning (a common tag can bring thousands of candidates); the best `limit`
  // are kept by insertion and get their shared-tag lists at the end.
  const sums = new Map<TaggedNote, number>();
  for (const tag of own) {
    const w = weight(tag);
    for (const other of notesByTag.get(tag) ?? []) {
      if (other.id !== note.id) sums.set(other, (sums.get(other) ?? 0) + w);
    }
  }
  const best: Candidate[] = [];
  for (const [other, sum] of sums) {
    const candidate = { other, score: Math.round(sum * 1e9) / 1e9 };
    if (candidate.score <= 0) continue;
    let at = best.length;
    while (at > 0 && ranksBefore(candidate, best[at - 1] ?? candidate)) at--;
    if (at < limit) {
      best.splice(at, 0, candidate);
      if (best.length > limit) best.pop();
    }
  }
  return best.map(({ other, score }) => {
    const theirs = new Set(tagsOf.get(other.id));
    return { id: other.id, title: other.title, score, sharedTags: own.filter((tag) => theirs.has(tag)) };
  });
}
