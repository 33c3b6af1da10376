import { it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { parseFlowDiagram, isFlowBlockCandidate } from "./index";
it("gen", () => {
  const dir = "/tmp/flowscratch/gen/";
  let blocks = 0, fail = 0, notCand = 0; const kinds: Record<string, number> = {};
  const t0 = performance.now();
  for (const f of readdirSync(dir)) {
    const md = readFileSync(dir + f, "utf8");
    for (const m of md.matchAll(/```(\w*)\n([\s\S]*?)\n```/g)) {
      blocks++;
      const text = m[2]!;
      if (!isFlowBlockCandidate(m[1], text)) { notCand++; if (notCand < 4) console.log("NOTCAND", JSON.stringify(text)); continue; }
      const r = parseFlowDiagram(text);
      if (!r.ok) { fail++; if (fail < 5) console.log(r, text); continue; }
      const lines = text.split("\n");
      // kind 2: 3 lines, first has →, second only ↓
      if (lines.length === 3 && /^\s*↓/.test(lines[1]!) && lines[0]!.includes("→")) {
        kinds.k2 = (kinds.k2 ?? 0) + 1;
        const labels = lines[0]!.split(" → ");
        const notes = lines[2]!.trim().split(/\s{2,}/);
        const got = r.graph.nodes.map((n) => n.label + "=" + n.notes.join("|")).join(",");
        const want = labels.map((l, i) => l + "=" + notes[i]).join(",");
        if (got !== want || r.graph.edges.length !== labels.length - 1 || r.graph.direction !== "LR") { console.log("K2 MISMATCH", got, "\n", want, JSON.stringify(text)); }
      } else if (text.startsWith("[") && text.includes("\n")) {
        kinds.k3 = (kinds.k3 ?? 0) + 1;
        if (r.graph.edges.length > 3 || r.graph.direction !== "TD") console.log("K3?", JSON.stringify(r.graph), text);
      } else if (!text.includes("\n")) {
        kinds.k1 = (kinds.k1 ?? 0) + 1;
        if (r.graph.direction !== "LR" || r.graph.edges.length !== r.graph.nodes.length - 1) console.log("K1?", text);
      } else {
        kinds.k0 = (kinds.k0 ?? 0) + 1;
        if (r.graph.direction !== "TD" || r.graph.nodes.some((n) => n.notes.length !== 1)) console.log("K0?", text);
      }
    }
  }
  console.log({ blocks, fail, notCand, kinds, ms: performance.now() - t0 });
});
