#!/usr/bin/env node
// Builds Obsidian's Korean help vault (a real vault nobody here wrote) into dist-help/ for the
// end-to-end tests, when the practice corpus sits beside the repository (../shared/corpus/vaults).
// Without it the tests of that site are skipped, and this says so.
// Usage: node scripts/build-practice-vault.mjs   (PRACTICE_VAULT=<dir> to build another vault)
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const vault = resolve(process.env.PRACTICE_VAULT ?? "../shared/corpus/vaults/obsidian-help-ko");
const out = "dist-help";
if (!existsSync(vault)) {
  console.warn(`[practice vault] ${vault} not found: the tests of the practice-vault site will be skipped`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/.skipped`, `${vault} not found\n`);
  writeFileSync(`${out}/index.html`, "<!doctype html><title>skipped</title><p>practice vault not found</p>\n");
  process.exit(0);
}
const env = { ...process.env, NOTES_DIR: vault, OUT_DIR: out };
execFileSync("npx", ["astro", "build"], { stdio: "inherit", env });
execFileSync("node", ["scripts/index-search.mjs"], { stdio: "inherit", env });
