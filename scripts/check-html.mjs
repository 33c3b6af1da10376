#!/usr/bin/env node
// Every page of a built site through the W3C Nu HTML Checker (vnu-jar; needs Java): prints each
// error as `page:line:column: message` and exits 1 when there is one. CI runs it over the seed site.
// Usage: node scripts/check-html.mjs [dist ...]
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { relative } from "node:path";
import vnuJar from "vnu-jar";

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["dist"];
let errors = 0;
for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.error(`${dir}: no such folder; build the site first`);
    process.exit(2);
  }
  let output;
  let failed = false;
  try {
    // --errors-only: warnings (e.g. "consider adding lang") are advice, not invalid HTML.
    output = execFileSync("java", ["-Xss4m", "-jar", String(vnuJar), "--format", "json", "--errors-only", "--skip-non-html", dir], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    if (error.code === "ENOENT") {
      console.error("java not found: the Nu HTML Checker (vnu-jar) needs a Java runtime (apt-get install default-jre-headless)");
      process.exit(2);
    }
    // vnu exits 1 when it found errors, and writes its JSON report to stderr.
    failed = true;
    output = `${error.stdout ?? ""}${error.stderr ?? ""}`;
  }
  const start = output.indexOf("{");
  // vnu writes nothing when every page is valid; a failure without a report is a checker that did not run.
  if (start < 0 && failed) {
    console.error(`${dir}: the checker wrote no report:\n${output.slice(0, 2000)}`);
    process.exit(2);
  }
  const report = start < 0 ? { messages: [] } : JSON.parse(output.slice(start));
  const pages = new Set();
  for (const m of report.messages ?? []) {
    if (m.type !== "error" && m.type !== "non-document-error") continue;
    errors++;
    const file = m.url ? relative(process.cwd(), decodeURIComponent(new URL(m.url).pathname)) : dir;
    pages.add(file);
    console.log(`${file}:${m.lastLine ?? 0}:${m.firstColumn ?? m.lastColumn ?? 0}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\n/g, " ").slice(0, 160)}` : ""}`);
  }
  console.log(`${dir}: ${errors === 0 ? "every page is valid HTML" : `${errors} error(s) on ${pages.size} page(s)`}`);
}
process.exit(errors === 0 ? 0 : 1);
