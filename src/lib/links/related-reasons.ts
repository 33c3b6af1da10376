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
  /** The notes by slot, and each id's slot: ranking works on slots. */
  notes: RelatableNote[];
  slotOf: Map<string, number>;
  /** Slots of the notes carrying each tag (not `service/*`) and each service. */
  byTag: Map<string, Int32Array>;
  byService: Map<string, Int32Array>;
  /** taggedServices of each slot, worked out once: ranking asks per candidate and service. */
  tagged: Set<string>[];
  total: number;
  /** Scratch for one ranking at a time (a build ranks thousands of notes one after another). */
  score: Float64Array;
  flags: Uint8Array;
}

const LINKED = 1;
const BACKLINKED = 2;
const TOUCHED = 4;

function invert(notes: readonly RelatableNote[], keys: (n: RelatableNote) => readonly string[]): Map<string, Int32Array> {
  const index = new Map<string, number[]>();
  notes.forEach((note, slot) => {
    for (const key of new Set(keys(note))) {
      const slots = index.get(key);
      if (slots === undefined) index.set(key, [slot]);
      else slots.push(slot);
    }
  });
  return new Map([...index].map(([key, slots]) => [key, Int32Array.from(slots)]));
}

// `service/glue` is counted once, as the service Glue, not again as a tag.
const plainTags = (n: RelatableNote) => n.tags.filter((t) => !t.startsWith("service/"));

export function relatedIndex(notes: readonly RelatableNote[]): Index {
  const all = [...notes];
  return {
    notes: all,
    slotOf: new Map(all.map((n, slot) => [n.id, slot])),
    byTag: invert(all, plainTags),
    byService: invert(all, (n) => n.services),
    tagged: all.map(taggedServices),
    total: Math.max(all.length, 1),
    score: new Float64Array(all.length),
    flags: new Uint8Array(all.length),
  };
}

/**
 * Notes related to `note`, best first, at most `limit`: a link either way weighs LINK_WEIGHT, each
 * shared service and each shared tag ln(N / df) (N notes, df of them carrying it), so a term on every
 * note counts 0 and a rare one counts most. Ties: title, then id. Build the index once per build.
 */
export function rankRelated(note: RelatableNote, index: Index, limit = 5): RankedNote[] {
  const weight = (df: number) => Math.log(index.total / Math.max(df, 1));
  const { score, flags } = index;
  const touched: number[] = [];
  // Weights are added to each candidate in the same order as always (links, backlinks, services
  // rarest first, tags rarest first), so scores are the same to the last bit.
  const add = (slot: number, w: number, flag = 0) => {
    if ((flags[slot]! & TOUCHED) === 0) {
      flags[slot] = TOUCHED;
      score[slot] = 0;
      touched.push(slot);
    }
    score[slot] = score[slot]! + w;
    flags[slot] = flags[slot]! | flag;
  };
  for (const id of new Set(note.outgoing)) {
    const slot = index.slotOf.get(id);
    if (id !== note.id && slot !== undefined) add(slot, LINK_WEIGHT, LINKED);
  }
  for (const id of new Set(note.backlinks)) {
    const slot = index.slotOf.get(id);
    if (id !== note.id && slot !== undefined) add(slot, LINK_WEIGHT, BACKLINKED);
  }
  const self = index.slotOf.get(note.id);
  const tagged = taggedServices(note);
  // Rarest first, so a reason names the most telling term first; a term on every note weighs 0.
  const telling = (keys: readonly string[], inverted: Map<string, Int32Array>) =>
    [...new Set(keys)]
      .sort((a, b) => (inverted.get(a)?.length ?? 0) - (inverted.get(b)?.length ?? 0) || compareText(a, b))
      .map((key) => {
        const carriers = inverted.get(key) ?? new Int32Array(0);
        return { key, carriers, w: weight(carriers.length) };
      })
      .filter(({ w }) => w > 0);
  const services = telling(note.services, index.byService);
  for (const { key, carriers, w } of services) {
    for (const slot of carriers) {
      if (slot === self) continue;
      add(slot, w * (tagged.has(key) && index.tagged[slot]!.has(key) ? 1 : MENTION_FACTOR));
    }
  }
  const tags = telling(plainTags(note), index.byTag);
  for (const { carriers, w } of tags) {
    for (const slot of carriers) if (slot !== self) add(slot, w);
  }

  // The best `limit` of possibly thousands of candidates, kept in order as they come: the order is
  // total (ids are unique), so this equals sorting them all and keeping the first `limit`.
  const keep = Math.max(0, limit);
  const best: { slot: number; score: number }[] = [];
  const before = (a: { slot: number; score: number }, b: { slot: number; score: number }) => {
    const x = index.notes[a.slot]!;
    const y = index.notes[b.slot]!;
    return b.score - a.score || compareText(x.title, y.title) || compareText(x.id, y.id);
  };
  for (const slot of touched) {
    const rounded = Math.round(score[slot]! * 1e9) / 1e9;
    if (keep === 0 || rounded <= 0) continue;
    const candidate = { slot, score: rounded };
    if (best.length === keep && before(candidate, best[keep - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]!) < 0) at--;
    best.splice(at, 0, candidate);
    if (best.length > keep) best.pop();
  }
  const ranked = best.map(({ slot, score: s }) => {
    const other = index.notes[slot]!;
    const reasons: RelatedReason[] = [];
    if ((flags[slot]! & LINKED) !== 0) reasons.push({ kind: "links" });
    if ((flags[slot]! & BACKLINKED) !== 0) reasons.push({ kind: "backlink" });
    const sharedServices = services.filter(({ carriers }) => carriers.includes(slot)).map(({ key }) => key);
    if (sharedServices.length > 0) reasons.push({ kind: "services", services: sharedServices });
    const sharedTags = tags.filter(({ carriers }) => carriers.includes(slot)).map(({ key }) => key);
    if (sharedTags.length > 0) reasons.push({ kind: "tags", tags: sharedTags });
    return { id: other.id, title: other.title, score: s, reasons };
  });
  for (const slot of touched) flags[slot] = 0;
  return ranked;
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
