import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { rankRelated, relatedIndex, servicesInText, LINK_WEIGHT, MENTION_FACTOR, type RelatableNote } from "./related-reasons";

const note = (id: string, over: Partial<RelatableNote> = {}): RelatableNote => ({ id, title: id, tags: [], outgoing: [], backlinks: [], services: [], ...over });

describe("rankRelated", () => {
  const notes = [
    note("강의", { services: ["data-pipeline", "s3"] }),
    note("파이프라인", { services: ["data-pipeline", "lambda", "s3"], tags: ["architecture/etl"] }),
    note("글루", { services: ["glue", "s3"], tags: ["architecture/etl"], outgoing: ["데이터레이크"] }),
    note("데이터레이크", { services: ["glue", "s3"], backlinks: ["글루"] }),
    note("기타", { services: ["s3"] }),
  ];
  const index = relatedIndex(notes);
  const byId = (id: string) => notes.find((n) => n.id === id) ?? note(id);

  it("relates two notes that name the same service, even without shared tags", () => {
    const [first] = rankRelated(byId("강의"), index);
    expect(first?.id).toBe("파이프라인");
    expect(first?.reasons).toEqual([{ kind: "services", services: ["data-pipeline"] }]);
    // Neither note is tagged service/data-pipeline: a mention on both sides counts half.
    expect(first?.score).toBeCloseTo(Math.log(5 / 2) * MENTION_FACTOR, 9);
  });

  it("ranks a direct link above shared terms and says so", () => {
    const ranked = rankRelated(byId("글루"), index);
    expect(ranked[0]?.id).toBe("데이터레이크");
    expect(ranked[0]?.reasons).toEqual([{ kind: "links" }, { kind: "services", services: ["glue"] }]);
    expect(ranked[0]?.score).toBeCloseTo(LINK_WEIGHT + Math.log(5 / 2) * MENTION_FACTOR, 9);
    expect(rankRelated(byId("데이터레이크"), index)[0]?.reasons[0]).toEqual({ kind: "backlink" });
  });

  it("ignores a service every note names (weight ln(N/N) = 0) and relates nothing on it alone", () => {
    expect(rankRelated(byId("기타"), index)).toEqual([]);
  });

  it("counts shared tags and respects the limit", () => {
    const ranked = rankRelated(byId("파이프라인"), index, 1);
    expect(ranked).toHaveLength(1);
    expect(rankRelated(byId("파이프라인"), index).find((r) => r.id === "글루")?.reasons).toEqual([{ kind: "tags", tags: ["architecture/etl"] }]);
  });
});

describe("tagged services outweigh services only named in the text", () => {
  it("ranks the note tagged with the same service first", () => {
    const notes = [
      note("글루 노트", { tags: ["service/glue"], services: ["glue"] }),
      note("글루 태그", { tags: ["service/glue"], services: ["glue"] }),
      note("글루 언급", { services: ["glue"] }),
      note("다른 노트 1"),
      note("다른 노트 2"),
    ];
    const ranked = rankRelated(notes[0] ?? note("x"), relatedIndex(notes));
    expect(ranked.map((r) => r.id)).toEqual(["글루 태그", "글루 언급"]);
    expect(ranked[0]?.score).toBeCloseTo(2 * (ranked[1]?.score ?? 0), 9);
  });
});

describe("servicesInText", () => {
  const glossary = {
    glue: { name: "AWS Glue", aliases: ["Glue"] },
    s3: { name: "Amazon S3", aliases: ["S3"] },
    "data-pipeline": { name: "AWS Data Pipeline", aliases: ["Data Pipeline"] },
  };
  it("finds whole English spellings inside Korean prose", () => {
    expect(servicesInText("AWS Data Pipeline은 데이터를 S3로 옮긴다", glossary, 1)).toEqual(["s3", "data-pipeline"]);
    expect(servicesInText("Glue에서 변환", glossary, 1)).toEqual(["glue"]);
  });
  it("skips spellings inside longer words and lower-case common words", () => {
    expect(servicesInText("S3Bucket 설정과 glue 코드", glossary, 1)).toEqual([]);
  });
  it("needs a service named several times (the note is about it), counting a long spelling once", () => {
    expect(servicesInText("AWS Data Pipeline 개요. Data Pipeline 구성. S3 저장", glossary)).toEqual([]);
    expect(servicesInText("AWS Data Pipeline, Data Pipeline, Data Pipeline", glossary)).toEqual(["data-pipeline"]);
  });
});

describe("rankRelated on many candidates", () => {
  /** The ranking as first written: every candidate scored, all sorted, the first `limit` kept. */
  function rankAllThenSlice(note: RelatableNote, notes: readonly RelatableNote[], limit: number): { id: string; score: number }[] {
    const total = Math.max(notes.length, 1);
    const weight = (df: number) => Math.log(total / Math.max(df, 1));
    const tagged = (n: RelatableNote) => new Set(n.tags.filter((t) => t.startsWith("service/")).map((t) => t.slice(8)));
    const scores = new Map<string, number>();
    const add = (id: string, w: number) => scores.set(id, (scores.get(id) ?? 0) + w);
    for (const id of new Set(note.outgoing)) if (id !== note.id && notes.some((n) => n.id === id)) add(id, 2);
    for (const id of new Set(note.backlinks)) if (id !== note.id && notes.some((n) => n.id === id)) add(id, 2);
    for (const key of new Set(note.services)) {
      const carriers = notes.filter((n) => n.services.includes(key));
      const w = weight(carriers.length);
      if (w <= 0) continue;
      for (const other of carriers) if (other.id !== note.id) add(other.id, w * (tagged(note).has(key) && tagged(other).has(key) ? 1 : 0.5));
    }
    const plain = (n: RelatableNote) => n.tags.filter((t) => !t.startsWith("service/"));
    for (const key of new Set(plain(note))) {
      const carriers = notes.filter((n) => plain(n).includes(key));
      const w = weight(carriers.length);
      if (w <= 0) continue;
      for (const other of carriers) if (other.id !== note.id) add(other.id, w);
    }
    const title = (id: string) => notes.find((n) => n.id === id)!.title;
    return [...scores]
      .map(([id, s]) => ({ id, score: Math.round(s * 1e9) / 1e9 }))
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score || (title(a.id) < title(b.id) ? -1 : title(a.id) > title(b.id) ? 1 : 0) || (a.id < b.id ? -1 : 1))
      .slice(0, limit);
  }

  it("keeps the same best notes, in the same order, as sorting every candidate", () => {
    const noteArb = (count: number) =>
      fc.array(
        fc.record({
          title: fc.constantFrom("A", "B", "C", "글루", "람다"),
          tags: fc.uniqueArray(fc.constantFrom("etl", "stream", "batch", "service/glue", "service/lambda", "service/s3"), { maxLength: 4 }),
          services: fc.uniqueArray(fc.constantFrom("glue", "lambda", "s3", "athena"), { maxLength: 3 }),
          outgoing: fc.uniqueArray(fc.nat(count - 1), { maxLength: 3 }),
        }),
        { minLength: count, maxLength: count },
      );
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 40 }).chain((n) => noteArb(n)), fc.integer({ min: 0, max: 7 }), (raw, limit) => {
        const notes: RelatableNote[] = raw.map((r, i) => ({ id: `n${i}`, title: r.title, tags: r.tags, services: r.services, outgoing: r.outgoing.map((o) => `n${o}`), backlinks: [] }));
        for (const n of notes) for (const o of n.outgoing) (notes.find((m) => m.id === o)!.backlinks as string[]).push(n.id);
        const index = relatedIndex(notes);
        for (const note of notes) {
          expect(rankRelated(note, index, limit).map(({ id, score }) => ({ id, score }))).toEqual(rankAllThenSlice(note, notes, limit));
        }
      }),
      { numRuns: 200 },
    );
  });
});
