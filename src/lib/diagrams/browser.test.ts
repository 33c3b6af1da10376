import { existsSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, findChromium } from "./browser";

const saved = process.env["CHROMIUM_PATH"];
afterEach(() => {
  if (saved === undefined) delete process.env["CHROMIUM_PATH"];
  else process.env["CHROMIUM_PATH"] = saved;
});

describe("findChromium", () => {
  it("prefers CHROMIUM_PATH, then /usr/bin/chromium, else Playwright's browser", () => {
    process.env["CHROMIUM_PATH"] = "/opt/chrome/chrome";
    expect(findChromium()).toBe("/opt/chrome/chrome");
    delete process.env["CHROMIUM_PATH"];
    expect(findChromium()).toBe(existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  });

  it("launches with the sandbox-free, quiet argument set", () => {
    expect(CHROMIUM_ARGS).toEqual([
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ]);
  });
});
