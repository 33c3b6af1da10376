import { it } from "vitest";
import { writeFileSync } from "node:fs";
import { createChromiumRenderer } from "./browser";
import * as F from "./fixtures/sources";
it("capture", async () => {
  const r = await createChromiumRenderer()([F.GLUE_ARCHITECTURE_KO, F.KINESIS_EDGE_LABEL], { concurrency: 2, log: console.log, renderId: "mmd" });
  r.forEach((x, i) => { if (x.ok) writeFileSync(new URL(`./fixtures/${["glue", "kinesis"][i]}.mermaid.svg`, import.meta.url), x.svg); });
}, 60000);
