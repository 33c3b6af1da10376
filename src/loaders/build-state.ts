import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatWarning, type NoteWarning } from "../lib/notes/errors";
import { cachePath, settings } from "../lib/settings/settings";

/** What the loader hands to the build's last step (src/integrations/vault-files.ts): the vault
 * files to publish and the warnings for the build report. Written as files, so the two never share
 * memory. */
export interface BuildState {
  /** Site path (under the base) → absolute path of the vault file. */
  files: ReadonlyMap<string, string>;
  /** Site path of a WebP copy → the absolute path of its image and the width to make. */
  images: ReadonlyMap<string, { source: string; width: number }>;
  warnings: readonly NoteWarning[];
}

/** One folder per output folder, so builds of several sites (dist, dist-kb) never mix. */
export function buildStateDir(): string {
  const config = settings();
  return join(cachePath(config, "build"), config.outDir.replace(/[^\p{L}\p{N}._-]+/gu, "_"));
}

export function publishBuildState(state: BuildState): void {
  const dir = buildStateDir();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "files.json"), JSON.stringify(Object.fromEntries(state.files)));
  writeFileSync(join(dir, "images.json"), JSON.stringify(Object.fromEntries(state.images)));
  writeFileSync(join(dir, "warnings.json"), JSON.stringify(state.warnings));
  writeFileSync(join(dir, "warnings.txt"), state.warnings.map((w) => `[${w.kind}] ${formatWarning(w)}`).join("\n") + (state.warnings.length ? "\n" : ""));
}
