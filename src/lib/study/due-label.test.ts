import { describe, expect, it } from "vitest";
import { dueLabel } from "./due-label";
import { review } from "./scheduler";

const messages = { dueToday: "오늘", dueTomorrow: "내일 ({date})", dueLater: "{days}일 후 ({date})" };

describe("dueLabel", () => {
  const now = new Date(2026, 11, 2, 10, 0);
  it("a wrong first answer is due tomorrow", () => {
    expect(dueLabel(review(undefined, "wrong", now), now, messages)).toBe("내일 (12월 3일)");
  });
  it("a right first answer is due days later, with the date", () => {
    const card = review(undefined, "right", now);
    expect(dueLabel(card, now, messages)).toMatch(/^\d+일 후 \(12월 \d+일\)$/);
  });
  it("an overdue card is due today", () => {
    const card = review(undefined, "wrong", now);
    expect(dueLabel(card, new Date(2026, 11, 20, 10), messages)).toBe("오늘");
  });
});
