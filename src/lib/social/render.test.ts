import { describe, expect, it } from "vitest";
import { fitCard } from "./card";
import { renderCardPng } from "./render";

describe("renderCardPng", () => {
  it("draws a 1200×630 PNG with a Korean title", async () => {
    const png = await renderCardPng(fitCard({ title: "AWS 서버리스 데이터레이크", tags: ["service/glue"], siteName: "학습 노트" }));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  }, 30_000);
});
