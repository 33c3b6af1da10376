import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { rendererVersion } from "../lib/diagrams";

const SOURCES = ["src/lib", "src/markdown", "src/loaders", "src/data", "src/i18n"];

/** A fingerprint of everything that turns a note file into an entry: our parsing and
 * rendering code, data files, UI strings and the diagram renderer. A warm build reuses
 * an entry only when this and the note are unchanged, so editing a plugin can never
 * leave stale pages behind. */
export function pipelineVersion(root: string): string {
  const hash = createHash("sha256").update(rendererVersion());
  for (const dir of SOURCES) {
    const files = readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !/\.test\.ts$/.test(e.name) && !e.parentPath.includes("fixtures"))
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const file of files) hash.update(file).update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}
