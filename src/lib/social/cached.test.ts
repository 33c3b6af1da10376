import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cachedCard, cardCacheKey, prepareCards } from "./cached";
import { fitCard } from "./card";
import { isCompletePng } from "./png";

const SITE = "AWS 데이터 파이프라인 학습 노트";
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "og-cache-test-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0))
    rmSync(dir, { recursive: true, force: true });
});

describe("cachedCard", () => {
  it("draws a card once and then reads it back", async () => {
    const dir = tempDir();
    const card = fitCard({
      title: "Kinesis 스트리밍 집계",
      tags: ["service/kinesis"],
      siteName: SITE,
    });
    const first = await cachedCard(card, dir);
    const second = await cachedCard(card, dir);
    expect([first.drawn, second.drawn]).toEqual([true, false]);
    expect(second.png.equals(first.png)).toBe(true);
    expect(readdirSync(dir)).toEqual([`${cardCacheKey(card)}.png`]);
  }, 30_000);

  it("draws again over a truncated, empty or foreign file in the cache (issue 17)", async () => {
    const dir = tempDir();
    const card = fitCard({
      title: "Athena 쿼리 비용",
      tags: ["service/athena", "constraint/cost"],
      siteName: SITE,
    });
    const { png } = await cachedCard(card, dir);
    const file = join(dir, `${cardCacheKey(card)}.png`);
    for (const spoil of [
      () => truncateSync(file, Math.floor(png.length / 2)),
      () => truncateSync(file, 0),
      () => writeFileSync(file, "not a png"),
    ]) {
      spoil();
      const again = await cachedCard(card, dir);
      expect(again.drawn).toBe(true);
      expect(isCompletePng(readFileSync(file))).toBe(true);
      expect(statSync(file).size).toBe(png.length);
    }
  }, 30_000);

  it("keys by what is drawn: NFC and NFD titles share one card, another tag does not", async () => {
    const nfc = fitCard({
      title: "데이터레이크 설계",
      tags: ["usecase/datalake"],
      siteName: SITE,
    });
    const nfd = fitCard({
      title: "데이터레이크 설계".normalize("NFD"),
      tags: ["usecase/datalake"],
      siteName: SITE,
    });
    const other = fitCard({
      title: "데이터레이크 설계",
      tags: ["usecase/lakehouse"],
      siteName: SITE,
    });
    expect(cardCacheKey(nfd)).toBe(cardCacheKey(nfc));
    expect(cardCacheKey(other)).not.toBe(cardCacheKey(nfc));
  });
});

describe("prepareCards", () => {
  it("fills the cache for every distinct card, drawing only the missing ones", async () => {
    const dir = tempDir();
    const cards = ["Glue", "EMR", "Redshift", "Glue"].map((t) =>
      fitCard({ title: `${t} 비교`, tags: ["service/glue"], siteName: SITE }),
    );
    const first = await prepareCards(cards, dir, 3);
    expect(first.drawn + first.cached).toBe(4);
    expect(readdirSync(dir).filter((f) => f.endsWith(".png"))).toHaveLength(3);
    expect(await prepareCards(cards, dir)).toEqual({ drawn: 0, cached: 4 });
  }, 30_000);

  it("draws again a cached card cut short, empty or foreign, since the build links cached cards as they are", async () => {
    const dir = tempDir();
    const card = fitCard({
      title: "Redshift 분산 키",
      tags: ["service/redshift"],
      siteName: SITE,
    });
    await prepareCards([card], dir);
    const file = join(dir, `${cardCacheKey(card)}.png`);
    const whole = readFileSync(file);
    for (const spoil of [
      () => truncateSync(file, whole.length - 1),
      () => truncateSync(file, 0),
      () => writeFileSync(file, "not a png"),
    ]) {
      spoil();
      expect(await prepareCards([card], dir)).toEqual({ drawn: 1, cached: 0 });
      expect(readFileSync(file).equals(whole)).toBe(true);
    }
  }, 30_000);
});
