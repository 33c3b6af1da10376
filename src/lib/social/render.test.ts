import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyseText } from "../notes/fixtures/seeds";
import { CARD_HEIGHT, CARD_WIDTH, fitCard, type FittedCard } from "./card";
import { isCompletePng } from "./png";
import { cardPixels, renderCardPng, satoriPixels } from "./render";

const SITE = "AWS 데이터 파이프라인 학습 노트";
const SEEDS = new URL("../../../content/notes/", import.meta.url);

function seedCards(): FittedCard[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith(".md"))
    .map((f) => analyseText(f, readFileSync(new URL(f, SEEDS), "utf8")).model)
    .map((model) => fitCard({ title: model.title, tags: model.rawTags, siteName: SITE }));
}

/** Titles and tags that stress the drawing: three cut lines at the small size, kerning pairs,
 * NFD Hangul, a word longer than a line, emoji, +N, one tag, none. */
const NASTY: FittedCard[] = [
  fitCard({ title: "AWS Glue - 서버리스 ETL 서비스와 다양한 데이터 소스 통합 그리고 아주 긴 제목이 세 줄을 넘어가면 말줄임표로 잘립니다 정말로 길어요", tags: ["service/aws-glue", "architecture/serverless-etl", "engine/apache-spark", "integration/multi-source", "usecase/data-warehouse-etl", "a", "b", "c", "d", "e"], siteName: SITE }),
  fitCard({ title: "AVATAR WAVE Type 'quoted' — 1,234.5 TiB/s", tags: ["service/lambda"], siteName: SITE }),
  fitCard({ title: "서비스 비교".normalize("NFD"), tags: ["데이터/레이크".normalize("NFD")], siteName: SITE }),
  fitCard({ title: "초장문단어초장문단어초장문단어초장문단어초장문단어초장문단어초장문단어초장문단어", tags: [], siteName: SITE }),
  fitCard({ title: "🚀 람다 🔥 콜드 스타트", tags: ["service/lambda", "constraint/latency"], siteName: SITE }),
];

/** Per channel, out of 255. */
function compare(a: Uint8Array, b: Uint8Array) {
  let sum = 0;
  let far = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    sum += d;
    if (d > 48) far += 1;
  }
  return { mean: sum / a.length, farShare: far / a.length };
}

describe("renderCardPng", () => {
  it("draws a whole 1200×630 PNG with a Korean title", async () => {
    const png = await renderCardPng(fitCard({ title: "AWS 서버리스 데이터레이크", tags: ["service/glue"], siteName: "학습 노트" }));
    expect(isCompletePng(png, { width: CARD_WIDTH, height: CARD_HEIGHT })).toBe(true);
  }, 30_000);

  it("looks like satori's drawing of the same card (seed notes and nasty titles)", async () => {
    for (const card of [...seedCards(), ...NASTY]) {
      const [fast, reference] = await Promise.all([cardPixels(card), satoriPixels(card)]);
      const { mean, farShare } = compare(fast, reference);
      // Only anti-aliasing differs: glyph and chip edges, never a misplaced word (a one-pixel
      // shift of a title line alone gives a mean of ~1.5 and ~1 % far pixels).
      expect(mean, card.title.lines.join(" / ")).toBeLessThan(0.8);
      expect(farShare, card.title.lines.join(" / ")).toBeLessThan(0.002);
    }
  }, 60_000);

  it("draws what the card says: another title or another tag changes the pixels", async () => {
    const base = fitCard({ title: "람다 콜드 스타트", tags: ["service/lambda"], siteName: SITE });
    const [a, b, c] = await Promise.all([cardPixels(base), cardPixels({ ...base, title: { ...base.title, lines: ["람다 콜드 스타뜨"] } }), cardPixels({ ...base, chips: ["#service/lamda"] })]);
    expect(compare(a, b).mean).toBeGreaterThan(0.01);
    expect(compare(a, c).mean).toBeGreaterThan(0.01);
  }, 30_000);
});
