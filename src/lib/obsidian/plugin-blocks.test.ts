import { describe, expect, it } from "vitest";
import { parseAdmonition, parseSimpleDataviewQuery, pluginBlockOf } from "./plugin-blocks";
import { parse, walk } from "./fixtures/parse";

describe("pluginBlockOf", () => {
  it("knows the live views a static site cannot run", () => {
    expect(pluginBlockOf("dataview")).toEqual({ plugin: "dataview", name: "Dataview", core: false });
    expect(pluginBlockOf("dataviewjs")?.plugin).toBe("dataview");
    expect(pluginBlockOf("tasks")?.name).toBe("Tasks");
    expect(pluginBlockOf("query")).toEqual({ plugin: "search", name: "검색", core: true });
    expect(pluginBlockOf("base")).toEqual({ plugin: "bases", name: "Bases", core: true });
    expect(pluginBlockOf("ad-tip")?.plugin).toBe("obsidian-admonition");
    expect(pluginBlockOf("ad-메모")?.plugin).toBe("obsidian-admonition");
    for (const lang of ["button", "chart", "tracker", "leaflet", "timeline", "markmap", "plantuml", "tikz", "meta-bind-button", "datacorejsx", "kanban"]) {
      expect([lang, pluginBlockOf(lang)?.core]).toEqual([lang, false]);
    }
  });

  it("ignores case and the rest of the info string", () => {
    expect(pluginBlockOf("DataView")?.plugin).toBe("dataview");
    expect(pluginBlockOf("  dataview  title=\"목록\"")?.plugin).toBe("dataview");
  });

  it("leaves ordinary code, diagrams and math alone", () => {
    for (const lang of [null, "", "js", "sql", "bash", "python", "yaml", "json", "mermaid", "math", "text", "md", "ad", "ad-", "adx-tip", "dataviews", "compressed-json"]) {
      expect([lang, pluginBlockOf(lang)]).toEqual([lang, null]);
    }
  });

  it("finds the plugin blocks of a note through Sätteri, not the examples nested in an outer fence (help vault: 검색.md, 베이스 생성.md)", () => {
    const source = [
      "````",
      "```query",
      "embed OR search",
      "```",
      "````",
      "",
      "~~~yaml",
      "```base",
      "filters:",
      "```",
      "~~~",
      "",
      "```dataview",
      "LIST FROM #aws",
      "```",
    ].join("\n");
    const blocks = [...walk(parse(source))].filter((n) => n.type === "code").map((n) => pluginBlockOf(n.lang ?? null)?.plugin ?? null);
    expect(blocks).toEqual([null, null, "dataview"]);
  });
});

describe("parseAdmonition", () => {
  it("reads an Admonition block as the callout it stands for", () => {
    expect(parseAdmonition("ad-tip", "title: Glue 크롤러 팁\ncollapse: closed\n크롤러는 **스키마**를 추론해요.\n\n- 항목")).toEqual({
      type: "tip",
      title: "Glue 크롤러 팁",
      foldable: "closed",
      body: "크롤러는 **스키마**를 추론해요.\n\n- 항목",
    });
    expect(parseAdmonition("ad-note", "본문만")).toEqual({ type: "note", title: null, foldable: null, body: "본문만" });
    expect(parseAdmonition("ad-quote", "title:\n인용문")).toEqual({ type: "quote", title: "", foldable: null, body: "인용문" });
    expect(parseAdmonition("AD-Warning", "collapse: open\r\nicon: alert\r\ncolor: 200, 0, 0\r\n경고")).toEqual({
      type: "warning",
      title: null,
      foldable: "open",
      body: "경고",
    });
  });

  it("normalises an NFD title and keeps a parameter-looking line after the body starts", () => {
    const admonition = parseAdmonition("ad-info", "title: 서버리스".normalize("NFD") + "\n본문\ntitle: 본문의 일부");
    expect(admonition?.title).toBe("서버리스");
    expect(admonition?.body).toBe("본문\ntitle: 본문의 일부");
  });

  it("is null for other blocks", () => {
    expect(parseAdmonition("dataview", "LIST")).toBeNull();
    expect(parseAdmonition(null, "title: x")).toBeNull();
  });
});

describe("parseSimpleDataviewQuery", () => {
  it("reads the Dataview documentation's simple queries", () => {
    expect(parseSimpleDataviewQuery("LIST FROM #games/mobile")).toEqual({
      kind: "list", withoutId: false, fields: [], from: { kind: "tag", tag: "games/mobile" }, where: [], sort: [], limit: null,
    });
    expect(parseSimpleDataviewQuery("TABLE author, published, rating\nFROM #books\nSORT rating DESC")).toEqual({
      kind: "table",
      withoutId: false,
      fields: [
        { field: "author", label: "author" },
        { field: "published", label: "published" },
        { field: "rating", label: "rating" },
      ],
      from: { kind: "tag", tag: "books" },
      where: [],
      sort: [{ field: "rating", direction: "desc" }],
      limit: null,
    });
  });

  it("reads a Korean study-notes query with aliases, folder, WHERE, SORT and LIMIT", () => {
    const query = [
      "// 최근에 고친 Glue 노트",
      'TABLE WITHOUT ID file.link AS "노트", 난이도, file.mtime AS 수정일',
      'FROM "AWS/데이터 파이프라인/"',
      'WHERE 난이도 >= 3 AND contains(file.tags, "#service/glue") AND !draft AND status != "보관" AND file.mtime > date(2024-01-15)',
      "SORT file.mtime desc, file.name",
      "LIMIT 10",
    ].join("\n");
    expect(parseSimpleDataviewQuery(query)).toEqual({
      kind: "table",
      withoutId: true,
      fields: [
        { field: "file.link", label: "노트" },
        { field: "난이도", label: "난이도" },
        { field: "file.mtime", label: "수정일" },
      ],
      from: { kind: "folder", folder: "AWS/데이터 파이프라인" },
      where: [
        { field: "난이도", op: ">=", value: 3 },
        { field: "file.tags", op: "contains", value: "#service/glue" },
        { field: "draft", op: "missing" },
        { field: "status", op: "!=", value: "보관" },
        { field: "file.mtime", op: ">", value: { date: "2024-01-15" } },
      ],
      sort: [
        { field: "file.mtime", direction: "desc" },
        { field: "file.name", direction: "asc" },
      ],
      limit: 10,
    });
  });

  it("takes keywords in any case, a LIST value, a whole-vault query and an NFD tag", () => {
    expect(parseSimpleDataviewQuery("list file.ctime from #태그 where reviewed = true limit 5")).toMatchObject({
      kind: "list", fields: [{ field: "file.ctime", label: "file.ctime" }], where: [{ field: "reviewed", op: "=", value: true }], limit: 5,
    });
    expect(parseSimpleDataviewQuery("TABLE file.mtime SORT file.mtime DESC")?.from).toBeNull();
    expect(parseSimpleDataviewQuery("LIST FROM #데이터레이크".normalize("NFD"))?.from).toEqual({ kind: "tag", tag: "데이터레이크" });
    expect(parseSimpleDataviewQuery('LIST WHERE due < date(today) AND reviewed')?.where).toEqual([
      { field: "due", op: "<", value: { date: "today" } },
      { field: "reviewed", op: "exists" },
    ]);
  });

  it("is null for queries the site cannot answer by itself", () => {
    for (const query of [
      "",
      "TASK FROM #project WHERE !completed",
      "CALENDAR file.ctime",
      "TABLE length(rows) AS count GROUP BY genre",
      "LIST FROM #a OR #b",
      'LIST FROM #tag AND "folder"',
      "LIST FROM -#archived",
      "LIST FROM [[Glue 정리]]",
      "LIST FROM outgoing([[Glue 정리]])",
      'LIST FROM "Meetings" WHERE file.ctime >= date(today) - dur(7 days)',
      'TABLE dateformat(file.ctime, "yyyy-MM-dd") FROM #aws',
      "LIST FROM #aws WHERE a = 1 OR b = 2",
      "LIST FROM #aws FLATTEN file.tags",
      "LIST file.name, file.ctime FROM #aws",
      "LIST FROM #aws LIMIT -1",
      "LIST FROM #aws SORT file.name LIMIT 10 WHERE x",
      "LIST WITHOUT file.name",
      "dv.pages('#aws')",
    ]) {
      expect([query, parseSimpleDataviewQuery(query)]).toEqual([query, null]);
    }
  });
});
