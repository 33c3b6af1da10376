import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape";

describe("escapeHtml", () => {
  it("escapes markup and quotes and keeps Korean", () => {
    expect(escapeHtml(`<b class="x">'데이터' & 레이크</b>`)).toBe("&lt;b class=&quot;x&quot;&gt;&#39;데이터&#39; &amp; 레이크&lt;/b&gt;");
  });
});
