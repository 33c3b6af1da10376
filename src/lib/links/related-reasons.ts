import { compareText } from "../tags/normalize";

/** What ranking needs of a note: its links both ways, canonical tags and the services it names. */
export interface RelatableNote {
  id: string;
  title: string;
  tags: readonly string[];
  /** Ids of the notes it links to. */
  outgoing: readonly string[];
  /** Ids of the notes linking to it. */
  backlinks: readonly string[];
  /** Glossary keys of the services it names (its `service/*` tags and the services its text mentions). */
  services: readonly string[];
}

export type RelatedReason =
  | { kind: "links" }
  | { kind: "backlink" }
  | { kind: "services"; services: string[] }
  | { kind: "tags"; tags: string[] };

export interface RankedNote {
  id: string;
  title: string;
  score: number;
  /** Why it is related, strongest kind first: shown to the reader ("같은 서비스: Glue"). */
  reasons: RelatedReason[];
}

/** A direct link is the author saying two notes belong together: it outweighs any one shared term. */
export const LINK_WEIGHT = 2;
/** A service only one of the two notes is tagged with (the other just names it) counts this much of it. */
export const MENTION_FACTOR = 0.5;

/** Services a note is tagged with (canonical `service/<key>`), as opposed to ones its text names. */
function taggedServices(note: RelatableNote): Set<string> {
  return new Set(note.tags.flatMap((t) => (t.startsWith("service/") ? [t.slice("service/".length)] : [])));
}

interface Index {
  byTag: Map<string, string[]>;
  byService: Map<string, string[]>;
  byId: Map<string, RelatableNote>;
  /** taggedServices of each note, worked out once: ranking asks for them per candidate and service. */
  taggedById: Map<string, Set<string>>;
  total: number;
}

function invert(notes: readonly RelatableNote[], keys: (n: RelatableNote) => readonly string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const note of notes) {
    for (const key of new Set(keys(note))) {
      const ids = index.get(key);
      if (ids === undefined) index.set(key, [note.id]);
      else ids.push(note.id);
    }
  }
  return index;
}

// `service/glue` is counted once, as the service Glue, not again as a tag.
const plainTags = (n: RelatableNote) => n.tags.filter((t) => !t.startsWith("service/"));

export function relatedIndex(notes: readonly RelatableNote[]): Index {
  return {
    byTag: invert(notes, plainTags),
    byService: invert(notes, (n) => n.services),
    byId: new Map(notes.map((n) => [n.id, n])),
    taggedById: new Map(notes.map((n) => [n.id, taggedServices(n)])),
    total: Math.max(notes.length, 1),
  };
}

/**
 * Notes related to `note`, best first, at most `limit`: a link either way weighs LINK_WEIGHT, each
 * shared service and each shared tag ln(N / df) (N notes, df of them carrying it), so a term on every
 * note counts 0 and a rare one counts most. Ties: title, then id. Build the index once per build.
 */
export function rankRelated(note: RelatableNote, index: Index, limit = 5): RankedNote[] {
  const weight = (df: number) => Math.log(index.total / Math.max(df, 1));
  const found = new Map<string, { score: number; links: boolean; backlink: boolean; services: string[]; tags: string[] }>();
  const entry = (id: string) => {
    let e = found.get(id);
    if (e === undefined) found.set(id, (e = { score: 0, links: false, backlink: false, services: [], tags: [] }));
    return e;
  };
  for (const id of new Set(note.outgoing)) {
    if (id === note.id || !index.byId.has(id)) continue;
    const e = entry(id);
    e.links = true;
    e.score += LINK_WEIGHT;
  }
  for (const id of new Set(note.backlinks)) {
    if (id === note.id || !index.byId.has(id)) continue;
    const e = entry(id);
    e.backlink = true;
    e.score += LINK_WEIGHT;
  }
  const tagged = taggedServices(note);
  const shared = (
    keys: readonly string[],
    inverted: Map<string, string[]>,
    add: (e: ReturnType<typeof entry>, key: string) => void,
    factor: (otherId: string, key: string) => number = () => 1,
  ) => {
    // Rarest first, so the reason names the most telling term first.
    const ordered = [...new Set(keys)].sort((a, b) => (inverted.get(a)?.length ?? 0) - (inverted.get(b)?.length ?? 0) || compareText(a, b));
    for (const key of ordered) {
      const carriers = inverted.get(key) ?? [];
      const w = weight(carriers.length);
      if (w <= 0) continue;
      for (const id of carriers) {
        if (id === note.id) continue;
        const e = entry(id);
        e.score += w * factor(id, key);
        add(e, key);
      }
    }
  };
  shared(
    note.services,
    index.byService,
    (e, key) => e.services.push(key),
    (id, key) => (tagged.has(key) && index.taggedById.get(id)?.has(key) === true ? 1 : MENTION_FACTOR),
  );
  shared(plainTags(note), index.byTag, (e, key) => e.tags.push(key));

  // The best `limit` of possibly thousands of candidates (a common service on a large vault), kept in
  // order as they come: the order is total (ids are unique), so this equals sorting all and slicing.
  const keep = Math.max(0, limit);
  const best: { id: string; title: string; score: number }[] = [];
  const before = (a: { id: string; title: string; score: number }, b: { id: string; title: string; score: number }) =>
    b.score - a.score || compareText(a.title, b.title) || compareText(a.id, b.id);
  for (const [id, e] of found) {
    if (keep === 0) break;
    const other = index.byId.get(id);
    const score = Math.round(e.score * 1e9) / 1e9;
    if (other === undefined || score <= 0) continue;
    const candidate = { id, title: other.title, score };
    if (best.length === keep && before(candidate, best[keep - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]!) < 0) at--;
    best.splice(at, 0, candidate);
    if (best.length > keep) best.pop();
  }
  return best.map(({ id, title, score }) => {
    const e = found.get(id)!;
    const reasons: RelatedReason[] = [];
    if (e.links) reasons.push({ kind: "links" });
    if (e.backlink) reasons.push({ kind: "backlink" });
    if (e.services.length > 0) reasons.push({ kind: "services", services: e.services });
    if (e.tags.length > 0) reasons.push({ kind: "tags", tags: e.tags });
    return { id, title, score, reasons };
  });
}

/**
 * Glossary services a text is about: an English spelling from the glossary as a whole word (`Glue`,
 * `AWS Data Pipeline`), case as written, so `glue` in a sentence or `S3` inside `S3Bucket` do not count,
 * named at least `minMentions` times (a note listing ten services in passing is not about each of them).
 * Korean readings are left out: `배치` is both AWS Batch and everyday "batch".
 */
export function servicesInText(
  text: string,
  glossary: Readonly<Record<string, { name: string; aliases: readonly string[] }>>,
  minMentions = 3,
): string[] {
  const found: string[] = [];
  for (const [key, info] of Object.entries(glossary)) {
    // Longest spelling first, so `AWS Data Pipeline` is one mention, not also one of `Data Pipeline`.
    const spellings = [...new Set([info.name, ...info.aliases])].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![A-Za-z0-9])(?:${spellings.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![A-Za-z0-9])`, "g");
    if ((text.match(pattern)?.length ?? 0) >= minMentions) found.push(key);
  }
  return found;
}
