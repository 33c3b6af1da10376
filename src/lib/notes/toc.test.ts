import { describe, expect, it } from "vitest";
import { tocEntries } from "./toc";

const h = (depth: number, text: string, id = text) => ({ depth, id, text });

describe("tocEntries: distinct labels", () => {
  it("keeps unique texts as written and leaves out h4 and deeper", () => {
    expect(tocEntries([h(2, "개요"), h(3, "배경"), h(4, "세부")]).map((e) => e.label)).toEqual(["개요", "배경"]);
  });

  it("gives a repeated sub-heading its parent heading", () => {
    const labels = tocEntries([h(2, "AWS Glue"), h(3, "장점"), h(2, "Amazon EMR"), h(3, "장점")]).map((e) => e.label);
    expect(labels).toEqual(["AWS Glue", "AWS Glue › 장점", "Amazon EMR", "Amazon EMR › 장점"]);
  });

  it("gives a repeated top-level heading its first sub-heading (the lecture note's slides)", () => {
    const labels = tocEntries([h(2, "AWS Data Pipeline", "a"), h(3, "데이터 파이프라인이란?"), h(2, "AWS Data Pipeline", "b"), h(3, "- ETL")]).map((e) => e.label);
    expect(labels).toEqual(["AWS Data Pipeline › 데이터 파이프라인이란?", "데이터 파이프라인이란?", "AWS Data Pipeline › - ETL", "- ETL"]);
  });

  it("numbers what still repeats, so every label differs", () => {
    const labels = tocEntries([h(2, "슬라이드"), h(2, "슬라이드"), h(2, "슬라이드")]).map((e) => e.label);
    expect(labels).toEqual(["슬라이드", "슬라이드 (2)", "슬라이드 (3)"]);
    expect(new Set(labels).size).toBe(3);
  });

  it("compares Korean texts after NFC, as the model gives them", () => {
    const nfc = "정리";
    const labels = tocEntries([h(2, "가"), h(3, nfc), h(2, "나"), h(3, nfc)]).map((e) => e.label);
    expect(labels).toEqual(["가", "가 › 정리", "나", "나 › 정리"]);
  });
});
