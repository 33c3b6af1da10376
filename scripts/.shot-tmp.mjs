import { chromium } from "playwright";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync"] });
const [, , path, out, scheme = "light", width = "1100", selector = "figure.flow-diagram", nth = "0"] = process.argv;
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme });
await page.goto("http://127.0.0.1:4500" + path);
await page.evaluate(() => document.fonts.ready);
const el = page.locator(selector).nth(Number(nth));
if (selector === "page") await page.screenshot({ path: out, fullPage: false }); else await el.screenshot({ path: out });
await browser.close();
