import { describe, it, expect, beforeAll } from "vitest";
import DOMPurify from "dompurify";
import { escapeMermaidLabel, toMermaid, unescapeMermaidLabel } from "./mermaid";
import { parseFlowDiagram } from "./parse";
import { fixture, seedBlocks } from "./fixtures/load";
import type { FlowGraph } from "./types";

const NASTY = [
  'Client "web"',
  "Glue (ETL) & Spark",
  "<script>alert(1)</script>",
  "C# Worker #1; #quot; literal",
  "a | b :: c",
  "`code` and \\ backslash",
  "🚀 배포 파이프라인 👨‍👩‍👧",
  "데이터 처리",
  "&amp; already escaped &lt;",
  "#35; #lt; #9999999999;",
  "line\nbreak",
];

function graph(text: string): FlowGraph {
  const result = parseFlowDiagram(text);
  if (!result.ok) throw new Error(`line ${result.line}: ${result.reason}`);
  return result.graph;
}

describe("label escaping", () => {
  it("round-trips every label through escape and unescape", () => {
    for (const label of NASTY) expect(unescapeMermaidLabel(escapeMermaidLabel(label))).toBe(label);
  });

  it("leaves nothing that can end a quoted label, open HTML or start an entity", () => {
    for (const label of NASTY) {
      // Outside our entity codes, none of the dangerous characters (nor a bare #) is left.
      const bare = escapeMermaidLabel(label).replace(/#(?:quot|lt|gt|amp|\d+);/g, "");
      expect(bare).not.toMatch(/["<>&`|\n\\:;#]/);
    }
    expect(escapeMermaidLabel('A "b" <c> & #d')).toBe("A #quot;b#quot; #lt;c#gt; #amp; #35;d");
    expect(escapeMermaidLabel("데이터 처리 (SQL/Java)")).toBe("데이터 처리 (SQL/Java)");
  });
});

describe("toMermaid", () => {
  it("renders the horizontal seed with notes as small second lines", () => {
    const block = seedBlocks("data-pipeline-lambda-integration")[0];
    expect(toMermaid(graph(block?.text ?? ""))).toBe(
      [
        "flowchart LR",
        '  n0["Amazon RDS<br/><small>원본 데이터</small>"]',
        '  n1["AWS Data Pipeline<br/><small>워크플로우 관리<br/>스케줄링/모니터링</small>"]',
        '  n2["AWS Lambda<br/><small>데이터 처리<br/>변환/계산</small>"]',
        '  n3["Amazon S3<br/><small>결과 저장<br/>최종 데이터</small>"]',
        "  n0 --> n1",
        "  n1 --> n2",
        "  n2 --> n3",
        "",
      ].join("\n"),
    );
  });

  it("renders edge labels and escapes & in a TD seed", () => {
    const blocks = seedBlocks("aws-etl-pipeline-services");
    expect(toMermaid(graph(blocks[1]?.text ?? ""))).toContain('  n1 -->|"filtering, aggregation, transformation"| n2\n');
    expect(toMermaid(graph(blocks[2]?.text ?? ""))).toBe(
      [
        "flowchart TD",
        '  n0["AWS Step Functions"]',
        '  n1["Multiple Services Coordination"]',
        '  n2["Error Handling #amp; Retry Logic"]',
        "  n0 --> n1",
        "  n1 --> n2",
        "",
      ].join("\n"),
    );
  });

  it("uses positional ids whatever the graph's ids are, and skips edges to unknown nodes", () => {
    const source: FlowGraph = {
      direction: "LR",
      nodes: [
        { id: "x y", label: "A", notes: [] },
        { id: '"];click', label: "B", notes: ["<b>"] },
      ],
      edges: [
        { from: "x y", to: '"];click', label: 'say "hi"' },
        { from: "x y", to: "missing" },
      ],
    };
    expect(toMermaid(source)).toBe('flowchart LR\n  n0["A"]\n  n1["B<br/><small>#lt;b#gt;</small>"]\n  n0 -->|"say #quot;hi#quot;"| n1\n');
  });
});

describe("Mermaid's own parser accepts the output", () => {
  type FlowDb = {
    getVertices(): Map<string, { text?: string }>;
    getEdges(): Array<{ start: string; end: string; text?: string }>;
  };
  let parseDiagram: (source: string) => Promise<FlowDb>;

  beforeAll(async () => {
    // Node has no DOM; Mermaid only needs DOMPurify to sanitise labels, which this check does not test.
    const purify = DOMPurify as unknown as Record<string, unknown>;
    purify["addHook"] = () => undefined;
    purify["sanitize"] = (text: string) => text;
    const { default: mermaid } = await import("mermaid");
    await mermaid.parse("flowchart TD\n  a --> b\n"); // registers the diagram types
    parseDiagram = async (source) => (await mermaid.mermaidAPI.getDiagramFromText(source)).db as unknown as FlowDb;
  });

  // What a browser shows for a parsed label: Mermaid 12's decodeEntities, then HTML entity decoding.
  const shown = (text: string): string =>
    text
      .replace(/ﬂ°°/g, "&#")
      .replace(/ﬂ°/g, "&")
      .replace(/¶ß/g, ";")
      .replace(/&(quot|lt|gt|amp|#\d+);/g, (_, name: string) =>
        name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : ({ quot: '"', lt: "<", gt: ">", amp: "&" } as Record<string, string>)[name] ?? "",
      );

  it("for every seed diagram and the special-label fixture, labels arrive intact", async () => {
    const texts = [
      ...["datalake-glue-serverless-etl", "aws-etl-pipeline-services", "data-pipeline-lambda-integration", "aws-glue-serverless-etl"].flatMap((note) =>
        seedBlocks(note).map((b) => b.text),
      ),
      fixture("special-labels.txt"),
    ];
    for (const text of texts) {
      const flow = graph(text);
      const db = await parseDiagram(toMermaid(flow));
      const vertices = [...db.getVertices().entries()];
      expect(vertices.map(([id]) => id)).toEqual(flow.nodes.map((_, i) => `n${i}`));
      vertices.forEach(([, vertex], i) => {
        const node = flow.nodes[i];
        const [main, small] = shown(vertex.text ?? "").split("<br/><small>");
        expect(main).toBe(node?.label);
        expect(small === undefined ? [] : small.replace(/<\/small>$/, "").split("<br/>")).toEqual(node?.notes);
      });
      expect(db.getEdges().map((e) => [e.start, e.end, shown(e.text ?? "")])).toEqual(
        flow.edges.map((e) => [`n${flow.nodes.findIndex((n) => n.id === e.from)}`, `n${flow.nodes.findIndex((n) => n.id === e.to)}`, e.label ?? ""]),
      );
    }
  });

  it("for nasty labels as nodes and edge labels", async () => {
    const nodes = NASTY.map((label, i) => ({ id: `n${i}`, label, notes: [label] }));
    const edges = NASTY.slice(1).map((label, i) => ({ from: `n${i}`, to: `n${i + 1}`, label }));
    const db = await parseDiagram(toMermaid({ direction: "TD", nodes, edges }));
    expect([...db.getVertices().values()].map((v) => shown(v.text ?? ""))).toEqual(
      NASTY.map((label) => `${label}<br/><small>${label}</small>`),
    );
    expect(db.getEdges().map((e) => shown(e.text ?? ""))).toEqual(NASTY.slice(1));
  });
});
