import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export interface DiagramAssets {
  mermaidScriptPath: string;
  mermaidVersion: string;
  fontPath: string;
  fontVersion: string;
  stylesheetPath: string;
}

let cached: DiagramAssets | undefined;

/**
 * Files the render page needs. Resolved from this module first and from the
 * working directory second, because bundlers may move this module at build time.
 */
export function resolveDiagramAssets(): DiagramAssets {
  if (cached) return cached;
  const here = safeModuleDir();
  const roots = [here ? path.resolve(here, "../../..") : undefined, process.cwd()].filter(
    (r): r is string => r !== undefined,
  );
  const resolvePackageFile = (pkg: string, rel: string): string => {
    for (const root of roots) {
      try {
        const pkgJson = createRequire(path.join(root, "package.json")).resolve(`${pkg}/package.json`);
        const file = path.join(path.dirname(pkgJson), rel);
        if (existsSync(file)) return file;
      } catch {
        // try the next root
      }
    }
    throw new Error(`diagrams: cannot find ${pkg}/${rel}`);
  };
  const versionOf = (pkg: string): string => {
    const file = resolvePackageFile(pkg, "package.json");
    const json = JSON.parse(readFileSync(file, "utf8")) as { version?: unknown };
    return typeof json.version === "string" ? json.version : "unknown";
  };
  const stylesheetPath =
    roots.map((r) => path.join(r, "src/styles/diagrams.css")).find((p) => existsSync(p)) ??
    path.join(process.cwd(), "src/styles/diagrams.css");
  cached = {
    mermaidScriptPath: resolvePackageFile("mermaid", "dist/mermaid.min.js"),
    mermaidVersion: versionOf("mermaid"),
    fontPath: resolvePackageFile("pretendard", "dist/web/variable/woff2/PretendardVariable.woff2"),
    fontVersion: versionOf("pretendard"),
    stylesheetPath,
  };
  return cached;
}

function safeModuleDir(): string | undefined {
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return undefined;
  }
}
