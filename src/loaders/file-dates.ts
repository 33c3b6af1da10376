import { execFile } from "node:child_process";
import { stat } from "node:fs/promises";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * When each note last changed, for notes whose frontmatter gives no date: the last commit that touched
 * it (one `git log` for the whole vault), else the file's modification time. Vault paths are NFC.
 */
export async function fileDates(
  notesDir: string,
  notes: readonly { path: string; absolutePath: string }[],
  useGit: boolean,
): Promise<Map<string, { date: string; source: "git" | "file" }>> {
  const out = new Map<string, { date: string; source: "git" | "file" }>();
  if (useGit) {
    try {
      const { stdout } = await run("git", ["-C", notesDir, "log", "--format=%x01%cs", "--name-only", "--relative", "--no-renames", "-z", "--", "."], {
        maxBuffer: 256 * 1024 * 1024,
      });
      let date = "";
      for (const part of stdout.split("\0")) {
        for (const line of part.split("\n")) {
          if (line.startsWith("\u0001")) date = line.slice(1).trim();
          else if (line !== "" && date !== "") {
            const path = line.normalize("NFC");
            if (!out.has(path)) out.set(path, { date, source: "git" });
          }
        }
      }
    } catch {
      // Not a git repository (or no git): file times below.
    }
  }
  await Promise.all(
    notes.map(async (note) => {
      if (out.has(note.path)) return;
      try {
        out.set(note.path, { date: (await stat(note.absolutePath)).mtime.toISOString().slice(0, 10), source: "file" });
      } catch {
        // Unreadable now: no date.
      }
    }),
  );
  return out;
}
