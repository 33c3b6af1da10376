import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load as loadYaml } from "js-yaml";
import { afterEach, describe, expect, it } from "vitest";
import { deriveSiteUrl } from "../src/lib/settings/site-url";
import { checkArtifact, dryRunProblems, evaluate, pagesOutputs, readOutputs } from "./ci-dry-run-pages.mjs";

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Workflow {
  jobs: { build: { env: Record<string, string>; steps: Step[] }; deploy: { needs: string; steps: Step[] } };
  permissions: Record<string, string>;
}

const workflow = loadYaml(readFileSync(".github/workflows/deploy.yml", "utf8")) as Workflow;
const build = workflow.jobs.build;
const stepUsing = (action: string) => build.steps.find((step) => step.uses?.startsWith(`${action}@`));

describe("the GitHub Pages workflow", () => {
  it("can be dry-run as written: no expressions or conditions inside run scripts", () => {
    expect(dryRunProblems(build)).toEqual([]);
  });

  it("checks out the full history, builds with the Pages URL and base path, and deploys what it built", () => {
    expect(stepUsing("actions/checkout")?.with?.["fetch-depth"]).toBe(0);
    const buildStep = build.steps.find((step) => step.run === "npm run build");
    expect(buildStep?.env).toEqual({ SITE_URL: "${{ steps.pages.outputs.base_url }}", BASE_PATH: "${{ steps.pages.outputs.base_path }}" });
    expect(stepUsing("actions/configure-pages")?.id).toBe("pages");
    expect(stepUsing("actions/upload-pages-artifact")?.with?.path).toBe("${{ env.OUT_DIR }}");
    expect(workflow.jobs.deploy.needs).toBe("build");
    expect(workflow.permissions).toEqual({ contents: "read", pages: "write", "id-token": "write" });
  });

  it("restores and saves the same caches under the same key: .cache/ and Astro's store", () => {
    const restore = stepUsing("actions/cache/restore");
    const save = stepUsing("actions/cache/save");
    expect(restore?.with?.path?.trim().split("\n")).toEqual([".cache", "node_modules/.astro"]);
    expect(save?.with?.path).toBe(restore?.with?.path);
    expect(save?.with?.key).toBe(restore?.with?.key);
    const order = build.steps.map((step) => step.uses?.split("@")[0] ?? step.id);
    // npm ci empties node_modules, so Astro's store is restored after it and saved after the build.
    expect(order.indexOf("actions/cache/restore")).toBeGreaterThan(order.indexOf("install"));
    expect(order.indexOf("actions/cache/save")).toBeGreaterThan(order.indexOf("build"));
  });

  it("gives the build a site URL the site accepts, for project and user sites", () => {
    for (const repository of ["hanul-study/aws-data-notes", "Hanul-Study/hanul-study.github.io"]) {
      const pages = pagesOutputs(repository);
      const context = { env: build.env, steps: { pages } };
      const env = { SITE_URL: evaluate("${{ steps.pages.outputs.base_url }}", context, "test"), BASE_PATH: evaluate("${{ steps.pages.outputs.base_path }}", context, "test") };
      const base = env.BASE_PATH === "" ? "/" : `${env.BASE_PATH}/`;
      expect(deriveSiteUrl({ env, base })?.url).toBe(repository.endsWith(".github.io") ? "https://hanul-study.github.io/" : "https://hanul-study.github.io/aws-data-notes/");
    }
  });
});

describe("dry-run helpers", () => {
  let scratch = "";
  afterEach(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it("refuses expressions it cannot evaluate, and steps that are not run yet", () => {
    expect(evaluate("${{ env.OUT_DIR }}", { env: { OUT_DIR: "dist" }, steps: {} }, "x")).toBe("dist");
    expect(() => evaluate("${{ secrets.TOKEN }}", { env: {}, steps: {} }, "Build")).toThrow(/Build: the dry run does not know/u);
    expect(() => evaluate("${{ steps.later.outputs.x }}", { env: {}, steps: {} }, "Build")).toThrow(/has no value/u);
    expect(dryRunProblems({ steps: [{ name: "Bad", run: "echo ${{ github.ref }}" }, { uses: "actions/upload-pages-artifact@v4" }] })).toEqual([
      "Bad: a run script uses ${{ }}; pass the value through env: instead",
    ]);
  });

  it("reads step outputs in both of GitHub's formats", () => {
    scratch = mkdtempSync(join(tmpdir(), "dry-run-test-"));
    const file = join(scratch, "output");
    writeFileSync(file, "version=^24.21.0\nnotes<<EOF\n첫 줄\n둘째 줄\nEOF\nempty=\n");
    expect(readOutputs(file)).toEqual({ version: "^24.21.0", notes: "첫 줄\n둘째 줄", empty: "" });
  });

  it("checks the artifact the way Pages takes it", () => {
    scratch = mkdtempSync(join(tmpdir(), "dry-run-test-"));
    const site = join(scratch, "site");
    mkdirSync(join(site, "notes", "노트"), { recursive: true });
    writeFileSync(join(site, "index.html"), '<link rel="canonical" href="https://o.github.io/r/">');
    writeFileSync(join(site, "404.html"), "<p>없는 페이지</p>");
    expect(checkArtifact(site, "https://o.github.io/r/")).toEqual({ problems: [], bytes: expect.any(Number), withSiteUrl: 1 });

    writeFileSync(join(site, "rss.xml"), "<link>http://localhost:4321/</link>");
    symlinkSync(join(site, "index.html"), join(site, "notes", "노트", "index.html"));
    writeFileSync(join(site, "secret.txt"), "x");
    chmodSync(join(site, "secret.txt"), 0o600);
    rmSync(join(site, "404.html"));
    const { problems } = checkArtifact(site, "https://o.github.io/r/");
    expect(problems).toHaveLength(4);
    for (const expected of [/노트\/index\.html is a symbolic link/u, /secret\.txt is not readable by others/u, /404\.html is missing/u, /local address is written in 1 files, e\.g\. .*rss\.xml/u]) {
      expect(problems.some((problem) => expected.test(problem)), problems.join("\n")).toBe(true);
    }
  });
});
