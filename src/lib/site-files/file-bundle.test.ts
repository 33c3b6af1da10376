import { describe, expect, it } from "vitest";
import { bundledFilePath } from "./file-bundle";

describe("bundledFilePath", () => {
  it("keeps paths inside the output folder, Korean and nested folders included", () => {
    expect(bundledFilePath("notes/데이터-레이크/index.html")).toBe("notes/데이터-레이크/index.html");
    expect(bundledFilePath("preview/folder/note.json")).toBe("preview/folder/note.json");
  });

  it("refuses paths that would leave it or name no file", () => {
    for (const path of ["notes/../../etc/passwd", "/etc/passwd", "notes//x", "", "notes/a\\b/index.html", "notes/", "./x"]) {
      expect(bundledFilePath(path), path).toBeUndefined();
    }
  });
});
