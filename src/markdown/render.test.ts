import { describe, expect, it } from "vitest";
import { expandDiagramRefs } from "../lib/diagrams/figure-ref";
import { renderVault } from "./fixtures/render-vault";

/** Markdown plugin tests through the render step the site uses (analyse → resolve → render). */
const render = async (notes: Record<string, string>, options: Parameters<typeof renderVault>[1] = {}) => renderVault(notes, options);

describe("links and embeds", () => {
  it("links wikilinks and Markdown links to the resolved pages, and marks a missing one", async () => {
    const v = await render({
      "a.md": "# A\n\n[[b]], [[b#절|절로]], [보기](sub/c.md), [[없는 노트]], [[#로컬]]\n\n## 로컬\n",
      "b.md": "# B\n\n## 절\n",
      "sub/c.md": "# C",
    });
    const html = v.html.get("a.md") ?? "";
    expect(html).toContain('<a href="/notes/b/" class="wikilink">b</a>');
    expect(html).toContain('<a href="/notes/b/#%EC%A0%88" class="wikilink">절로</a>');
    expect(html).toContain('<a href="/notes/sub/c/">보기</a>');
    expect(html).toContain('<span class="wikilink wikilink-missing" title="없는 노트">없는 노트</span>');
    expect(html).toContain('<a href="#%EB%A1%9C%EC%BB%AC" class="wikilink">로컬</a>');
    expect(v.warnings).toMatchObject([{ kind: "link", file: "a.md", line: 3 }]);
  });

  it("keeps names with underscores, apostrophes and emoji intact", async () => {
    const v = await render({ "a.md": "[[my_note_file]] [[Kinesis's limits]] [[name (1), x 🤗]]", "my_note_file.md": "", "Kinesis's limits.md": "", "name (1), x 🤗.md": "" });
    const html = v.html.get("a.md") ?? "";
    expect(html).toContain(">my_note_file</a>");
    expect(html).toContain(">Kinesis's limits</a>");
    expect(html).toContain(">name (1), x 🤗</a>");
    expect(v.warnings).toEqual([]);
  });

  it("shows embedded files: a sized image, audio, a download link, and a placeholder for a missing one", async () => {
    const v = await render({ "a.md": "![[pic.png|300]]\n\n![[sound.ogg]]\n\n![[doc.pdf]]\n\n![[gone.png]]\n\n![설명](pic.png)" }, {
      attachments: ["img/pic.png", "sound.ogg", "doc.pdf"],
      imageSize: () => ({ width: 600, height: 400 }),
    });
    const html = v.html.get("a.md") ?? "";
    expect(html).toContain('<img class="embed-image" src="/files/img/pic.png" alt="pic.png" width="300" height="200" loading="lazy" decoding="async">');
    expect(html).toContain('<audio class="embed-audio" controls preload="metadata" src="/files/sound.ogg">');
    expect(html).toContain('<a class="embed-file" href="/files/doc.pdf" download>');
    expect(html).toContain('<span class="embed-missing" role="note">');
    expect(html).not.toContain('src="gone.png"');
    expect(html).toContain('alt="설명" width="600" height="400"');
  });

  it("embeds a note, a heading's section and a block, once each, with a link to the source", async () => {
    const v = await render({
      "a.md": "# A\n\n![[b]]\n\n![[b#둘]]\n\n![[b#^blk]]\n",
      "b.md": "# B\n\n첫 문단 ^blk\n\n## 둘\n\n둘의 내용\n\n## 셋\n\n셋의 내용\n",
    });
    const html = v.html.get("a.md") ?? "";
    expect(html.match(/class="note-embed"/g)).toHaveLength(3);
    expect(html).toContain('<a href="/notes/b/">원본 노트: B</a>');
    const [, section] = html.split('class="note-embed"');
    expect(html).toContain("둘의 내용");
    expect(section).toContain("셋의 내용");
    // The block embed shows only the block, without its marker.
    const block = html.split('class="note-embed"')[3] ?? "";
    expect(block).toContain("첫 문단");
    expect(block).not.toContain("둘의 내용");
    expect(html).not.toContain("^blk<");
    // Embedded headings are not part of the page's outline.
    expect(html).not.toMatch(/<h[1-6][^>]*>둘/);
  });

  it("stops an embed that would show a note inside itself", async () => {
    const v = await render({ "a.md": "![[b]]", "b.md": "![[a]]" });
    expect(v.html.get("a.md")).toContain('class="note-embed"');
    expect(v.warnings.some((w) => w.kind === "embed" && /inside itself/.test(w.message))).toBe(true);
  });

  it("drops javascript: URLs but keeps the link text", async () => {
    const html = (await render({ "a.md": "[클릭](javascript:alert(1)) ![x](javascript:alert(2))" })).html.get("a.md") ?? "";
    expect(html).not.toContain("javascript:");
    expect(html).toContain("클릭");
  });
});

describe("Obsidian inline syntax", () => {
  it("closes emphasis before Korean particles, highlights, and keeps a == b in code", async () => {
    const html = (await render({ "a.md": "**일괄 처리(Batch Processing)**와 ==중요== `a == b`" })).html.get("a.md") ?? "";
    expect(html).toContain("<strong>일괄 처리(Batch Processing)</strong>와");
    expect(html).toContain("<mark>중요</mark>");
    expect(html).toContain("<code>a == b</code>");
  });

  it("links inline tags to their canonical tag page, and leaves C#, #1 and URL fragments alone", async () => {
    const v = await render({ "a.md": "공부 #service/aws-glue 와 #학습 그리고 C# #1 https://x.example/#frag" });
    const html = v.html.get("a.md") ?? "";
    expect(html).toContain('<a href="/tags/service/glue/" class="tag">#service/aws-glue</a>');
    expect(html).toContain('<a href="/tags/%ED%95%99%EC%8A%B5/" class="tag">#학습</a>');
    expect(html).toContain("C# #1");
    expect(v.site.notes[0]?.model.tags).toEqual(["service/glue", "학습"]);
  });

  it("turns block ids into anchors that leave the text", async () => {
    const html = (await render({ "a.md": "문단 ^para\n\n- 항목 ^item\n\n> 인용\n\n^quote\n" })).html.get("a.md") ?? "";
    expect(html).toContain('<p id="^para">문단</p>');
    expect(html).toContain('<li id="^item">항목</li>');
    expect(html).toContain('<blockquote id="^quote">');
    expect(html).not.toContain("^quote</p>");
  });

  it("draws math at build time and leaves prices as text", async () => {
    const v = await render({ "a.md": "$x_1 + y^2$ 와 $5 and $10\n\n$$\n\\frac{a}{b}\n$$\n\n$\\frac{$\n" });
    const html = v.html.get("a.md") ?? "";
    expect(html).toContain("<math");
    expect(html).toContain("$5 and $10");
    expect(html).toContain('<div class="math-display"><math');
    expect(html).not.toContain("<script");
  });

  it("never publishes %%comments%%", async () => {
    const v = await render({ "a.md": "보임 %%비밀 1%% 보임\n\n%%\n여러 줄\n비밀 2\n%%\n\n`%%코드%%`" });
    const html = v.html.get("a.md") ?? "";
    expect(html).not.toContain("비밀");
    expect(html).toContain("<code>%%코드%%</code>");
    expect(v.site.notes[0]?.model.searchText).not.toContain("비밀");
  });
});

describe("code blocks", () => {
  it("draws flows and ```mermaid as diagrams, keeps code and box drawings as code, and boxes plugin queries", async () => {
    const v = await render({
      "a.md": "```\nS3 → Lambda → DynamoDB\n```\n\n```js\nconst a = b -> c;\n```\n\n```\n┌──┐\n│A │\n└──┘\n```\n\n```dataview\nLIST FROM #x\n```\n",
    });
    const html = v.html.get("a.md") ?? "";
    expect(html.match(/<figure class="flow-diagram">/g)).toHaveLength(1);
    expect(html).toContain("┌──┐");
    expect(html).toContain('class="plugin-block"');
    expect(html).toContain("Dataview");
    expect(v.warnings).toEqual([]);
  });

  it("refers to cached pictures from a note's own body, and carries them inline in embeds and when not cached", async () => {
    const svg = '<svg viewBox="0 0 10 10"><text>그림</text></svg>';
    const notes = { "a.md": "# 흐름\n\n```\nS3 → Lambda\n```\n", "b.md": "![[a]]\n" };
    const cached = await render(notes, { diagrams: () => ({ ok: true, svg, cached: true }) });
    const inline = await render(notes, { diagrams: () => ({ ok: true, svg }) });
    const own = cached.html.get("a.md") ?? "";
    expect(own).toMatch(/<kb-diagram key="[0-9a-f]{64}" name="[^"]+"><\/kb-diagram>/);
    expect(own).not.toContain("<svg");
    // Filled in, the page is what it was with the picture inline.
    expect(expandDiagramRefs(own, () => svg).html).toBe(inline.html.get("a.md"));
    expect(cached.html.get("b.md")).toContain("<text>그림</text>");
    expect(cached.html.get("b.md")).not.toContain("kb-diagram");
    expect(inline.html.get("a.md")).not.toContain("kb-diagram");
  });

  it("warns once at the opening line of a fence never closed", async () => {
    const v = await render({ "a.md": "앞\n\n```\nA → B\n\n나머지\n" });
    expect(v.warnings).toEqual([expect.objectContaining({ kind: "syntax", line: 3 })]);
  });
});

describe("block ids under a callout", () => {
  it("name the whole callout, as Obsidian does, and an embed of it shows the callout", async () => {
    const v = await render({
      "a.md": "![[b#^limit]]\n",
      "b.md": "# B\n\n> [!hint] 제한\n> 파일 이름 규칙\n^limit\n\n다음 문단\n",
    });
    expect(v.html.get("b.md")).toMatch(/<aside id="\^limit" class="callout/);
    const embed = v.html.get("a.md") ?? "";
    expect(embed).toContain("파일 이름 규칙");
    expect(embed).not.toContain("다음 문단");
  });
});

describe("raw HTML from notes", () => {
  it("keeps the author's layout, drops scripts, handlers and script URLs, and names each line", async () => {
    const v = await render({
      "노트.md":
        "# 제목\n\n<details><summary>정답 보기</summary>람다</details>\n\n<script>alert('블록')</script>\n\n" +
        "문단 <b onclick=\"alert(1)\">굵게</b> 끝\n\n<a href=\"jav&#x61;script:alert(2)\">링크</a>\n\n[마크다운](javascript:alert(3))\n",
    });
    const html = v.html.get("노트.md") ?? "";
    expect(html).toContain("<details><summary>정답 보기</summary>람다</details>");
    expect(html).not.toMatch(/<script|onclick|javascript:/i);
    expect(html).toContain("<b>굵게</b>");
    expect(html).toContain("<a>링크</a>");
    expect(html).toContain("<em>마크다운</em>");
    expect(v.warnings.map((w) => [w.kind, w.file, w.line])).toEqual([
      ["html", "노트.md", 5],
      ["html", "노트.md", 7],
      ["html", "노트.md", 9],
      ["html", "노트.md", 11],
    ]);
  });

  it("drops an inline script's source with its tags, from the heading, its id and the outline", async () => {
    const v = await render({ "a.md": "# 제목\n\n## <script>alert('h2')</script> 소제목\n\n본문 <script>alert(1)</script> 끝\n" });
    const html = v.html.get("a.md") ?? "";
    expect(html).toMatch(/<h2 id="소제목">\s*소제목/);
    expect(html).toContain("<p>본문  끝</p>");
    expect(v.analysed.get("a.md")?.model.headings.map((h) => h.text)).toContain("소제목");
  });

  it("reads NFD-named notes' raw HTML the same way", async () => {
    const v = await render({ ["한글.md".normalize("NFD")]: "<img src=\"그림.png\" onerror=\"alert(1)\" alt=\"그림\">\n" });
    expect([...v.html.values()][0]).toContain('<img src="그림.png" alt="그림">');
  });
});
