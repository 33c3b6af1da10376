import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { tempSites } from "../build/fixtures/temp-site";
import { dataStoreFromDiskIntegration, dataStoreModule } from "./data-store-from-disk";

const folder = tempSites("kb-data-store-");

type Plugin = { name: string; load: { order: string; handler: (id: string) => { code: string; meta: unknown } | null } };

/** The Vite plugins the integration registers for a command, output and storage. */
function pluginsFor(command: string, output: string, cacheDir: string, collectionStorage?: unknown): Plugin[] {
  const plugins: Plugin[] = [];
  const setup = dataStoreFromDiskIntegration().hooks["astro:config:setup"] as (options: unknown) => void;
  setup({
    command,
    config: { output, cacheDir: pathToFileURL(cacheDir + "/"), experimental: { collectionStorage } },
    updateConfig: (config: { vite: { plugins: Plugin[] } }) => plugins.push(...config.vite.plugins),
  });
  return plugins;
}

describe("dataStoreFromDiskIntegration", () => {
  it("serves Astro's data-store module from the store file in static builds, ahead of Astro's own loader", () => {
    const cacheDir = folder({ "data-store.json": "[]" });
    const [plugin, ...rest] = pluginsFor("build", "static", cacheDir);
    expect(rest).toEqual([]);
    expect(plugin!.load.order).toBe("pre");
    const loaded = plugin!.load.handler("\0astro:data-layer-content");
    expect(loaded?.code).toContain(JSON.stringify(join(cacheDir, "data-store.json")));
    expect(loaded?.meta).toEqual({ astroIncremental: { kind: "content-data" } });
    expect(plugin!.load.handler("\0astro:content")).toBeNull();
  });

  it("leaves the dev server, on-demand output, chunked storage and a build without a store file alone", () => {
    const cacheDir = folder({ "data-store.json": "[]" });
    expect(pluginsFor("dev", "static", cacheDir)).toEqual([]);
    expect(pluginsFor("build", "server", cacheDir)).toEqual([]);
    expect(pluginsFor("build", "static", cacheDir, "chunked")).toEqual([]);
    const [plugin] = pluginsFor("build", "static", folder());
    expect(plugin!.load.handler("\0astro:data-layer-content")).toBeNull();
  });
});

describe("dataStoreModule", () => {
  it("exports the store parsed from its file, Korean text and NFD included", async () => {
    const dir = folder();
    const store = [{ notes: 1 }, ["글루 크롤러", "데이터".normalize("NFD")]];
    const file = join(dir, "data-store.json");
    writeFileSync(file, JSON.stringify(store));
    const module = join(dir, "store.mjs");
    writeFileSync(module, dataStoreModule(file));
    expect((await import(/* @vite-ignore */ pathToFileURL(module).href)).default).toEqual(store);
  });

  it("ends the build naming the file when the store cannot be read or parsed (Astro would render an empty site)", () => {
    const dir = folder({ "broken.json": '[{"notes":' });
    for (const file of [join(dir, "broken.json"), join(dir, "missing.json")]) {
      const module = join(dir, "store.mjs");
      writeFileSync(module, dataStoreModule(file));
      const run = spawnSync(process.execPath, [module], { encoding: "utf8" });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`cannot read the content data store ${file}`);
    }
  });
});
