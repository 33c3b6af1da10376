#!/usr/bin/env node
// Makes sure a Chromium exists for the end-to-end tests and the diagram renderer.
// Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium (installed with apt when we are
// root on Debian, with the CJK fonts Korean pages need), else Playwright's own build.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { SYSTEM_CHROMIUM, findChromium } from "../src/lib/diagrams/chromium.ts";

const run = (cmd, args) => execFileSync(cmd, args, { stdio: "inherit" });

function main() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return console.log(`Chromium: ${fromEnv} (CHROMIUM_PATH)`);
  }
  const fontsMissing = !existsSync("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
  const canApt = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get") && existsSync("/etc/debian_version");
  if ((!existsSync(SYSTEM_CHROMIUM) || fontsMissing) && canApt) {
    console.log("Installing Debian chromium and fonts-noto-cjk with apt-get…");
    run("apt-get", ["update", "-qq"]);
    run("apt-get", ["install", "-y", "-qq", "chromium", "fonts-noto-cjk"]);
  }
  const found = findChromium();
  if (found) return console.log(`Chromium: ${found}`);
  console.log("No system Chromium; installing Playwright's Chromium…");
  run("npx", ["playwright", "install", "chromium"]);
}

main();
