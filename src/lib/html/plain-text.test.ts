import { describe, expect, it } from "vitest";
import { htmlPlainText } from "./plain-text";

describe("htmlPlainText", () => {
  it("keeps the words a reader sees, entities decoded, comparison signs kept", () => {
    expect(htmlPlainText("<strong>AWS Glue</strong>로 <code>List&lt;String&gt;</code> 처리, a &lt; b &amp; AT&amp;T")).toBe(
      "AWS Glue로 List<String> 처리, a < b & AT&T",
    );
  });

  it("separates blocks and drops what is not text", () => {
    expect(htmlPlainText("<p>첫째</p><p>둘째<br>셋째</p><svg><text>노이즈</text></svg><script>x()</script>")).toBe("첫째 둘째 셋째");
  });

  it("handles Korean in NFD as given and empty input", () => {
    expect(htmlPlainText("<em>한글</em>".normalize("NFD"))).toBe("한글".normalize("NFD"));
    expect(htmlPlainText("")).toBe("");
  });
});
