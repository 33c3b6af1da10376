import { describe, expect, it } from "vitest";
import { markdownToMdast } from "satteri";
import { unclosedFence, type CodeNodeLike } from "./unclosed-fence";

interface Node extends CodeNodeLike {
  type: string;
  children?: Node[];
}

/** Every code block of a note as Sätteri parses it, with what unclosedFence says about it. */
function fences(source: string) {
  const found: Array<ReturnType<typeof unclosedFence>> = [];
  const visit = (node: Node) => {
    if (node.type === "code") found.push(unclosedFence(source, node));
    node.children?.forEach(visit);
  };
  visit(markdownToMdast(source, { features: { gfm: true, math: true, wikilinks: true } }) as unknown as Node);
  return found;
}

describe("unclosedFence", () => {
  it("finds a fence left open, which turns the rest of the note into code", () => {
    const note = "# Glue 정리\n\n```python\nimport boto3\n\n## 🎯 핵심 포인트\n\n서버리스 ETL 서비스";
    expect(fences(note)).toEqual([{ line: 3, column: 1, fence: "```", runsToEnd: true }]);
  });

  it("says nothing about closed fences, of any length and either character, or indented code", () => {
    const note = [
      "```js",
      "const a = 1;",
      "```",
      "",
      "````md",
      "```js",
      "안쪽 예시",
      "```",
      "````",
      "",
      "~~~",
      "물결",
      "~~~~~",
      "",
      "    들여쓴 코드",
      "",
      "```",
      "```",
      "",
      "  ```",
      "  두 칸 들여쓴 펜스",
      "  ```",
    ].join("\n");
    expect(fences(note)).toEqual([null, null, null, null, null, null]);
  });

  it("does not take a shorter or different fence for the closing one", () => {
    expect(fences("````\n코드\n```\n본문")).toEqual([{ line: 1, column: 1, fence: "````", runsToEnd: true }]);
    expect(fences("~~~\n코드\n```\n본문")).toEqual([{ line: 1, column: 1, fence: "~~~", runsToEnd: true }]);
    expect(fences("```")).toEqual([{ line: 1, column: 1, fence: "```", runsToEnd: true }]);
  });

  it("finds a fence left open inside a quote or list item, which ends with its container", () => {
    const note = "> ```bash\n> aws s3 ls\n\n본문 문단\n\n- 항목\n  ```\n  코드\n\n다음 문단";
    expect(fences(note)).toEqual([
      { line: 1, column: 3, fence: "```", runsToEnd: false },
      { line: 7, column: 3, fence: "```", runsToEnd: false },
    ]);
    expect(fences("> ```\n> 코드\n> ```\n\n- 항목\n  ~~~\n  코드\n  ~~~")).toEqual([null, null]);
  });

  it("handles CRLF, NFD Korean and a note whose last line closes the fence", () => {
    expect(fences("```\r\n데이터\r\n```\r\n".normalize("NFD"))).toEqual([null]);
    expect(fences("앞\r\n\r\n```\r\n데이터\r\n".normalize("NFD"))).toEqual([{ line: 3, column: 1, fence: "```", runsToEnd: true }]);
  });

  it("is null without positions", () => {
    expect(unclosedFence("```\nx", {})).toBeNull();
  });
});
