import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mineTermPairs, type MinedTermPair } from "./term-pairs";

const note = (name: string): string => readFileSync(new URL(`../../../content/notes/${name}.md`, import.meta.url), "utf8");
const pairs = (text: string): string[] => mineTermPairs(text).map(({ ko, en, reading }) => `${ko} ↔ ${en}${reading ? "" : " (translation)"}`);

describe("mineTermPairs on the seed notes", () => {
  it("pairs what the lecture note writes side by side, and nothing else", () => {
    expect(pairs(note("aws-data-pipeline-lecture"))).toEqual([
      "일괄 처리 ↔ Batch Processing (translation)",
      "스트리밍 처리 ↔ Streaming Processing (translation)",
      "스트리밍 ↔ Streaming",
      "로드 ↔ Load",
      "데이터 노드 ↔ Data Nodes",
      "데이터 ↔ Data",
      "노드 ↔ Nodes",
      "활동 ↔ Activities (translation)",
      "자원 ↔ Resources (translation)",
      "행위 ↔ Actions (translation)",
    ]);
  });

  it("finds nothing in seeds whose parentheses hold lists, limits or names", () => {
    for (const name of ["aws-etl-pipeline-services", "aws-glue-serverless-etl", "data-pipeline-lambda-integration", "datalake-glue-serverless-etl"]) {
      expect([name, mineTermPairs(note(name))]).toEqual([name, []]);
    }
  });
});

describe("lines that pair", () => {
  it("a reading takes the bare Korean words that read best, a particle after the ) does not matter", () => {
    // obsidian-help-ko, Zettelkasten 노트 들여오기.md: 만약 is not part of the term.
    expect(pairs("만약 제트텔카스텐(Zettelkasten) 방식으로 노트 이름과 링크를 설정해왔다면 `[[UID]]`에서")).toEqual(["제트텔카스텐 ↔ Zettelkasten"]);
    // obsidian-help-ko, 보안 및 개인정보 보호.md
    expect(pairs("- **키 도출 함수:** 솔트(salt)를 사용한 [scrypt](https://en.wikipedia.org/wiki/Scrypt)")).toEqual(["솔트 ↔ salt"]);
    expect(pairs("#### 시라이어닝(Sea-lioning)")).toEqual(["시라이어닝 ↔ Sea-lioning"]);
    // Glue is not Korean, so the phrase is 크롤러 alone.
    expect(pairs("AWS Glue 크롤러(Crawler)가 스키마를 추론한다")).toEqual(["크롤러 ↔ Crawler"]);
    expect(pairs("서버리스(Serverless) 아키텍처와 데이터 파이프라인(Data Pipeline)을 쓴다")).toEqual([
      "서버리스 ↔ Serverless",
      "데이터 파이프라인 ↔ Data Pipeline",
      "데이터 ↔ Data",
      "파이프라인 ↔ Pipeline",
    ]);
  });

  it("English(한글) pairs, quoted or not, and word-for-word readings inside a translated phrase", () => {
    // obsidian-help-ko, 스타일 가이드.md
    expect(pairs(`- "side bar"보다 "sidebar(사이드바)"를 선호해요.`)).toEqual(["사이드바 ↔ sidebar"]);
    expect(pairs(`- "hotkey"보다 "keyboard shortcut(키보드 단축키)"를 선호해요.`)).toEqual([
      "키보드 단축키 ↔ keyboard shortcut (translation)",
      "키보드 ↔ keyboard",
    ]);
    // 노트 이름 does not read as "note name" word for word: a translation.
    expect(pairs(`- "note title(노트 제목)"보다 "note name(노트 이름)"을 선호해요.`)).toEqual([
      "노트 제목 ↔ note title (translation)",
      "노트 ↔ note",
      "노트 이름 ↔ note name (translation)",
    ]);
  });

  it("a translation whose extent is certain: punctuation or a particle-bearing word in front", () => {
    // obsidian-help-ko, Microsoft OneNote에서 들여오기.md and 함수.md
    expect(pairs("1. **설정(Settings)** 을 열어요.")).toEqual(["설정 ↔ Settings (translation)"]);
    expect(pairs("- 문자열을 기간(duration)으로 파싱해요.")).toEqual(["기간 ↔ duration (translation)"]);
    expect(pairs("수집한 데이터는 처리(Processing)와 저장(Storage) 단계를 거친다")).toEqual([
      "처리 ↔ Processing (translation)",
      "저장 ↔ Storage (translation)",
    ]);
  });

  it("reads NFD text, full-width parentheses and CRLF line ends like NFC", () => {
    expect(mineTermPairs("서버리스(Serverless)".normalize("NFD"))).toEqual<MinedTermPair[]>([{ ko: "서버리스", en: "Serverless", reading: true }]);
    expect(pairs("서버리스（Serverless）\r\n버킷(Bucket)")).toEqual(["서버리스 ↔ Serverless", "버킷 ↔ Bucket"]);
  });
});

describe("lines that must not pair", () => {
  const none = (line: string): void => expect([line, mineTermPairs(line)]).toEqual([line, []]);

  it("expansions and acronyms", () => {
    none("S3(Simple Storage Service)에 원본 데이터를 저장한다");
    none("추출, 변환, 적재(ETL)는 데이터를 소스 시스템에서 대상 시스템으로 정기적으로 이동하는 방식으로 작동한다."); // seed
    none("- **AWS Command Line Interface(AWS CLI)** : CLI 명령 제공"); // seed
    none("Obsidian은 다중 인증(MFA)을 지원하나요?"); // obsidian-help-ko, 팀을 위한 보안 고려 사항.md
    none("PayPal 구매는 캐나다 달러(CAD)로 처리돼요."); // obsidian-help-ko, 라이선스 및 결제 소개.md
  });

  it("examples, options, years, versions, lists and sentences in parentheses", () => {
    none(`2. 새 폴더를 만들어요(예: \\"Obsidian Vault\\").`); // obsidian-help-ko, 기기 간 노트 동기화.md
    none("### Vim (고급)"); // obsidian-help-ko, 속성.md
    none("태그 필터 옵션(선택)과 정렬(옵션)");
    none("이 기능은 2024년 버전(2024)과 API(v2)에서 바뀌었다");
    none("- 메모리 제한(최대 10GB)으로 복잡한 변환 작업 한계"); // seed
    none("AWS Glue는 완전 관리형 ETL 서비스로, 다양한 데이터 소스(S3, RDS, Redshift, DynamoDB 등)에서 데이터를 추출하고"); // seed
    none("빠르게 처리할 수 있다(EMR : Elastic MapReduce)"); // seed
    none("처리(이 단계는 선택 사항입니다)");
    none("AWS Glue Crawler (Schema Discovery)"); // seed: both English
  });

  it("verb forms, uncertain extents, annotated bold, labels after a space, code and links", () => {
    none(`- "Setting up"보다 "Set up(설정하기)"을 선호해요`); // obsidian-help-ko, 스타일 가이드.md
    none(`- "search query"보다 "search term(검색어)"을 선호해요.`); // search term, not term alone
    none("Obsidian Headless에는 Windows와 macOS에서 파일 생성 시간(birthtime)을 설정하기 위한"); // 파일 생성 시간, not 시간
    none("     1. **파일 탐색기**(Windows) 또는 **Finder**(macOS)를 열고"); // obsidian-help-ko, 기기 간 노트 동기화.md
    none("- Diego Tres (브라질 포르투갈어)"); // obsidian-help-ko, 크레딧.md
    none("데이터를(data) 옮긴다");
    none("`Ctrl+E`(macOS에서는 `Cmd+E`)를 눌러요");
    none("[Importer를 설치](obsidian://show-plugin?id=obsidian-importer)해요.");
    none("```\n서버리스(Serverless)\n```");
  });

  it("keeps readings and drops the annotation when both appear", () => {
    // obsidian-help-ko, 스타일 가이드.md: (선택) is an annotation word, tap and click are readings.
    expect(pairs(`- "tap(탭)" 또는 "click(클릭)"보다 "select(선택)"를 선호해요.`)).toEqual(["탭 ↔ tap", "클릭 ↔ click"]);
  });
});
