import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sourceLines } from "../markdown/source-lines";
import { parseBody } from "../notes/analyse";
import { analyseText } from "../notes/fixtures/seeds";
import { flashcardBlocks, flashcardsInBlock, isFlashcardNote, parseFlashcards as parseLines, type Flashcard } from "./flashcards";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
/** A note through the real analysis: its body as parsed and its tags (frontmatter and inline). */
const noteOf = (name: string, raw = fixture(name)) => {
  const { model, body } = analyseText(`src/lib/quiz/fixtures/${name}`, raw);
  return { body, tags: model.rawTags };
};
/** The body's lines as the parser annotates them (code, math, headings, inline code, comments removed). */
const linesOf = (body: string) => {
  const parsed = parseBody(body);
  const title = parsed.root.children.find((n) => n.type === "heading" && n.depth === 1);
  return sourceLines(parsed.body, parsed.root, { titleLine: title?.position?.start.line });
};
const inlineTags = (body: string): string[] => analyseText("n.md", body).model.rawTags;
const parseFlashcards = (note: { body: string; tags: readonly string[] }, tags?: readonly string[]): Flashcard[] =>
  parseLines({ lines: linesOf(note.body), tags: [...note.tags, ...inlineTags(note.body)] }, tags);
/** Cards of a body that is declared a flashcard note. */
const cards = (body: string): Flashcard[] => parseFlashcards({ body, tags: ["flashcards"] });
const sides = (list: readonly Flashcard[]): [string, string][] => list.map((c) => [c.front, c.back]);

describe("the Korean fixture note (every syntax)", () => {
  const note = noteOf("flashcards-ko.md");
  const lines = note.body.split("\n");
  const lineOf = (text: string): number => lines.findIndex((l) => l.includes(text)) + 1;
  const parsed = parseFlashcards(note);

  it("finds each card with its syntax, sides, line and heading context", () => {
    expect(parsed).toEqual([
      { syntax: "single-line", front: "S3 최대 객체 크기", back: "5 TB", reversed: false, line: lineOf("S3 최대 객체 크기"), context: ["기본"] },
      { syntax: "single-line", front: "Glacier Deep Archive 최소 보관 기간", back: "180일", reversed: false, line: lineOf("Glacier Deep"), context: ["기본"] },
      { syntax: "single-line-reversed", front: "버킷 이름 규칙", back: "전역에서 고유한 DNS 호환 이름", reversed: false, line: lineOf("버킷 이름"), context: ["기본"] },
      { syntax: "single-line-reversed", front: "전역에서 고유한 DNS 호환 이름", back: "버킷 이름 규칙", reversed: true, line: lineOf("버킷 이름"), context: ["기본"] },
      {
        syntax: "multi-line",
        front: "S3 스토리지 클래스를\n자주 쓰는 순서로 나열하면?",
        back: "- Standard\n- Standard-IA\n- Glacier",
        reversed: false,
        line: lineOf("S3 스토리지 클래스를"),
        context: ["여러 줄"],
      },
      { syntax: "multi-line-reversed", front: "수명 주기 규칙", back: "객체를 다른 스토리지 클래스로 옮기거나 삭제하는 규칙", reversed: false, line: lineOf("수명 주기"), context: ["여러 줄"] },
      { syntax: "multi-line-reversed", front: "객체를 다른 스토리지 클래스로 옮기거나 삭제하는 규칙", back: "수명 주기 규칙", reversed: true, line: lineOf("수명 주기"), context: ["여러 줄"] },
      {
        syntax: "cloze",
        front: "S3는 [...]이고 EBS는 블록 스토리지이다.",
        back: "S3는 ==객체 스토리지==이고 EBS는 블록 스토리지이다.",
        reversed: false,
        line: lineOf("S3는 =="),
        context: ["빈칸"],
      },
      {
        syntax: "cloze",
        front: "S3는 객체 스토리지이고 EBS는 [...]이다.",
        back: "S3는 객체 스토리지이고 EBS는 ==블록 스토리지==이다.",
        reversed: false,
        line: lineOf("S3는 =="),
        context: ["빈칸"],
      },
    ]);
  });

  it("gives the same cards for the file saved with CRLF line ends and NFD Korean", () => {
    const nfd = noteOf("flashcards-ko.md", fixture("flashcards-ko.md").replace(/\n/g, "\r\n").normalize("NFD"));
    expect(parseFlashcards(nfd)).toEqual(parsed);
  });

  it("has no cards without its #flashcards tag", () => {
    expect(parseFlashcards({ body: note.body, tags: ["service/s3"] })).toEqual([]);
    // …and the same card syntax is still found when asked for directly, so the gate is what stops it.
    expect(flashcardBlocks(linesOf(note.body)).flatMap(flashcardsInBlock)).toEqual(parsed);
  });
});

describe("the #flashcards gate", () => {
  it.each([
    [["flashcards"], "", true],
    [["#Flashcards/AWS"], "", true],
    [["flashcards-old"], "", false],
    [["study/flashcards"], "", false],
    [[], "#flashcards", true],
    [[], "카드 모음 #flashcards/s3 입니다", true],
    [[], "#FLASHCARDS", true],
    [[], "#flashcardsX", false],
    [[], "이메일#flashcards", false],
    [[], "`#flashcards`", false],
    [[], "```\n#flashcards\n```", false],
  ])("tags %j, body %j → %s", (tags, body, want) => {
    expect(isFlashcardNote([...tags, ...inlineTags(body)])).toBe(want);
  });

  it("takes a configured tag instead, as the plugin's setting does", () => {
    expect(isFlashcardNote(["암기"], ["암기"])).toBe(true);
    expect(parseFlashcards({ body: "#암기\n질문::답", tags: [] }, ["암기"])).toEqual([
      { syntax: "single-line", front: "질문", back: "답", reversed: false, line: 2, context: [] },
    ]);
  });

  it("leaves the tag out of the card it sits in", () => {
    expect(sides(cards("#flashcards 질문::답 #flashcards/aws"))).toEqual([["질문", "답"]]);
    expect(sides(cards("#flashcards\n앞면\n?\n뒷면"))).toEqual([["앞면", "뒷면"]]);
  });
});

describe("single-line cards", () => {
  it("reads the plugin's documented examples", () => {
    expect(sides(cards("the question goes on this side::answer goes here!"))).toEqual([["the question goes on this side", "answer goes here!"]]);
    expect(sides(cards("the question goes on this side:::answer goes here!"))).toEqual([
      ["the question goes on this side", "answer goes here!"],
      ["answer goes here!", "the question goes on this side"],
    ]);
  });

  it("gives the plugin's heading context (Capitals > Africa); the note's title heading is the note itself", () => {
    const body = "#flashcards\n\n# Trivia\n\n## Capitals\n\n### Africa\n\nKenya::Nairobi\n\n### North America\n\nCanada::Ottawa";
    expect(cards(body).map((c) => [c.front, c.context])).toEqual([
      ["Kenya", ["Capitals", "Africa"]],
      ["Canada", ["Capitals", "North America"]],
    ]);
  });

  it.each([
    ["- 질문 :: 답", "질문", "답"],
    ["* [ ] 할 일::설명", "할 일", "설명"],
    ["12) 번호 목록::항목", "번호 목록", "항목"],
    ["> 인용 안의 카드::답", "인용 안의 카드", "답"],
    ["[[Amazon S3|S3]]의 내구성::99.999999999% ^durability", "[[Amazon S3|S3]]의 내구성", "99.999999999%"],
    ["`aws s3 sync` 명령::두 위치를 동기화", "`aws s3 sync` 명령", "두 위치를 동기화"],
    ["시간 표기 10:30 의 뜻::오전 열 시 반", "시간 표기 10:30 의 뜻", "오전 열 시 반"],
    ["질문::답에 :: 이 또 있음", "질문", "답에 :: 이 또 있음"],
  ])("%j", (line, front, back) => {
    expect(sides(cards(line))).toEqual([[front, back]]);
  });

  it.each([
    ["inline code", "경로 표기 `s3::bucket` 는 코드"],
    ["a Dataview field in brackets", "회의 [기한:: 2026-01-01] 까지"],
    ["a Dataview field in parentheses", "회의 (기한:: 2026-01-01) 까지"],
    ["an empty front", "::1 은 IPv6 루프백"],
    ["an empty back", "답이 없는 질문::"],
    ["a longer colon run", "구분선 :::: 아님"],
    ["an HTML comment", "<!-- 숨긴 카드::보이면 안 됨 -->"],
    ["an Obsidian comment", "%% 메모::보이면 안 됨 %%"],
    ["a comment over lines", "<!--\n숨긴 카드::보이면 안 됨\n-->"],
    ["a code block", "```python\nprint(keys[::-1])\n```"],
    ["a tilde code block", "~~~\nstd::vector<int> v;\n~~~"],
    ["a math block", "$$\nf::g\n$$"],
  ])("no card in %s", (_, body) => {
    expect(cards(body)).toEqual([]);
  });

  it("keeps a card after a comment that only hid part of its line", () => {
    expect(sides(cards("질문<!-- 메모 -->::답 <!--SR:!2026-01-01,3,250-->"))).toEqual([["질문", "답"]]);
  });
});

describe("multi-line cards", () => {
  it("reads the plugin's documented examples", () => {
    expect(sides(cards("Front of multiline\n?\nBackside of multiline card"))).toEqual([["Front of multiline", "Backside of multiline card"]]);
    expect(sides(cards('As per the definition\nof "multiline" the prompt\ncan be on multiple lines\n??\nsame goes for\nthe answer'))).toEqual([
      ['As per the definition\nof "multiline" the prompt\ncan be on multiple lines', "same goes for\nthe answer"],
      ["same goes for\nthe answer", 'As per the definition\nof "multiline" the prompt\ncan be on multiple lines'],
    ]);
  });

  it("ends at a blank line or a heading, and keeps a code block that touches the back", () => {
    const body = "질문\n?\n답 첫 줄\n```sql\nSELECT 1;\n\n?\n```\n\n다음 문단\n\n질문 2\n?\n답 2\n## 다음 절\n본문";
    expect(sides(cards(body))).toEqual([
      ["질문", "답 첫 줄\n```sql\nSELECT 1;\n\n?\n```"],
      ["질문 2", "답 2"],
    ]);
  });

  it("splits two cards in one block where the line above the second `?` starts the second card", () => {
    expect(sides(cards("이전 질문\n?\n이전 답\n새 질문\n?\n새 답"))).toEqual([
      ["이전 질문", "이전 답"],
      ["새 질문", "새 답"],
    ]);
  });

  it("makes no card from a `?` with nothing on one side", () => {
    expect(cards("?\n답만 있음")).toEqual([]);
    expect(cards("질문만 있음\n?")).toEqual([]);
    expect(cards("질문\n?\n?\n답")).toEqual([]);
  });

  it("lets a single-line card in the block stand on its own", () => {
    expect(sides(cards("용어::뜻\n앞면\n?\n뒷면"))).toEqual([
      ["용어", "뜻"],
      ["앞면", "뒷면"],
    ]);
  });
});

describe("cloze cards", () => {
  it("makes one card per highlight, the others shown as plain text", () => {
    expect(sides(cards("Kinesis 샤드 하나는 초당 ==1 MB== 쓰기와 ==2 MB== 읽기를 지원한다"))).toEqual([
      ["Kinesis 샤드 하나는 초당 [...] 쓰기와 2 MB 읽기를 지원한다", "Kinesis 샤드 하나는 초당 ==1 MB== 쓰기와 2 MB 읽기를 지원한다"],
      ["Kinesis 샤드 하나는 초당 1 MB 쓰기와 [...] 읽기를 지원한다", "Kinesis 샤드 하나는 초당 1 MB 쓰기와 ==2 MB== 읽기를 지원한다"],
    ]);
  });

  it("covers a paragraph over several lines", () => {
    expect(cards("첫 줄\n둘째 줄의 ==정답==\n셋째 줄").map((c) => [c.front, c.line])).toEqual([["첫 줄\n둘째 줄의 [...]\n셋째 줄", 1]]);
  });

  it.each([
    ["in inline code", "비교 연산 `a == b == c`"],
    ["bold text (off, as in the plugin)", "**굵게** 쓴 말"],
    ["curly braces (off, as in the plugin)", "{{중괄호}} 빈칸"],
    ["a lone marker", "a == b"],
    ["an empty highlight", "빈 ==== 표시"],
  ])("no card %s", (_, body) => {
    expect(cards(body)).toEqual([]);
  });
});

describe("real vault lines that only look like cards", () => {
  it("make no card even in a note declared a flashcard note", () => {
    const note = noteOf("flashcards-vault-lines.md");
    const found = cards(note.body);
    // The one real highlight is a cloze, as the plugin would make it; nothing else is a card. (The
    // tab-indented line, cut out of its list here, is an indented code block: code is never a card.)
    expect(found.map((c) => c.syntax)).toEqual(["cloze"]);
    expect(found.map((c) => c.back)).toEqual(["| 강조 표시 | `== ==` |  `==Highlighted text==` | ==Highlighted text== |"]);
    expect(parseFlashcards(note)).toEqual([]);
  });
});
