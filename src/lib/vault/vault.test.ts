import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeNote } from "./decode";
import { scanVault } from "./scan";

describe("decodeNote (bytes → text, the one place text enters)", () => {
  it("decodes UTF-16 with a BOM, either byte order, to NFC text", () => {
    const text = "---\ntitle: 한글 노트\n---\n# 제목\r\n";
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.normalize("NFD"), "utf16le")]);
    expect(decodeNote(le)).toEqual({ text: "---\ntitle: 한글 노트\n---\n# 제목\n", encoding: "utf-16le", problems: [] });
    const be = Buffer.from(Buffer.from(text, "utf16le")).swap16();
    expect(decodeNote(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe("---\ntitle: 한글 노트\n---\n# 제목\n");
  });

  it("names the byte offset and line of invalid UTF-8", () => {
    const bytes = Buffer.concat([Buffer.from("# 제목\n\n앞\n"), Buffer.from([0x62, 0xff, 0x0a])]);
    const decoded = decodeNote(bytes);
    expect(decoded.problems).toEqual([{ line: 4, message: expect.stringContaining(`at byte ${bytes.indexOf(0xff)}`) }]);
  });

  it("removes control characters (NUL breaks XML) and says where", () => {
    const decoded = decodeNote(Buffer.from("# 제목\n\n가\u0000나\u0007\n"));
    expect(decoded.text).toBe("# 제목\n\n가나\n");
    expect(decoded.problems).toEqual([{ line: 3, message: expect.stringContaining("2 control character(s) (U+0000") }]);
  });
});

describe("scanVault", () => {
  it("publishes .markdown files and symlinked notes, stops symlink loops, and reports NFC/NFD twins naming both", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vault-"));
    mkdirSync(join(dir, "실제"));
    writeFileSync(join(dir, "실제", "대상.md"), "# 대상");
    writeFileSync(join(dir, "확장.markdown"), "# 확장");
    symlinkSync(join(dir, "실제", "대상.md"), join(dir, "링크.md"));
    symlinkSync(dir, join(dir, "실제", "위로"));
    writeFileSync(join(dir, "충돌.md".normalize("NFC")), "# NFC");
    writeFileSync(join(dir, "충돌.md".normalize("NFD")), "# NFD");
    const scan = await scanVault(dir);
    expect(scan.notes.map((n) => n.path).sort()).toEqual(["링크.md", "실제/대상.md", "충돌.md", "확장.markdown"].sort());
    expect(scan.problems).toEqual([
      { path: "실제/위로", message: expect.stringContaining("loops back") },
      { path: "충돌.md", message: expect.stringMatching(/"[^"]+" \(NFD, published\) and "[^"]+" \(NFC, skipped\)/) },
    ]);
  });
});

describe("scanVault and control characters in names", () => {
  it("skips a file whose name has a control character, naming it escaped", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vault-"));
    writeFileSync(join(dir, "제어\u0001문자.md"), "# 제목");
    writeFileSync(join(dir, "보통.md"), "# 제목");
    const scan = await scanVault(dir);
    expect(scan.notes.map((n) => n.path)).toEqual(["보통.md"]);
    expect(scan.problems).toEqual([{ path: "제어\\u0001문자.md", message: expect.stringContaining("control character") }]);
  });
});
