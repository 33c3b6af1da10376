import { describe, expect, it } from "vitest";
import { leadingArrowsToVertical } from "./leading-arrows";
import { fixture } from "./fixtures/load";

describe("leadingArrowsToVertical", () => {
  it("rewrites a label followed by arrow-led steps as a vertical flow (en-notes, Korean, NFD, CRLF)", () => {
    expect(leadingArrowsToVertical(fixture("vault-leading-arrows.txt"))).toBe(
      "User Query\n↓\nEmbed query\n↓\nVector search\n↓\nRerank (optional)\n↓\nLLM generation\n↓\nResponse",
    );
    expect(leadingArrowsToVertical(fixture("korean/leading-arrows-korean.txt"))).toBe(
      "사용자 요청\n↓\nAPI Gateway 인증\n↓\nLambda 검증\n↓\nDynamoDB 저장\n↓\n응답 반환",
    );
    expect(leadingArrowsToVertical("요청\r\n-> 인증\r\n--> 응답".normalize("NFD"))).toBe("요청\n↓\n인증\n↓\n응답");
  });

  it("is null for any other shape", () => {
    for (const text of [
      "A → B",
      "A\n→ B → C",
      "A\n← B",
      "→ A\n→ B",
      "A\n\n→ B",
      "A\nB",
      fixture("vault-mapping-indented.txt"), // Hash / → Integrity, groups split by blank lines
      "A → B\n→ C",
    ]) {
      expect([text, leadingArrowsToVertical(text)]).toEqual([text, null]);
    }
  });
});
