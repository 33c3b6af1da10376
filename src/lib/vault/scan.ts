import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";

/** A file of the vault: `path` is vault-relative, NFC, `/`-separated (the identity links resolve to). */
export interface VaultFile {
  path: string;
  absolutePath: string;
}

export interface VaultScan {
  notes: VaultFile[];
  /** Every other file (images, PDFs, audio, drawings): published only when a note references it. */
  attachments: VaultFile[];
  skipped: { hidden: number; excluded: number };
  problems: { path: string; message: string }[];
}

const NOTE_FILE = /\.(md|mdx|markdown)$/i;
// eslint-disable-next-line no-control-regex
const CONTROL_IN_NAME = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_IN_NAME_ALL = /[\u0000-\u001f\u007f-\u009f]/g;

function isExcluded(path: string, exclude: readonly string[]): boolean {
  return exclude.some((e) => {
    const prefix = e.normalize("NFC").replace(/^\/+|\/+$/g, "");
    return prefix !== "" && (path === prefix || path.startsWith(`${prefix}/`));
  });
}

/**
 * Every file of a vault, as Obsidian sees it: hidden files and folders (`.obsidian`, `.trash`,
 * `.git`, dotfiles) are skipped and counted, symlinks are followed once (a link back into a folder
 * already being walked is a loop and is reported), and two names that differ only in Unicode
 * normalisation (NFC vs NFD) are one name: the second is reported and skipped.
 */
export async function scanVault(dir: string, exclude: readonly string[] = []): Promise<VaultScan> {
  const scan: VaultScan = { notes: [], attachments: [], skipped: { hidden: 0, excluded: 0 }, problems: [] };
  const seen = new Map<string, string>();
  const walk = async (absolute: string, relative: string, ancestors: ReadonlySet<string>): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(absolute, { withFileTypes: true });
    } catch (error) {
      scan.problems.push({ path: relative || ".", message: `cannot read folder (${(error as Error).message})` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const name = entry.name.normalize("NFC");
      const path = relative === "" ? name : `${relative}/${name}`;
      const abs = join(absolute, entry.name);
      if (CONTROL_IN_NAME.test(name)) {
        // A control character would reach titles, URLs, feeds (invalid XML) and the warning itself: shown escaped.
        const shown = path.replace(CONTROL_IN_NAME_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
        scan.problems.push({ path: shown, message: "the name contains a control character; skipped, rename it" });
        continue;
      }
      if (name.startsWith(".")) {
        scan.skipped.hidden++;
        continue;
      }
      if (isExcluded(path, exclude)) {
        scan.skipped.excluded++;
        continue;
      }
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(abs);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          scan.problems.push({ path, message: "symbolic link points nowhere; skipped" });
          continue;
        }
      }
      if (isDir) {
        const real = await realpath(abs);
        if (ancestors.has(real)) {
          scan.problems.push({ path, message: "symbolic link loops back into a folder above it; skipped" });
          continue;
        }
        await walk(abs, path, new Set([...ancestors, real]));
      } else if (isFile) {
        const first = seen.get(path);
        if (first !== undefined) {
          // The two names look the same on screen: say which spelling each is, or the message reads as nonsense.
          const form = (raw: string) => (raw === raw.normalize("NFC") ? "NFC" : raw === raw.normalize("NFD") ? "NFD" : "mixed");
          scan.problems.push({
            path,
            message: `two files have this name once Unicode-normalised: "${first}" (${form(first)}, published) and "${entry.name}" (${form(entry.name)}, skipped); rename one of them (NFC/NFD)`,
          });
          continue;
        }
        seen.set(path, entry.name);
        (NOTE_FILE.test(name) ? scan.notes : scan.attachments).push({ path, absolutePath: abs });
      }
    }
  };
  await walk(dir, "", new Set([await realpath(dir)]));
  return scan;
}
