import { describe, expect, it } from "vitest";
import { FenceTracker, fenceOpening, type FenceLine } from "./fences";

const walk = (text: string): FenceLine[] => {
  const fences = new FenceTracker();
  return text.split("\n").map((line) => fences.step(line));
};

describe("fenceOpening", () => {
  it("reads the seed notes' fences: plain, with a language, indented in a list, tildes", () => {
    expect(fenceOpening("```")).toEqual({ indent: 0, char: "`", length: 3, lang: null });
    expect(fenceOpening("```Mermaid title=\"흐름\"")).toEqual({ indent: 0, char: "`", length: 3, lang: "mermaid" });
    expect(fenceOpening("   ````bash")).toEqual({ indent: 3, char: "`", length: 4, lang: "bash" });
    expect(fenceOpening("~~~ text")).toEqual({ indent: 0, char: "~", length: 3, lang: "text" });
  });

  it("is not fooled by inline code, four-space indentation or short runs", () => {
    expect(fenceOpening("```aws s3 ls``` 로 확인")).toBeUndefined();
    expect(fenceOpening("    ```")).toBeUndefined();
    expect(fenceOpening("``")).toBeUndefined();
    expect(fenceOpening("~~~ 물결 안의 `백틱`은 괜찮다")?.char).toBe("~");
  });
});

describe("FenceTracker", () => {
  it("marks the opening, the code and the closing line", () => {
    expect(walk("# 제목\n```\n# 코드 안의 샵\n```\n본문")).toEqual(["text", "open", "code", "close", "text"]);
  });

  it("closes only on the same character, at least as long, with nothing after it", () => {
    expect(walk("````\n```\n~~~~\n```` 꼬리\n  `````  \n뒤")).toEqual(["open", "code", "code", "code", "close", "text"]);
    expect(walk("~~~\n```\n~~~")).toEqual(["open", "code", "close"]);
  });

  it("handles CRLF lines and leaves an unclosed fence open to the end", () => {
    expect(walk("```\r\n코드\r\n```\r\n")).toEqual(["open", "code", "close", "text"]);
    expect(walk("```\n정답: C\n## 해설")).toEqual(["open", "code", "code"]);
  });

  it("says which fence it is in", () => {
    const fences = new FenceTracker();
    fences.step("  ~~~~flow");
    expect(fences.current).toEqual({ indent: 2, char: "~", length: 4, lang: "flow" });
    expect(fences.inCode("A → B")).toBe(true);
    expect(fences.inCode("~~~~")).toBe(true);
    expect(fences.current).toBeUndefined();
    expect(fences.inCode("본문")).toBe(false);
  });
});
