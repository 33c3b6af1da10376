import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { reparseInlineDelimiters, resolveInlineDelimiters } from "./delimiters";
import { containersOf, parse, toHtml } from "./fixtures/phrasing";

// Both practice vaults, whole: every paragraph, heading and table cell (~28,000).
const VAULTS = ["obsidian-help-ko", "en-notes"].map((name) => fileURLToPath(new URL(`../../../../shared/corpus/vaults/${name}`, import.meta.url)));

function* markdownFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* markdownFiles(path);
    else if (name.endsWith(".md")) yield path;
  }
}

const HANGUL_OR_HAN_OR_KANA = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

describe.skipIf(!VAULTS.every((dir) => existsSync(dir)))("the practice vaults", () => {
  it("rebuild exactly as Sätteri parsed them with plain CommonMark flanking, and change only CJK or == lines otherwise", () => {
    let containers = 0;
    let changed = 0;
    for (const dir of VAULTS) {
      for (const file of markdownFiles(dir)) {
        const markdown = readFileSync(file, "utf8");
        for (const container of containersOf(parse(markdown))) {
          containers += 1;
          const plain = reparseInlineDelimiters(container.children, markdown, { cjkFriendly: false, highlight: false, singleTilde: true });
          expect(plain && toHtml(plain), file).toBe(toHtml(container.children));
          const resolved = resolveInlineDelimiters(container.children, markdown);
          if (resolved === undefined) continue;
          changed += 1;
          const text = toHtml(container.children);
          expect(HANGUL_OR_HAN_OR_KANA.test(text) || text.includes("=="), `${file}: ${text}`).toBe(true);
        }
      }
    }
    expect(containers).toBeGreaterThan(20_000);
    expect(changed).toBeGreaterThan(100);
  }, 120_000);
});
