import { it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { parseFlowDiagram, toMermaid, describeFlow, isFlowBlockCandidate } from "./index";
it("dump", () => {
  const dir = new URL("../../../content/notes/", import.meta.url);
  for (const f of readdirSync(dir)) {
    const md = readFileSync(new URL(f, dir), "utf8");
    for (const m of md.matchAll(/```(\w*)\n([\s\S]*?)```/g)) {
      const r = parseFlowDiagram(m[2]!);
      console.log(f, isFlowBlockCandidate(m[1], m[2]!), JSON.stringify(r, null, 0));
      if (r.ok) { console.log(toMermaid(r.graph)); console.log(describeFlow(r.graph)); }
    }
  }
});
