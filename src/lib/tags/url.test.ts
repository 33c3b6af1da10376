import { describe, expect, it } from "vitest";
import { tagHref, tagUrlPath } from "./url";

describe("tagUrlPath", () => {
  it("keeps Korean segments readable as the [...tag] param", () => {
    expect(tagUrlPath("학습/비교")).toBe("학습/비교");
    expect(tagUrlPath("학습/비교".normalize("NFD"))).toBe("학습/비교");
    expect(tagUrlPath("Service/Glue")).toBe("service/glue");
    expect(tagUrlPath("#학습//비교/")).toBe("학습/비교");
  });
});

describe("tagHref", () => {
  it("percent-encodes each segment but keeps the slashes between levels", () => {
    expect(tagHref("/tags", "학습/비교")).toBe("/tags/%ED%95%99%EC%8A%B5/%EB%B9%84%EA%B5%90/");
    expect(decodeURI(tagHref("/tags/", "학습/비교"))).toBe("/tags/학습/비교/");
    expect(tagHref("/site/tags", "service/glue")).toBe("/site/tags/service/glue/");
  });
  it("cannot be broken by URL syntax inside a tag", () => {
    expect(tagHref("/tags", "q&a/c#?")).toBe("/tags/q%26a/c%23%3F/");
    expect(tagHref("/tags", "100%/a b")).toBe("/tags/100%25/a-b/");
    expect(tagHref("/tags", "a/../b")).toBe("/tags/a/b/");
    expect(tagHref("/tags", "  ")).toBe("/tags/");
  });
});
