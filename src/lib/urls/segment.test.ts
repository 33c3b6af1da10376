import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { distinctSegment, encodePath, MAX_SEGMENT_BYTES, slugSegment } from "./segment";
import { noteRoute, routePath } from "./routes";

const bytes = (s: string) => Buffer.byteLength(s, "utf8");
// Names as vaults write them: any Unicode, with the characters hosts and file systems treat specially.
const name = fc.oneof(fc.string({ unit: "grapheme", maxLength: 400 }), fc.string({ unit: fc.constantFrom(..."가나다 ?#%&+/\\:*\"<>|'()[]{}.-_~`!@$^=;,\u0000\u200d🤗AbC1"), maxLength: 300 }));
const RESERVED = /[/\\?#%&+:*"<>|'()[\]{}\s\u0000-\u001f]/u;

describe("slugSegment (one URL segment per note, folder, alias)", () => {
  it("is never over the cap, has no reserved character, is idempotent, and round-trips through the href", () => {
    fc.assert(
      fc.property(name, (text) => {
        const s = slugSegment(text);
        expect(bytes(s)).toBeLessThanOrEqual(MAX_SEGMENT_BYTES);
        expect(s).not.toMatch(RESERVED);
        expect(s).not.toMatch(/^[.-]|[.-]$/);
        expect(slugSegment(s)).toBe(s);
        expect(decodeURIComponent(encodePath(s))).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps Korean readable and caps long names with a hash that keeps them apart", () => {
    expect(slugSegment("노트 및 파일 링크")).toBe("노트-및-파일-링크");
    expect(slugSegment("AWS Glue — 서버리스 ETL!")).toBe("aws-glue-서버리스-etl");
    const long = "아주 긴 제목 ".repeat(30);
    expect(bytes(slugSegment(long))).toBeLessThanOrEqual(MAX_SEGMENT_BYTES);
    expect(slugSegment(`${long}하나`)).not.toBe(slugSegment(`${long}둘`));
  });
});

describe("distinctSegment (tags: two names never share a page)", () => {
  it("is never empty, never over the cap, host-safe, and different for different names", () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        const sa = distinctSegment(a);
        expect(sa).not.toBe("");
        expect(bytes(sa)).toBeLessThanOrEqual(MAX_SEGMENT_BYTES);
        expect(sa).not.toMatch(/^[.-]/);
        // Reversible: the href a page links with is decoded by every host back to the file written.
        expect(decodeURIComponent(encodePath(sa))).toBe(sa);
        expect(sa).not.toMatch(RESERVED);
        if (a.normalize("NFC") !== b.normalize("NFC")) expect(sa).not.toBe(distinctSegment(b));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps URL-safe tags as written", () => {
    expect(distinctSegment("학습")).toBe("학습");
    expect(distinctSegment("aws-glue")).toBe("aws-glue");
    expect(distinctSegment("c#")).toMatch(/^c-[0-9a-f]{6}$/);
    expect(distinctSegment("100%")).toMatch(/^100-[0-9a-f]{6}$/);
  });
});

describe("noteRoute (every note's path)", () => {
  it("never has an empty segment, a segment over the cap, or a reserved character, for any vault path", () => {
    const path = fc.array(name, { minLength: 1, maxLength: 4 }).map((parts) => `${parts.join("/")}.md`);
    fc.assert(
      fc.property(path, fc.option(name, { nil: undefined }), (vaultPath, slug) => {
        const route = noteRoute(vaultPath, { slug });
        expect(route.segments.length).toBeGreaterThan(0);
        for (const segment of route.segments) {
          expect(segment).not.toBe("");
          expect(bytes(segment)).toBeLessThanOrEqual(MAX_SEGMENT_BYTES);
          expect(segment).not.toMatch(RESERVED);
          expect(segment).not.toMatch(/^\.\.?$/);
        }
        expect(decodeURIComponent(encodePath(routePath(route)))).toBe(routePath(route));
      }),
      { numRuns: 300 },
    );
  });


  it("follows the folder path, slugged per segment; permalink and slug override", () => {
    expect(routePath(noteRoute("til/anki/backlog.md"))).toBe("notes/til/anki/backlog/");
    expect(routePath(noteRoute("노트 및 파일 링크/내부 링크.md"))).toBe("notes/노트-및-파일-링크/내부-링크/");
    expect(routePath(noteRoute("a/b.md", { permalink: "/guide/start" }))).toBe("notes/guide/start/");
    expect(routePath(noteRoute("a/긴 이름.md", { slug: "짧게" }))).toBe("notes/a/짧게/");
    expect(routePath(noteRoute("a/???.md"))).toBe("notes/a/note/");
  });
});
