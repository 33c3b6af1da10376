import { describe, expect, it } from "vitest";
import { isUnsafeUrl, sanitizeRawHtml } from "./raw-html";

const clean = (html: string) => sanitizeRawHtml(html, { allowScripts: false });

describe("sanitizeRawHtml", () => {
  it("keeps layout HTML as written (Korean text, tables, details)", () => {
    const html = '<details><summary>정답 보기</summary>\n<table class="t"><tr><td>람다</td></tr></table></details>';
    expect(clean(html)).toEqual({ html, removed: [] });
  });

  it("drops <script> with its content, and event handlers", () => {
    const out = clean(`<p>앞</p><script>alert('x')</script><img src="a.png" onerror="alert(1)" alt="그림"><div OnClick=alert(2)>뒤</div>`);
    expect(out.html).toBe('<p>앞</p><img src="a.png" alt="그림"><div>뒤</div>');
    expect(out.removed).toEqual(["<script>", "onerror", "onclick"]);
  });

  it("neutralises javascript:/vbscript:/data: URLs however they are spelt, but keeps data: images", () => {
    expect(clean(`<a href="javascript:alert(1)">a</a>`).html).toBe("<a>a</a>");
    expect(clean(`<a href=" JaVa&#x53;cript&colon;alert(1)">a</a>`).html).toBe("<a>a</a>");
    expect(clean(`<a href="java\tscript:alert(1)">a</a>`).html).toBe("<a>a</a>");
    expect(clean(`<a href='vbscript:msgbox(1)'>a</a>`).html).toBe("<a>a</a>");
    expect(clean(`<iframe src="data:text/html,<script>alert(1)</script>"></iframe>`).html).toBe("<iframe></iframe>");
    expect(clean(`<img src="data:image/png;base64,AAAA">`).html).toBe('<img src="data:image/png;base64,AAAA">');
    expect(clean(`<svg><a xlink:href="javascript:alert(1)"><text>t</text></a><set attributeName="href" to="javascript:alert(2)"/></svg>`).html).toBe('<svg><a><text>t</text></a><set attributeName="href" /></svg>');
  });

  it("never lets through a tag it did not read (unclosed tags, raw-text tricks)", () => {
    expect(clean(`<img src=x onerror=alert(1)`).html).toBe("&lt;img src=x onerror=alert(1)");
    expect(clean(`<noscript><p title="</noscript><img src=x onerror=alert(1)>">`).html).toBe('<img src=x>">');
    expect(clean(`<iframe srcdoc="<script>alert(1)</script>">inside</iframe>`).html).toBe("<iframe></iframe>");
    expect(clean(`<!-- <img src=x onerror=alert(1)> -->ok`).html).toBe("ok");
    expect(clean(`<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(1)">`).html).toBe("");
  });

  it("returns the HTML as written when scripts are allowed", () => {
    const html = `<script>alert(1)</script><b onclick="x()">b</b>`;
    expect(sanitizeRawHtml(html, { allowScripts: true }).html).toBe(html);
  });
});

describe("isUnsafeUrl", () => {
  it("tells script URLs from ordinary ones", () => {
    expect(isUnsafeUrl("https://aws.amazon.com/ko/")).toBe(false);
    expect(isUnsafeUrl("노트.md")).toBe(false);
    expect(isUnsafeUrl("\u0001javascript:alert(1)")).toBe(true);
    expect(isUnsafeUrl("data:image/gif;base64,R0lG", { imageData: true })).toBe(false);
    expect(isUnsafeUrl("data:image/svg+xml,<svg onload=alert(1)>", { imageData: true })).toBe(false);
    expect(isUnsafeUrl("data:image/svg+xml,<svg onload=alert(1)>")).toBe(true);
    expect(isUnsafeUrl("data:text/html,<script>alert(1)</script>", { imageData: true })).toBe(true);
  });
});

describe("inlineScriptSpans", () => {
  it("drops what sits between an inline <script> and its </script>, and nothing else", async () => {
    const { inlineScriptSpans } = await import("./raw-html");
    expect([...inlineScriptSpans(["<script>", null, "</script>", null], { allowScripts: false })]).toEqual([1]);
    expect([...inlineScriptSpans(["<b>", null, "</b>"], { allowScripts: false })]).toEqual([]);
    expect([...inlineScriptSpans(["<script>", null], { allowScripts: false })]).toEqual([]);
    expect([...inlineScriptSpans(["<script>", null, "</script>"], { allowScripts: true })]).toEqual([]);
  });
});
