import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolveDiagramAssets } from "./assets";
import { LABEL_MEASURE_SIZE_ADJUST, MERMAID_CONFIG } from "./config";
import { POSTPROCESS_VERSION } from "./postProcess";

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

let version: string | undefined;

/**
 * Everything that changes the rendered bytes: Mermaid, our config, the font
 * that measures the labels, the stylesheet loaded while measuring, and the
 * post-processing.
 */
export function rendererVersion(): string {
  if (version) return version;
  const assets = resolveDiagramAssets();
  let css = "";
  try {
    css = readFileSync(assets.stylesheetPath, "utf8");
  } catch {
    css = "missing";
  }
  version = [
    `mermaid@${assets.mermaidVersion}`,
    `pp@${POSTPROCESS_VERSION}`,
    `pretendard@${assets.fontVersion}x${LABEL_MEASURE_SIZE_ADJUST}`,
    `cfg@${sha256(JSON.stringify(MERMAID_CONFIG)).slice(0, 12)}`,
    `css@${sha256(css).slice(0, 12)}`,
  ].join("|");
  return version;
}

/** One spelling per diagram: NFC and LF line ends, so NFD or CRLF copies share a cache entry. */
export function normalizeDiagramSource(source: string): string {
  return source.normalize("NFC").replace(/\r\n?/g, "\n");
}

/** Cache key and map key of a diagram: sha256 of the renderer version and the source. */
export function diagramKey(source: string): string {
  return sha256(`${rendererVersion()}\n${normalizeDiagramSource(source)}`);
}

/** Short id prefix (starts with a letter) that keeps one diagram's ids apart from another's on a page. */
export function idPrefixForKey(key: string): string {
  return `d${key.slice(0, 8)}`;
}
