import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** Astro's module holding the content collections' data store (`astro:data-layer-content`). */
const DATA_STORE_MODULE = "\0astro:data-layer-content";

/**
 * Static builds read the content data store from its file when the pages run, instead of carrying it
 * inside the page bundle. Astro puts the whole store (61 MB at 5,000 notes) in the bundle as one
 * string literal; Vite then bundles it and V8 compiles it on every build, edit builds included:
 * 21.6 s to import that module against 1.5 s to read and parse the file (BENCHMARKS, issue 18). The
 * store is the file the content sync wrote in this same build, so the pages see the same data.
 *
 * Leaves the build alone when the store is not one file (`experimental.collectionStorage`), for the
 * dev server, and for on-demand output, whose server bundle must carry its data with it.
 */
export function dataStoreFromDiskIntegration(): AstroIntegration {
  return {
    name: "kb-data-store-from-disk",
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig }) => {
        const storage = config.experimental.collectionStorage;
        if (command !== "build" || config.output !== "static" || (storage !== undefined && storage !== "single-file")) return;
        const file = fileURLToPath(new URL("data-store.json", config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: "kb-data-store-from-disk",
                load: {
                  // Ahead of Astro's own loader of the module.
                  order: "pre",
                  handler(id: string) {
                    if (id !== DATA_STORE_MODULE || !existsSync(file)) return null;
                    return {
                      code: dataStoreModule(file),
                      map: { mappings: "" },
                      // Astro's mark for a module of content data (core/build/incremental-metadata.js).
                      meta: { astroIncremental: { kind: "content-data" } },
                    };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}

/** The module's code: the store parsed from its file. Astro swallows an error importing the store and
 * renders from an empty one, so a store that cannot be read or parsed ends the build with its reason. */
export function dataStoreModule(file: string): string {
  return `import { readFileSync } from "node:fs";
let store;
try {
  store = JSON.parse(readFileSync(${JSON.stringify(file)}, "utf8"));
} catch (error) {
  console.error("[kb-data-store-from-disk] cannot read the content data store " + ${JSON.stringify(file)} + ": " + error.message);
  process.exit(1);
}
export default store;
`;
}
