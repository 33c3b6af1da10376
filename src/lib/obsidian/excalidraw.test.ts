import { describe, expect, it } from "vitest";
import { excalidrawExport, isExcalidrawNote } from "./excalidraw";
import { fixture } from "./fixtures/parse";
import { load } from "js-yaml";

/** The frontmatter of a fixture note, as the notes loader would read it. */
function frontmatterOf(source: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  return (match ? load(match[1] ?? "") : {}) as Record<string, unknown>;
}

describe("isExcalidrawNote", () => {
  it("knows the en-notes vault's drawings by name and by frontmatter", () => {
    const drawing = fixture("simple_association_uml.excalidraw.md");
    const path = "Me/Coding/Web-Development/System Design/excalidraw/simple_association_uml.excalidraw.md";
    expect(frontmatterOf(drawing)).toEqual({ "excalidraw-plugin": "parsed", tags: ["excalidraw"] });
    expect(isExcalidrawNote(path, frontmatterOf(drawing))).toBe(true);
    expect(isExcalidrawNote(path, {})).toBe(true);
    expect(isExcalidrawNote("Excalidraw/Drawing 2024-05-01.md", { "excalidraw-plugin": "raw" })).toBe(true);
    expect(isExcalidrawNote("그림/아키텍처.Excalidraw.MD", {})).toBe(true);
  });

  it("leaves ordinary notes alone, including ones about Excalidraw or tagged excalidraw", () => {
    expect(isExcalidrawNote("Me/Music Production/Sound Engineering/excalidraw/Index_Sound_Engineering.md", {})).toBe(false);
    expect(isExcalidrawNote("notes/excalidraw.md", { tags: ["excalidraw"] })).toBe(false);
    expect(isExcalidrawNote("notes/a.excalidraw.md.bak", {})).toBe(false);
  });
});

describe("excalidrawExport", () => {
  const note = "Me/Coding/Web-Development/System Design/excalidraw/simple_association_uml.excalidraw.md";
  const dir = "Me/Coding/Web-Development/System Design/excalidraw";

  it("finds nothing in the en-notes vault, which exported no drawing", () => {
    const vault = new Set([
      note,
      "Me/Coding/DevOPs/Docker/excalidraw/Pasted image 20260517144301.png",
      `${dir}/class_diagram_uml.excalidraw.md`,
    ]);
    expect(excalidrawExport(note, vault)).toBeNull();
  });

  it("finds the plugin's auto-exported SVG, else PNG, beside the drawing", () => {
    expect(excalidrawExport(note, new Set([note, `${dir}/simple_association_uml.excalidraw.svg`]))).toBe(`${dir}/simple_association_uml.excalidraw.svg`);
    expect(excalidrawExport(note, new Set([`${dir}/simple_association_uml.excalidraw.png`]))).toBe(`${dir}/simple_association_uml.excalidraw.png`);
    expect(
      excalidrawExport(note, new Set([`${dir}/simple_association_uml.excalidraw.png`, `${dir}/simple_association_uml.excalidraw.svg`])),
    ).toBe(`${dir}/simple_association_uml.excalidraw.svg`);
  });

  it("picks the light or dark export when both themes were exported", () => {
    const both = new Set(["그림/구조.excalidraw.light.svg", "그림/구조.excalidraw.dark.svg"]);
    expect(excalidrawExport("그림/구조.excalidraw.md", both)).toBe("그림/구조.excalidraw.light.svg");
    expect(excalidrawExport("그림/구조.excalidraw.md", both, "dark")).toBe("그림/구조.excalidraw.dark.svg");
    expect(excalidrawExport("그림/구조.excalidraw.md", new Set(["그림/구조.excalidraw.dark.png"]))).toBe("그림/구조.excalidraw.dark.png");
  });

  it("falls back to the plain name of a hand export, and handles drawings without the .excalidraw infix", () => {
    expect(excalidrawExport("그림/구조.excalidraw.md", new Set(["그림/구조.svg"]))).toBe("그림/구조.svg");
    expect(excalidrawExport("그림/구조.excalidraw.md", new Set(["그림/구조.png", "그림/구조.excalidraw.png"]))).toBe("그림/구조.excalidraw.png");
    expect(excalidrawExport("Excalidraw/Drawing 2024-05-01.md", new Set(["Excalidraw/Drawing 2024-05-01.svg"]))).toBe(
      "Excalidraw/Drawing 2024-05-01.svg",
    );
    expect(excalidrawExport("old/legacy.excalidraw", new Set(["old/legacy.svg"]))).toBe("old/legacy.svg");
  });

  it("does not take an image of another drawing or folder", () => {
    expect(excalidrawExport("그림/구조.excalidraw.md", new Set(["구조.excalidraw.svg", "그림/구조2.excalidraw.svg", "그림/다른/구조.excalidraw.svg"]))).toBeNull();
  });

  it("matches NFC and NFD spellings and returns the vault's own", () => {
    const nfdFile = "그림/데이터 흐름.excalidraw.svg".normalize("NFD");
    expect(excalidrawExport("그림/데이터 흐름.excalidraw.md", new Set([nfdFile]))).toBe(nfdFile);
    expect(excalidrawExport("그림/데이터 흐름.excalidraw.md".normalize("NFD"), new Set(["그림/데이터 흐름.excalidraw.svg"]))).toBe(
      "그림/데이터 흐름.excalidraw.svg",
    );
  });
});
