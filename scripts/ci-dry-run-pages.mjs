#!/usr/bin/env node
// Runs the build job of .github/workflows/deploy.yml on this machine: every `run:` step exactly as
// the workflow has it, in order, with the workflow's env, the step outputs they pass each other and
// the values GitHub's own steps would give (actions/configure-pages: the Pages URL of a project
// site). The `uses:` steps (checkout, setup-node, caches, upload, deploy) are GitHub's and are
// skipped; the folder the upload step would publish is then checked the way Pages needs it.
// Nothing is deployed.
//
// Usage: node scripts/ci-dry-run-pages.mjs [--skip <step id>]... [--out-dir <folder>] [--repository owner/name]
//   --skip install     leave out a step the caller has just run itself (CI: npm ci)
//   --out-dir          OUT_DIR for the build (default dist-pages, so dist/ of the other tests is kept)
//   --repository       the repository whose Pages URL to build for (default $GITHUB_REPOSITORY,
//                      else example-owner/aws-notes: https://example-owner.github.io/aws-notes/)
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { load as loadYaml } from "js-yaml";

const WORKFLOW = ".github/workflows/deploy.yml";
const PAGES_SIZE_LIMIT = 1024 ** 3; // GitHub Pages: a published site may be at most 1 GB.

function parseArgs(argv) {
  const args = { skip: new Set(), outDir: "dist-pages", repository: process.env.GITHUB_REPOSITORY || "example-owner/aws-notes" };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === "--skip" && value) (args.skip.add(value), i++);
    else if (argv[i] === "--out-dir" && value) ((args.outDir = value), i++);
    else if (argv[i] === "--repository" && value) ((args.repository = value), i++);
    else throw new Error(`unknown argument ${argv[i]} (see the usage at the top of this file)`);
  }
  if (!/^[\w.-]+\/[\w.-]+$/.test(args.repository)) throw new Error(`--repository wants owner/name, got ${args.repository}`);
  return args;
}

/** What actions/configure-pages outputs for a repository's Pages site without a custom domain. */
export function pagesOutputs(repository) {
  const [owner, repo] = repository.split("/");
  const host = `${owner.toLowerCase()}.github.io`;
  const basePath = repo.toLowerCase() === host ? "" : `/${repo}`;
  return { base_url: `https://${host}${basePath}`, origin: `https://${host}`, host, base_path: basePath };
}

/** `${{ … }}` in a value, for the few expressions this workflow uses; anything else is an error. */
export function evaluate(text, context, where) {
  return String(text).replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expression) => {
    let match;
    if ((match = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression))) {
      const value = context.steps[match[1]]?.[match[2]];
      if (value === undefined) throw new Error(`${where}: ${expression} has no value (is step "${match[1]}" before it?)`);
      return value;
    }
    if ((match = /^env\.(\w+)$/.exec(expression))) return context.env[match[1]] ?? "";
    if (expression === "runner.os") return "Linux";
    if (expression === "github.run_id") return "dry-run";
    throw new Error(`${where}: the dry run does not know the expression \${{ ${expression} }}`);
  });
}

/** `name=value` and `name<<DELIMITER … DELIMITER` lines a step wrote to $GITHUB_OUTPUT. */
export function readOutputs(file) {
  const outputs = {};
  const lines = existsSync(file) ? readFileSync(file, "utf8").split("\n") : [];
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([\w-]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      outputs[heredoc[1]] = lines.slice(i + 1, end).join("\n");
      i = end;
      continue;
    }
    const pair = /^([\w-]+)=(.*)$/.exec(lines[i]);
    if (pair) outputs[pair[1]] = pair[2];
  }
  return outputs;
}

/** What actions/upload-pages-artifact and Pages require of the folder, and what issue #16 forbids in it. */
export function checkArtifact(folder, siteUrl) {
  const problems = [];
  if (!existsSync(folder)) return { problems: [`${folder} does not exist`], bytes: 0, withSiteUrl: 0 };
  let bytes = 0;
  let withSiteUrl = 0;
  const localhost = [];
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) problems.push(`${path} is a symbolic link (Pages refuses artifacts with links)`);
    if (!stat.isFile()) continue;
    if ((stat.mode & 0o004) === 0) problems.push(`${path} is not readable by others (Pages: deployment_perms_error)`);
    bytes += stat.size;
    if (/\.(html|xml|json|tsv|txt|js|css|svg)$/.test(entry.name)) {
      const text = readFileSync(path, "utf8");
      if (/\blocalhost\b|127\.0\.0\.1/.test(text)) localhost.push(path);
      if (text.includes(siteUrl)) withSiteUrl++;
    }
  }
  for (const required of ["index.html", "404.html"]) if (!existsSync(join(folder, required))) problems.push(`${folder}/${required} is missing`);
  if (bytes > PAGES_SIZE_LIMIT) problems.push(`${folder} holds ${(bytes / 1024 ** 2).toFixed(0)} MB, over GitHub Pages' 1 GB`);
  if (localhost.length > 0) problems.push(`a local address is written in ${localhost.length} files, e.g. ${localhost.slice(0, 3).join(", ")}`);
  return { problems, bytes, withSiteUrl };
}

/** Why a build job cannot be dry-run as written (empty when it can). */
export function dryRunProblems(job) {
  const problems = [];
  const uploads = (job?.steps ?? []).filter((step) => String(step.uses ?? "").startsWith("actions/upload-pages-artifact@"));
  if (!job?.steps) problems.push("the workflow has no jobs.build.steps");
  else if (uploads.length !== 1) problems.push("the build job needs exactly one actions/upload-pages-artifact step");
  for (const step of job?.steps ?? []) {
    if (step.uses) continue;
    const label = step.name ?? step.id ?? "a run step";
    if (step.if !== undefined) problems.push(`${label}: the dry run cannot evaluate if: ${step.if}`);
    if (String(step.run).includes("${{")) problems.push(`${label}: a run script uses \${{ }}; pass the value through env: instead`);
  }
  return problems;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const workflow = loadYaml(readFileSync(WORKFLOW, "utf8"));
  const job = workflow?.jobs?.build;
  const unrunnable = dryRunProblems(job);
  if (unrunnable.length > 0) throw new Error(`${WORKFLOW}: ${unrunnable.join("; ")}`);

  const pages = pagesOutputs(args.repository);
  const context = { env: { ...workflow.env, ...job.env, OUT_DIR: args.outDir }, steps: {} };
  const scratch = mkdtempSync(join(tmpdir(), "pages-dry-run-"));
  let upload;
  console.log(`Dry run of ${WORKFLOW} (build job) for ${args.repository}: ${pages.base_url}/, output in ${args.outDir}/`);

  try {
    job.steps.forEach((step, index) => {
      const label = step.name ?? step.id ?? `step ${index + 1}`;
      if (step.uses) {
        const action = step.uses.split("@")[0];
        if (action === "actions/configure-pages" && step.id) context.steps[step.id] = pages;
        if (action === "actions/upload-pages-artifact") upload = evaluate(step.with?.path ?? "_site", context, label);
        console.log(`\n— ${label}: ${step.uses} runs on GitHub only${action === "actions/configure-pages" ? ` (outputs ${JSON.stringify(pages)})` : ""}`);
        return;
      }
      if (step.id && args.skip.has(step.id)) {
        console.log(`\n— ${label}: skipped (--skip ${step.id})`);
        return;
      }

      const output = join(scratch, `output-${index}`);
      const env = { ...process.env, ...context.env, GITHUB_OUTPUT: output };
      for (const [name, value] of Object.entries(step.env ?? {})) env[name] = evaluate(value, context, label);
      console.log(`\n▶ ${label}`);
      const started = performance.now();
      // GitHub's default shell for run steps on Linux.
      const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run], { stdio: "inherit", env });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status ?? result.signal}) after ${seconds} s`);
      console.log(`✓ ${label} (${seconds} s)`);
      if (step.id) context.steps[step.id] = readOutputs(output);
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  if (upload === undefined) throw new Error(`${WORKFLOW}: the build job has no actions/upload-pages-artifact step`);
  const checked = checkArtifact(resolve(upload), `${pages.base_url}/`);
  if (checked.problems.length > 0) {
    for (const problem of checked.problems) console.error(`✗ ${problem}`);
    process.exit(1);
  }
  console.log(
    `\n✓ ${upload}/ is ready for GitHub Pages: ${(checked.bytes / 1024 ** 2).toFixed(1)} MB, no local addresses, ` +
      `${checked.withSiteUrl} files name ${pages.base_url}/. Not deployed (dry run).`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
