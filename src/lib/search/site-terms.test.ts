import { describe, expect, it } from "vitest";
import { serviceGlossary } from "../tags";
import { readingsFromGlossary } from "./readings";
import { buildTermTable, reviewMinedPairs, type PairDecision } from "./site-terms";
import { itGlossary, parseTermGlossary } from "./term-glossary";
import { mineTermPairs } from "./term-pairs";
import { variantsIn } from "./term-table";

// Lines from obsidian-help-ko, one note per string, as the site would mine them.
const helpNotes = [
  "1. **설정(Settings)** 을 열어요.\n2. **커뮤니티 플러그인(Community Plugins)** 으로 이동하고", // Bear에서 들여오기.md
  "1. **설정(Settings)** 을 열어요.", // Microsoft OneNote에서 들여오기.md
  "1. Notion 사이드바 상단의 **설정(Settings)** 으로 이동해요.\n\t2. 인증 방법으로 **액세스 토큰(Access token)** 을 선택해요.", // Notion에서 들여오기.md
  `- "tap(탭)" 또는 "click(클릭)"보다 "select(선택)"를 선호해요.\n- "note title(노트 제목)"보다 "note name(노트 이름)"을 선호해요.`, // 스타일 가이드.md
  "**지도 타일(Map tiles)** 설정에서 다음 URL 중 하나를 사용해 보세요", // 지도 뷰.md
  "만약 제트텔카스텐(Zettelkasten) 방식으로 노트 이름과 링크를 설정해왔다면", // Zettelkasten 노트 들여오기.md
];
const { readings: services } = readingsFromGlossary(serviceGlossary);
const decisions = reviewMinedPairs(helpNotes.map(mineTermPairs), itGlossary, { services });
const verdictOf = (ko: string, en: string): PairDecision["verdict"] | undefined =>
  decisions.find((decision) => decision.ko === ko && decision.en === en)?.verdict;

describe("reviewMinedPairs", () => {
  it("lets the glossary win and confirm", () => {
    expect(verdictOf("탭", "tap")).toBe("contradicts-glossary"); // the glossary reads 탭 as tab
    expect(verdictOf("클릭", "click")).toBe("in-glossary");
    expect(verdictOf("설정", "settings")).toBe("in-glossary");
    expect(verdictOf("지도 타일", "map tiles")).toBe("ambiguous-word"); // 지도 is map and guidance
  });

  it("adds readings from one note, translations only from enough notes", () => {
    expect(verdictOf("제트텔카스텐", "zettelkasten")).toBe("added");
    expect(verdictOf("커뮤니티 플러그인", "community plugins")).toBe("added");
    expect(verdictOf("노트 이름", "note name")).toBe("too-rare");
    const counted = reviewMinedPairs(helpNotes.map(mineTermPairs), itGlossary, { minTranslationNotes: 1 });
    expect(counted.find((decision) => decision.ko === "노트 이름")?.verdict).toBe("added");
  });

  it("counts notes, not mentions, and sorts by notes", () => {
    const settings = decisions.find((decision) => decision.ko === "설정");
    expect(settings).toMatchObject({ en: "settings", notes: 3, reading: false });
    expect(decisions[0]?.notes).toBe(3);
  });

  it("drops a Korean word the notes pair two ways when neither wins, keeps the favourite otherwise", () => {
    const tie = reviewMinedPairs([mineTermPairs("필터링(Filtering)"), mineTermPairs("필터링(Screening)")], { terms: [], ambiguous: new Map() });
    expect(tie.map((decision) => decision.verdict)).toEqual(["conflicting-pairs", "conflicting-pairs"]);
    const favourite = reviewMinedPairs(
      [mineTermPairs("필터링(Filtering)"), mineTermPairs("필터링(Filtering)"), mineTermPairs("필터링(Screening)")],
      { terms: [], ambiguous: new Map() },
      { minTranslationNotes: 1 },
    );
    expect(favourite.map(({ en, verdict }) => `${en} ${verdict}`)).toEqual(["filtering added", "screening conflicting-pairs"]);
  });

  it("keeps pairs that contradict a service reading out", () => {
    const glueNotes = [mineTermPairs("글루(Glue) 작업"), mineTermPairs("람다(Handler)를 쓴다"), mineTermPairs("람다(Handler)")];
    const reviewed = reviewMinedPairs(glueNotes, { terms: [], ambiguous: new Map() }, { services });
    expect(reviewed.map(({ ko, verdict }) => `${ko} ${verdict}`)).toEqual(["람다 contradicts-services", "글루 in-services"]);
  });
});

describe("buildTermTable", () => {
  const table = buildTermTable(helpNotes.map(mineTermPairs), itGlossary, { services });

  it("holds the glossary first, then mined concepts", () => {
    // 제트텔카스텐, 커뮤니티 플러그인 and 액세스 토큰 are new; everything else was known or rejected.
    expect(table.groups.length).toBe(itGlossary.terms.length + 3);
    expect(variantsIn(table, "액세스 토큰")).toEqual(["access token"]);
    expect(variantsIn(table, "제트텔카스텐")).toEqual(["zettelkasten"]);
    expect(variantsIn(table, "Community Plugins")).toEqual(["커뮤니티 플러그인"]);
    expect(variantsIn(table, "탭")).toEqual(["tab", "tabs"]);
    expect(variantsIn(table, "tap")).toEqual([]);
  });

  it("extends a glossary concept with a new Korean reading of it, and merges English plurals", () => {
    const glossary = parseTermGlossary({ terms: [{ en: ["bucket", "buckets"], ko: ["버킷"] }] });
    const built = buildTermTable([mineTermPairs("버켓(Bucket)에 올린다"), mineTermPairs("노드(Node)와 노드(Nodes)")], glossary);
    expect(variantsIn(built, "버켓")).toEqual(["bucket", "buckets", "버킷"]);
    expect(variantsIn(built, "노드")).toEqual(["node", "nodes"]);
  });

  it("is the glossary alone when the notes write no pairs", () => {
    expect(buildTermTable([], itGlossary).groups).toEqual(itGlossary.terms);
  });
});
