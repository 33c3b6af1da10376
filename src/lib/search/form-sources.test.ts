import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { crossScriptSources, decodeFormSources, encodeFormSources, formSourcesOfAnchors, MAX_FORM_SOURCES, sourceAnchorIds } from "./form-sources";
import { noteSearchIndex, siteTermTable } from "./note-forms";

const seed = (name: string): string =>
  readFileSync(new URL(`../../../content/notes/${name}.md`, import.meta.url), "utf8").normalize("NFC");

describe("form sources", () => {
  it("keep only the forms their words do not already contain", () => {
    const merged = crossScriptSources(
      new Map([["람다", ["lambda"]], ["스토어", ["메타스토어와"]]]),
      new Map([["bucket", ["버킷에"]], ["람다", ["lambda", "lambdas"]]]),
    );
    expect([...merged]).toEqual([
      ["람다", ["lambda", "lambdas"]],
      ["bucket", ["버킷에"]],
    ]);
  });

  it("round-trip through the metadata encoding, Korean and NFD input included", () => {
    const nfd = "버킷".normalize("NFD");
    const sources = crossScriptSources(new Map([["bucket", [nfd.normalize("NFC")]], ["쿼리", ["query", "queries"]]]));
    expect(decodeFormSources(encodeFormSources(sources))).toEqual(sources);
  });

  it("drop words that would break the encoding, and cap the field", () => {
    expect([...crossScriptSources(new Map([["a;b", ["x"]], ["람다", ["la=mbda", "lambda"]]]))]).toEqual([["람다", ["lambda"]]]);
    const many = new Map(Array.from({ length: MAX_FORM_SOURCES + 50 }, (_, i) => [`form${i}`, [`word${i}`]] as const));
    expect(decodeFormSources(encodeFormSources(many)).size).toBe(MAX_FORM_SOURCES);
  });

  it("decode tolerates damage", () => {
    expect(decodeFormSources(undefined).size).toBe(0);
    expect(decodeFormSources("").size).toBe(0);
    expect([...decodeFormSources("=x;;람다=;버킷=bucket||")]).toEqual([["버킷", ["bucket"]]]);
  });

  it("a seed note writing Lambda and stores carries 람다 → lambda and 스토어 → the English words", () => {
    const text = seed("data-pipeline-lambda-integration");
    const index = noteSearchIndex({ title: "AWS Data Pipeline와 Lambda 함수 통합", searchText: text, tags: ["service/lambda"], aliases: [] }, siteTermTable([]));
    const sources = decodeFormSources(index.formSources);
    expect(sources.get("람다")).toContain("lambda");
    expect(sources.get("스토어")?.some((word) => word.startsWith("store"))).toBe(true);
    for (const form of sources.keys()) expect(index.forms.split(" ")).toContain(form);
  });
});

describe("source anchors", () => {
  it("carry the encoded pairs as one element id and come back from a result's anchors", () => {
    const sources = new Map([["람다", ["lambda"]], ["bucket", ["버킷에", "버킷"]]]);
    const ids = sourceAnchorIds(encodeFormSources(sources));
    expect(ids).toEqual(["search-source-람다=lambda;bucket=버킷에|버킷"]);
    for (const id of ids) expect(id).not.toMatch(/\s/u);
    const anchors = [{ id: "설명" }, ...ids.map((id) => ({ id })), { id: "search-forms" }];
    expect(formSourcesOfAnchors(anchors)).toEqual(sources);
    // An index built before (one anchor per pair) reads the same.
    expect(formSourcesOfAnchors([{ id: "search-source-람다=lambda" }, { id: "search-source-bucket=버킷에|버킷" }])).toEqual(sources);
    expect(sourceAnchorIds("")).toEqual([]);
    expect(formSourcesOfAnchors(undefined).size).toBe(0);
  });
});
