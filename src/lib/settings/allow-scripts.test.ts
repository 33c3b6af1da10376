import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSettings } from "./settings";

describe("allowScripts (scripts in notes' raw HTML)", () => {
  const root = mkdtempSync(join(tmpdir(), "settings-"));
  writeFileSync(join(root, "site.config.json"), JSON.stringify({ notesDir: "노트", allowScripts: true }));

  it("is off unless the vault's own settings file or ALLOW_SCRIPTS turns it on", () => {
    expect(loadSettings({ SITE_CONFIG: join(root, "none.json") }, root).allowScripts).toBe(false);
    expect(loadSettings({}, root).allowScripts).toBe(true);
    expect(loadSettings({ ALLOW_SCRIPTS: "0" }, root).allowScripts).toBe(false);
  });

  it("is never inherited by another vault built with NOTES_DIR", () => {
    expect(loadSettings({ NOTES_DIR: "다른-볼트" }, root).allowScripts).toBe(false);
    expect(loadSettings({ NOTES_DIR: "다른-볼트", ALLOW_SCRIPTS: "1" }, root).allowScripts).toBe(true);
  });
});
