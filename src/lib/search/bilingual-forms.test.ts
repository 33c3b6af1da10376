import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bilingualFormSources, bilingualForms } from "./bilingual-forms";
import { normalizeKoreanQuery } from "./query";
import { buildTermTable } from "./site-terms";
import { itGlossary, itGlossaryTable } from "./term-glossary";
import { mineTermPairs } from "./term-pairs";
import { indexedTokens, splitWords } from "./words";

const note = (name: string): string =>
  readFileSync(new URL(`../../../content/notes/${name}.md`, import.meta.url), "utf8").normalize("NFC");
const forms = (text: string): string[] => bilingualForms(text, itGlossaryTable);

/** Would Pagefind find the text under this query: every query word a prefix of an indexed word? */
function found(text: string, query: string): boolean {
  const indexed = [...indexedTokens(splitWords(text)), ...forms(text)];
  return normalizeKoreanQuery(query)
    .toLowerCase()
    .split(" ")
    .every((word) => indexed.some((token) => token.startsWith(word)));
}

describe("bilingualForms on the seed notes", () => {
  it("finds each note under the other script's spelling of the terms it uses (issue #15)", () => {
    expect(found(note("data-pipeline-lambda-integration"), "버킷")).toBe(true); // "an Amazon S3 bucket"
    expect(found(note("datalake-glue-serverless-etl"), "monitoring")).toBe(true); // 모니터링으로
    expect(found(note("data-pipeline-lambda-integration"), "monitoring")).toBe(true); // 스케줄링/모니터링, a flow label
    expect(found(note("datalake-glue-serverless-etl"), "cluster")).toBe(true); // EMR 클러스터 관리
    expect(found(note("aws-data-pipeline-lecture"), "algorithm")).toBe(true); // AI 알고리즘의
    expect(found(note("aws-glue-serverless-etl"), "schema")).toBe(true); // 스키마 추론
    expect(found(note("aws-data-pipeline-lecture"), "쿼리")).toBe(true); // **Query API**
  });

  it("adds nothing for concepts a note does not use", () => {
    const lambda = forms(note("data-pipeline-lambda-integration"));
    expect(lambda).not.toContain("클러스터");
    expect(lambda).not.toContain("cluster");
    expect(found(note("data-pipeline-lambda-integration"), "쿠버네티스")).toBe(false);
  });

  it("never repeats a word the note already has", () => {
    for (const name of ["aws-data-pipeline-lecture", "datalake-glue-serverless-etl"]) {
      const text = note(name);
      const present = indexedTokens(splitWords(text));
      const added = forms(text);
      expect(added.filter((form) => present.has(form))).toEqual([]);
      expect(new Set(added).size).toBe(added.length);
    }
  });
});

describe("bilingualForms on running text", () => {
  it("matches Korean words through their particles and endings", () => {
    expect(forms("버킷에 저장하고 쿼리를 실행한다")).toEqual(expect.arrayContaining(["bucket", "buckets", "query", "queries"]));
    expect(forms("모니터링합니다")).toEqual(["monitoring", "모니터링"]); // the stem too: Pagefind only has 모니터링합니다
    expect(forms("키를 회전한다")).toEqual(expect.arrayContaining(["key", "keys"])); // one-syllable term + particle
  });

  it("matches English plurals, possessives and hyphenated words", () => {
    expect(forms("two buckets")).toEqual(["bucket", "버킷"]);
    expect(forms("the bucket's policy")).toEqual(expect.arrayContaining(["버킷", "정책"]));
    expect(forms("real-time dashboards")).toEqual(expect.arrayContaining(["실시간", "리얼타임", "대시보드"]));
    expect(forms("Install the plug-in")).toEqual(expect.arrayContaining(["플러그인", "plugins"])); // plugin: Pagefind indexes plug-in so
  });

  it("matches multi-word terms in either script, but not across a particle or punctuation", () => {
    expect(forms("Store it in the data lake.")).toEqual(expect.arrayContaining(["데이터레이크", "데이터", "레이크"]));
    expect(forms("데이터 레이크에 저장")).toEqual(expect.arrayContaining(["data", "lake", "데이터레이크"]));
    expect(forms("데이터를 레이크에")).not.toContain("lake");
    expect(forms("data. Lake")).not.toContain("레이크");
    expect(forms("load balancer")).toEqual(expect.arrayContaining(["로드밸런서", "밸런서"]));
  });

  it("cuts solid compounds into known terms plus at most one suffix syllable", () => {
    expect(forms("S3버킷명을 확인")).toEqual(expect.arrayContaining(["버킷", "bucket"])); // Pagefind sees one word, s3버킷명을
    expect(forms("서버리스아키텍처")).toEqual(expect.arrayContaining(["serverless", "architecture", "서버리스", "아키텍처"]));
    expect(forms("쿼리문")).toEqual(expect.arrayContaining(["query"]));
    expect(forms("스키마리스")).toEqual([]); // 리스 is not a term: no cut
  });

  it("adds both spellings of a variant and every Korean reading", () => {
    expect(forms("워크플로 정의")).toEqual(expect.arrayContaining(["workflow", "workflows", "워크플로우"]));
    expect(forms("workflow")).toEqual(expect.arrayContaining(["워크플로", "워크플로우"]));
  });

  it("does not index a function word of a spelling that has a one-word form", () => {
    const login = forms("로그인 화면");
    expect(login).toContain("login");
    expect(login).not.toContain("log");
    expect(login).not.toContain("in");
  });

  it("handles NFD, empty and term-free text", () => {
    expect(forms("버킷에".normalize("NFD"))).toEqual(forms("버킷에"));
    expect(forms("")).toEqual([]);
    expect(forms("오늘은 날씨가 맑다")).toEqual([]);
  });

  it("uses pairs mined from the notes when the table has them", () => {
    const table = buildTermTable([mineTermPairs("만약 제트텔카스텐(Zettelkasten) 방식으로")], itGlossary);
    expect(bilingualForms("제트텔카스텐 방식의 노트", table)).toContain("zettelkasten");
    expect(bilingualForms("the Zettelkasten method", table)).toContain("제트텔카스텐");
    expect(forms("제트텔카스텐 방식의 노트")).not.toContain("zettelkasten");
  });
});

describe("queries meet the forms (the query normaliser needs nothing more)", () => {
  it("a Korean query with particles finds the English word", () => {
    expect(found("Upload the file to an S3 bucket.", "버킷에")).toBe(true);
    expect(found("Upload the file to an S3 bucket.", "버킷에 업로드")).toBe(true);
    expect(found("The crawler infers the schema.", "스키마를 추론")).toBe(false); // 추론 is not in the English text
    expect(found("The crawler infers the schema.", "크롤러가 스키마를")).toBe(true);
  });

  it("a spaced or solid Korean query finds an English multi-word term", () => {
    expect(found("Store raw files in a data lake.", "데이터 레이크")).toBe(true);
    expect(found("Store raw files in a data lake.", "데이터레이크")).toBe(true);
  });
});

describe("bilingualFormSources", () => {
  it("names the words of the note each form stands for, for highlighting", () => {
    const sources = bilingualFormSources("Upload it to an S3 bucket, then 버킷명을 확인", itGlossaryTable);
    expect(sources.get("버킷")).toEqual(["bucket", "버킷명을"]); // Pagefind has s3버킷명을, not 버킷
    expect(bilingualFormSources("an S3 bucket", itGlossaryTable).get("버킷")).toEqual(["bucket"]);
    expect(bilingualFormSources("데이터 레이크에 저장", itGlossaryTable).get("lake")).toEqual(["데이터", "레이크에"]);
    expect([...bilingualFormSources("버킷에", itGlossaryTable).keys()]).toEqual(forms("버킷에"));
  });
});

describe("Korean spacing", () => {
  it("matches a solid spelling written with spaces (obsidian-help-ko writes [[내부 링크|위키 링크]])", () => {
    expect(forms("[[내부 링크|위키 링크]]")).toEqual(expect.arrayContaining(["wikilink", "위키링크"]));
    expect(forms("홈 페이지를 연다")).toContain("homepage");
    expect(forms("홈을 페이지로")).not.toContain("homepage"); // a particle closes the phrase
  });
});
