import { describe, expect, it } from "vitest";
import { findInlineTags } from "./inline-tags";
import { parse } from "./fixtures/parse";

const tags = (text: string) => findInlineTags(text).map((t) => t.tag);

describe("findInlineTags", () => {
  it("reads the help vault's tag examples (태그.md) as Obsidian does, particles included", () => {
    expect(tags("예를 들어 #1984는 유효한 태그가 아니지만 #y1984는 유효해요.")).toEqual(["1984는", "y1984는"]);
    expect(tags("태그는 대소문자를 구분하지 않아요. 예를 들어 #tag와 #TAG는 동일하게 처리돼요.")).toEqual(["tag와", "TAG는"]);
    expect(tags("태그 이름에 슬래시(`/`)를 사용하여 중첩 태그를 생성할 수 있어요. 예를 들어 #inbox/to-read 및 #inbox/processing과 같이")).toEqual([
      "inbox/to-read",
      "inbox/processing과",
    ]);
    for (const line of ["#camelCase", "#PascalCase", "#snake_case", "#kebab-case"]) {
      expect(findInlineTags(line)).toEqual([{ tag: line.slice(1), start: 0, end: line.length }]);
    }
  });

  it("gives the UTF-16 range of #tag in the text", () => {
    expect(findInlineTags("서버리스 #AWS/Glue 정리")).toEqual([{ tag: "AWS/Glue", start: 5, end: 14 }]);
    expect(findInlineTags("😀 #emoji뒤")).toEqual([{ tag: "emoji뒤", start: 3, end: 10 }]);
  });

  it("ends a tag at punctuation, ASCII or CJK", () => {
    expect(tags("정리 완료 #태그. 다음 #tag, 그리고 #질문? #느낌표! #괄호) #따옴표' #콜론: #세미; #tag's")).toEqual([
      "태그",
      "tag",
      "질문",
      "느낌표",
      "괄호",
      "따옴표",
      "콜론",
      "세미",
      "tag",
    ]);
    expect(tags("#태그。 #태그、 #태그」 #태그… #태그— #a+b #a=b #a~b #a^b #a|b #a<b #a\\b #a[b] #a{b}")).toEqual([
      "태그", "태그", "태그", "태그", "태그", "a", "a", "a", "a", "a", "a", "a", "a", "a",
    ]);
  });

  it("takes nothing that is not a tag in Obsidian", () => {
    for (const text of [
      "C# 와 F# 언어",
      "a#b",
      "이슈 #1 해결, PR #123 참고",
      "Start of Chai Maker #1 chai brewing", // en-notes program output
      "* Connection #0 to host localhost:3000 left intact", // en-notes curl output
      'Print: "Preparing chai for batch #[number]"', // en-notes
      "h1 Hello #{name}", // en-notes pug
      "--callout-color: #000000;", // help vault CSS
      "https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api.html#aws-glue-api-jobs",
      "(#괄호안)",
      "##두번",
      "# 제목처럼 띄운 것",
      "#",
      "#---",
      "#/",
      "#️⃣ 키캡",
    ]) {
      expect([text, findInlineTags(text)]).toEqual([text, []]);
    }
  });

  it("accepts a tag with digits and one non-digit, and Unicode letters of any script", () => {
    expect(tags("#2024년 #1-2 #y1984 #ff0000 #東京 #Ελλάδα #데이터_엔지니어링 #📚독서")).toEqual([
      "2024년", "1-2", "y1984", "ff0000", "東京", "Ελλάδα", "데이터_엔지니어링", "📚독서",
    ]);
  });

  it("needs whitespace or the start of the text before #", () => {
    expect(tags("문장\u3000#전각공백 탭\t#탭 줄\n#줄바꿈 nbsp\u00a0#nbsp")).toEqual(["전각공백", "탭", "줄바꿈", "nbsp"]);
    expect(tags("#첫머리 중간#아님")).toEqual(["첫머리"]);
    expect(findInlineTags("#붙음 뒤", { startsAfterWhitespace: false })).toEqual([]);
    expect(findInlineTags(" #띄움", { startsAfterWhitespace: false })).toEqual([{ tag: "띄움", start: 1, end: 4 }]);
  });

  it("returns NFC tags with the offsets of the NFD text it was given", () => {
    const nfd = "정리 #데이터레이크/서버리스 끝".normalize("NFD");
    const [found] = findInlineTags(nfd);
    expect(found?.tag).toBe("데이터레이크/서버리스");
    expect(nfd.slice(found?.start, found?.end).normalize("NFC")).toBe("#데이터레이크/서버리스");
  });

  it("finds tags in the text nodes Sätteri gives outside links and code, headings included", () => {
    const source =
      "C# 메모 `#code` [링크 #아님](https://x.com/#frag) [[노트#제목]] https://x.com/#frag #AWS/Glue와 #태그.\n\n## 제목 #heading-tag\n\n- 항목 #목록태그";
    const outsideLinks = (node: ReturnType<typeof parse>): string[] =>
      node.type === "link" || node.type === "inlineCode"
        ? []
        : node.type === "text"
          ? [node.value ?? ""]
          : (node.children ?? []).flatMap(outsideLinks);
    expect(outsideLinks(parse(source)).flatMap((text) => tags(text))).toEqual(["AWS/Glue와", "태그", "heading-tag", "목록태그"]);
  });
});
