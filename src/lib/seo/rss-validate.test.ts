import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { getRssString } from "@astrojs/rss";
import { describe, expect, it } from "vitest";
import { analyseText } from "../notes/fixtures/seeds";
import { resolveSite, type PublishedNote } from "../resolve/resolve-site";
import { siteFeed as buildFeed } from "./feed";
import { rfc822Problem, validateRss } from "./rss-validate";

const SITE = "https://example.org/kb/";
const FEED_URL = `${SITE}rss.xml`;

/** A vault's notes through the real analyse and resolve steps, with each file's path for its date. */
function readNotes(dir: string): (PublishedNote & { file: string })[] {
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".md"));
  const site = resolveSite({ notes: files.map((file) => analyseText(file.normalize("NFC"), readFileSync(join(dir, file), "utf8")).model), attachments: [], base: "/kb/" });
  return site.notes.map((note) => ({ ...note, file: join(dir, files.find((f) => f.normalize("NFC") === note.model.path) ?? "") }));
}

/** The note's own date, else its file's (issue #16: "file date or git date when the frontmatter has none"). */
function noteDate(note: PublishedNote & { file: string }): string {
  return note.model.modified ?? statSync(note.file).mtime.toISOString().slice(0, 10);
}

/** The feed as src/pages/rss.xml.ts builds it (src/lib/seo/feed.ts). */
function siteFeed(notes: (PublishedNote & { file: string })[]): Promise<string> {
  return buildFeed({
    title: "AWS 데이터 파이프라인 학습 노트",
    description: "AWS Glue, Kinesis, Lambda, Data Pipeline으로 데이터 파이프라인을 공부하는 한국어 학습 노트 모음",
    lang: "ko",
    siteUrl: SITE,
    items: notes.map((note) => ({ title: note.model.title, url: new URL(note.href, SITE).toString(), summary: note.model.summary, tags: note.model.tags, date: noteDate(note) })),
  });
}

/** A feed without the self link and dates, as the site wrote it before. */
function bareFeed(notes: (PublishedNote & { file: string })[]): Promise<string> {
  return getRssString({
    title: "AWS 데이터 파이프라인 학습 노트",
    description: "학습 노트",
    site: SITE,
    items: notes.map((note) => ({ title: note.model.title, link: new URL(note.href, SITE).toString(), description: note.model.summary })),
  });
}

const seeds = readNotes("content/notes");
const KOREAN_VAULT = join(process.cwd(), "..", "shared", "corpus", "vaults", "obsidian-help-ko");
const options = { selfUrl: FEED_URL, requireItemDates: true };

describe("validateRss on the site's own feed", () => {
  it("accepts the seed notes' feed with a self link and a date on every item", async () => {
    const xml = await siteFeed(seeds);
    expect(xml).toContain("<pubDate>");
    expect(validateRss(xml, options)).toEqual([]);
  });

  it.skipIf(!existsSync(KOREAN_VAULT))("accepts a feed of every note of the Korean practice vault: same-named notes are two pages, two guids", async () => {
    const pages = readNotes(KOREAN_VAULT);
    expect(pages.length).toBeGreaterThan(170);
    expect(validateRss(await siteFeed(pages), options)).toEqual([]);
  }, 60_000); // analyses 173 notes: slow on a busy two-core machine

  it("finds what a feed without them lacks: the Atom self link and item dates", async () => {
    const today = (notes: (PublishedNote & { file: string })[]) => bareFeed(notes);
    expect(validateRss(await today(seeds), options)).toEqual([
      { at: "channel", message: expect.stringContaining('no <atom:link rel="self">') },
      ...seeds.map((_, index) => ({ at: `channel/item[${index + 1}]`, message: "has no <pubDate>" })),
    ]);
    expect(validateRss(await today(seeds), { requireSelfLink: false })).toEqual([]);
  });
});

/** A small hand-written valid feed; each bad case changes one thing in it. */
const GOOD = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>AWS 데이터 파이프라인 학습 노트</title>
    <link>https://example.org/kb/</link>
    <description>한국어 학습 노트 &amp; 문제</description>
    <language>ko</language>
    <managingEditor>notes@example.org (학습 노트)</managingEditor>
    <lastBuildDate>Wed, 20 Aug 2025 09:30:00 +0900</lastBuildDate>
    <ttl>60</ttl>
    <atom:link href="https://example.org/kb/rss.xml" rel="self" type="application/rss+xml"/>
    <image><url>https://example.org/kb/og.png</url><title>AWS 데이터 파이프라인 학습 노트</title><link>https://example.org/kb/</link><width>144</width></image>
    <item>
      <title>AWS Glue로 서버리스 ETL</title>
      <link>https://example.org/kb/notes/aws-glue-serverless-etl/</link>
      <guid isPermaLink="true">https://example.org/kb/notes/aws-glue-serverless-etl/</guid>
      <description><![CDATA[<p>Glue <b>크롤러</b>와 ETL 잡</p>]]></description>
      <pubDate>Wed, 20 Aug 2025 00:00:00 GMT</pubDate>
      <category>service/glue</category>
      <dc:creator>학습자</dc:creator>
    </item>
    <item>
      <description>제목 없이 설명만 있는 항목</description>
      <guid isPermaLink="false">urn:note:kinesis-42</guid>
      <pubDate>Tue, 2 Sep 2025 13:05 KST</pubDate>
    </item>
  </channel>
</rss>
`.replace(" KST", " +0900");

function problemsAfter(from: string | RegExp, to: string, opts = options): string[] {
  const xml = GOOD.replace(from, to);
  expect(xml).not.toBe(GOOD);
  return validateRss(xml, opts).map((problem) => `${problem.at}: ${problem.message}`);
}

describe("validateRss on broken feeds", () => {
  it("accepts the hand-written feed", () => {
    expect(validateRss(GOOD, options)).toEqual([]);
  });

  it.each<[string, string | RegExp, string, RegExp]>([
    ["an undeclared atom prefix", ' xmlns:atom="http://www.w3.org/2005/Atom"', "", /^line \d+: not well-formed XML: Unbound namespace prefix/u],
    ["unescaped & in text", "노트 &amp; 문제", "노트 & 문제", /^line 6: not well-formed XML/u],
    ["an HTML entity XML does not know", "&amp; 문제", "&nbsp;문제", /not well-formed XML/u],
    ["a control character in a title", "AWS Glue로", "AWS\u0008Glue로", /^line 14: has the control character U\+0008, which XML does not allow/u],
    ["a C1 control from mis-decoded text", "크롤러", "\u0085크롤러", /U\+0085, which XML discourages/u],
    ["another RSS version", 'version="2.0"', 'version="0.91"', /^rss: version is "0.91"/u],
    ["a default namespace on rss", '<rss version="2.0"', '<rss xmlns="http://purl.org/rss/1.0/" version="2.0"', /^root: the root element is <rss> in namespace/u],
    ["no channel description", /<description>한국어[^<]*<\/description>/u, "", /^channel: has no <description> \(required\)/u],
    ["a blank channel title", "<title>AWS 데이터 파이프라인 학습 노트</title>\n    <link>", "<title> </title>\n    <link>", /^channel\/title: is blank/u],
    ["a relative channel link", "<link>https://example.org/kb/</link>\n    <description>", "<link>/kb/</link>\n    <description>", /^channel\/link: "\/kb\/" is not a full http\(s\) URL/u],
    ["a relative item link", "<link>https://example.org/kb/notes/aws-glue-serverless-etl/</link>", "<link>/kb/notes/aws-glue-serverless-etl/</link>", /^channel\/item\[1\]\/link: /u],
    ["a localhost-free but schemeless guid", '<guid isPermaLink="true">https://', '<guid isPermaLink="true">//', /^channel\/item\[1\]\/guid: "\/\/example.org.*" is not a full URL/u],
    ["a guid that is no URL without isPermaLink=false", '<guid isPermaLink="false">urn', "<guid>urn", /^channel\/item\[2\]\/guid: "urn:note:kinesis-42" is not a full URL/u],
    ["isPermaLink that is not true or false", 'isPermaLink="true"', 'isPermaLink="yes"', /^channel\/item\[1\]\/guid@isPermaLink: is "yes"/u],
    ["a duplicate guid", "urn:note:kinesis-42", "https://example.org/kb/notes/aws-glue-serverless-etl/", /^channel\/item\[2\]\/guid: .* is also the guid of channel\/item\[1\]/u],
    ["an ISO date", "<pubDate>Wed, 20 Aug 2025 00:00:00 GMT</pubDate>", "<pubDate>2025-08-20</pubDate>", /^channel\/item\[1\]\/pubDate: "2025-08-20" is not an RFC 822 date/u],
    ["a wrong weekday", "Wed, 20 Aug 2025 00:00:00 GMT", "Thu, 20 Aug 2025 00:00:00 GMT", /says Thu, but 20 Aug 2025 is a Wed/u],
    ["a day the month lacks", "Tue, 2 Sep 2025", "31 Sep 2025", /has no day 31 in Sep 2025/u],
    ["an item with neither title nor description", "<description>제목 없이 설명만 있는 항목</description>", "", /^channel\/item\[2\]: has neither a <title> nor a <description>/u],
    ["a mis-cased element", "<category>service/glue</category>", "<Category>service/glue</Category>", /unknown element <Category> \(element names are case-sensitive: <category>\)/u],
    ["an unknown channel element", "<ttl>60</ttl>", "<updated>2025-08-20</updated>", /^channel: unknown element <updated>/u],
    ["two titles on an item", "<title>AWS Glue로 서버리스 ETL</title>", "<title>a</title><title>b</title>", /^channel\/item\[1\]: has more than one <title>/u],
    ["raw HTML in a description", "<![CDATA[<p>Glue <b>크롤러</b>와 ETL 잡</p>]]>", "<p>Glue 크롤러</p>", /^channel\/item\[1\]\/description: contains the element <p>/u],
    ["an editor that is no email", "notes@example.org (학습 노트)", "학습 노트", /^channel\/managingEditor: "학습 노트" is not an email address/u],
    ["an image too wide", "<width>144</width>", "<width>600</width>", /^channel\/image\/width: "600" is not a whole number up to 144/u],
    ["a self link of another type", 'type="application/rss+xml"', 'type="text/xml"', /^channel\/atom:link: type is "text\/xml"/u],
    ["a self link naming another URL", 'href="https://example.org/kb/rss.xml"', 'href="http://localhost:4321/rss.xml"', /rel="self" names http:\/\/localhost:4321\/rss.xml, but the feed is served from https:\/\/example.org\/kb\/rss.xml/u],
    ["a declared encoding other than UTF-8", 'encoding="UTF-8"', 'encoding="EUC-KR"', /^line 1: declares encoding EUC-KR/u],
    ["two channels", "</channel>", "</channel><channel><title>x</title></channel>", /^rss: has 2 <channel> elements/u],
  ])("finds %s", (_name, from, to, expected) => {
    const problems = problemsAfter(from, to);
    expect(problems.some((problem) => expected.test(problem)), problems.join("\n")).toBe(true);
  });

  it("finds an item without a date only when dates are asked for", () => {
    expect(problemsAfter("<pubDate>Tue, 2 Sep 2025 13:05 +0900</pubDate>", "")).toEqual(["channel/item[2]: has no <pubDate>"]);
    expect(problemsAfter("<pubDate>Tue, 2 Sep 2025 13:05 +0900</pubDate>", "", { selfUrl: FEED_URL, requireItemDates: false })).toEqual([]);
  });
});

describe("rfc822Problem", () => {
  it.each([
    "Wed, 02 Oct 2002 13:00:00 GMT",
    "Wed, 02 Oct 2002 15:00:00 +0200",
    "02 Oct 2002 13:00 EST",
    "Sat, 29 Feb 2020 00:00:00 Z",
    "Wed, 02 Oct 02 13:00:00 UT",
    new Date(Date.UTC(2025, 7, 20)).toUTCString(),
  ])("accepts %s", (date) => {
    expect(rfc822Problem(date)).toBeUndefined();
  });

  it.each([
    ["2002-10-02T13:00:00Z", /not an RFC 822 date/u],
    ["Wed, 2 October 2002 13:00:00 GMT", /not an RFC 822 date/u],
    ["wed, 02 Oct 2002 13:00:00 GMT", /not an RFC 822 date/u],
    ["Wed, 02 Oct 2002 13:00:00 KST", /not an RFC 822 date/u],
    ["Wed, 02 Oct 2002 13:00:00", /not an RFC 822 date/u],
    ["Sun, 29 Feb 2025 00:00:00 GMT", /no day 29 in Feb 2025/u],
    ["Wed, 02 Oct 2002 24:00:00 GMT", /time of day/u],
    ["Wed, 02 Oct 2002 13:00:00 +2500", /impossible offset/u],
    ["Mon, 02 Oct 2002 13:00:00 GMT", /says Mon, but 2 Oct 2002 is a Wed/u],
  ])("refuses %s", (date, why) => {
    expect(rfc822Problem(date)).toMatch(why);
  });
});
