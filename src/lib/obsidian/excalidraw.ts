/**
 * Excalidraw drawings (the Excalidraw community plugin). A drawing is a Markdown file whose body is the
 * drawing's text elements plus a `compressed-json` scene inside a `%%` comment: never a page to publish.
 * What a site can show is the image the plugin exports beside it.
 *
 * The plugin names an export by replacing the drawing file's last extension (`getIMGFilename` in the
 * plugin's source): `Drawing.excalidraw.md` → `Drawing.excalidraw.svg` / `Drawing.excalidraw.png`
 * (settings "Auto-export SVG/PNG", kept in sync on rename with "Keep filenames in sync"). With
 * "Export both light- and dark-themed image" on, it writes `Drawing.excalidraw.light.svg` and
 * `Drawing.excalidraw.dark.svg` (and `.png`) instead. A drawing saved without the `.excalidraw`
 * infix (`Drawing.md` with `excalidraw-plugin` frontmatter) exports to `Drawing.svg`, and a legacy
 * `Drawing.excalidraw` file (compatibility mode) to `Drawing.svg` too. Images exported by hand from the
 * plugin's menu are usually saved under the drawing's plain name, `Drawing.svg` / `Drawing.png`.
 */

/** Whether a vault file is an Excalidraw drawing: `*.excalidraw.md`, or `excalidraw-plugin` in its frontmatter. */
export function isExcalidrawNote(path: string, frontmatter: Readonly<Record<string, unknown>>): boolean {
  return /\.excalidraw\.md$/i.test(path) || Object.hasOwn(frontmatter, "excalidraw-plugin");
}

/** The drawing's path without `.md` (the plugin's export base) and without `.excalidraw` (the plain name). */
function exportBases(notePath: string): string[] {
  const withoutMd = notePath.replace(/\.md$/i, "");
  const plain = withoutMd.replace(/\.excalidraw$/i, "");
  return withoutMd === plain ? [plain] : [withoutMd, plain];
}

/**
 * The exported image of a drawing that exists in the vault (vault-relative paths with `/`), else null.
 * SVG before PNG (it scales and stays sharp); for each format the plugin's own names first, then the
 * plain name. `theme` picks the light or dark variant when both were exported; the other variant is a
 * last resort, since showing the drawing in the wrong theme beats not showing it. Paths are matched
 * whether the set holds them NFC or NFD (macOS vaults); the path returned is the set's own spelling.
 */
export function excalidrawExport(notePath: string, vaultFiles: ReadonlySet<string>, theme: "light" | "dark" = "light"): string | null {
  const other = theme === "light" ? "dark" : "light";
  const bases = exportBases(notePath);
  const candidates: string[] = [];
  for (const format of ["svg", "png"]) {
    for (const base of bases) {
      if (theme === "light") candidates.push(`${base}.${format}`, `${base}.light.${format}`);
      else candidates.push(`${base}.dark.${format}`, `${base}.${format}`);
    }
  }
  for (const format of ["svg", "png"]) for (const base of bases) candidates.push(`${base}.${other}.${format}`);
  for (const candidate of candidates) {
    for (const spelling of [candidate, candidate.normalize("NFC"), candidate.normalize("NFD")]) {
      if (vaultFiles.has(spelling)) return spelling;
    }
  }
  return null;
}
