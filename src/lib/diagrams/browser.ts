import { existsSync, readFileSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright";
import { resolveDiagramAssets } from "./assets";
import { CHROMIUM_ARGS, findChromium } from "./chromium";
import { DIAGRAM_TIMEOUT_MS, LABEL_MEASURE_SIZE_ADJUST, MERMAID_CONFIG } from "./config";
import { loadMermaidScript } from "./mermaid-script";
import type { BatchRenderContext, BatchRenderer, RawRenderResult } from "./types";

export { CHROMIUM_ARGS, findChromium } from "./chromium";

export interface ChromiumRendererOptions {
  executablePath?: string;
  /** Per-diagram limit (default DIAGRAM_TIMEOUT_MS); a diagram that hangs the page fails and the page is replaced. */
  timeoutMs?: number;
  /** Run Mermaid as published instead of with its faster configuration copy (mermaid-script.ts):
   * the output is the same either way; tests compare the two. */
  unpatchedMermaid?: boolean;
}

interface PageRenderResult {
  ok: boolean;
  svg?: string;
  error?: string;
}

/**
 * One headless Chromium for the whole batch; `concurrency` workers take diagrams from one queue
 * and render them one after another with mermaid.render, each in a page of its own browser
 * context. Pages of one context share a renderer process (one main thread, so one core however
 * many pages); separate contexts never do, so two workers keep two cores busy. The browser is
 * closed when the batch ends, also when it fails.
 */
export function createChromiumRenderer(options: ChromiumRendererOptions = {}): BatchRenderer {
  return async (sources, context) => {
    const results: RawRenderResult[] = new Array(sources.length);
    if (sources.length === 0) return results;
    const executablePath = options.executablePath ?? findChromium();
    const script = mermaidScript(options, context.log);
    const browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    });
    try {
      let next = 0;
      const worker = async (): Promise<void> => {
        let page: Page | undefined;
        const renderContext = await openRenderContext(browser);
        try {
          while (next < sources.length) {
            const index = next++;
            const source = sources[index] ?? "";
            page ??= await openRenderPage(renderContext, script);
            const outcome = await renderOne(page, source, context, options.timeoutMs ?? DIAGRAM_TIMEOUT_MS);
            results[index] = outcome.result;
            context.onResult?.(index, outcome.result);
            if (outcome.pageBroken || outcome.pageCounted) {
              if (outcome.pageBroken) context.log(`diagram ${index + 1} broke its render page; reopening`);
              await page.close().catch(() => {});
              page = undefined;
            }
          }
        } finally {
          await page?.close().catch(() => {});
          await renderContext.close().catch(() => {});
        }
      };
      const workers = Math.max(1, Math.min(context.concurrency, sources.length));
      await Promise.all(Array.from({ length: workers }, worker));
    } finally {
      await browser.close().catch(() => {});
    }
    return results;
  };
}

async function renderOne(
  page: Page,
  source: string,
  context: BatchRenderContext,
  timeoutMs: number,
): Promise<{ result: RawRenderResult; pageBroken: boolean; pageCounted?: boolean }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const run = page.evaluate(
      async ({ src, id }): Promise<PageRenderResult> => {
        const m = (globalThis as unknown as { mermaid: MermaidGlobal }).mermaid;
        const host = document.getElementById("host") ?? document.body;
        // Some shapes (rough.js strokes) and gitGraph commit ids use Math.random: seeded from the
        // source, the same diagram comes out the same in every build, whatever was drawn before it.
        let seed = 2166136261;
        for (let i = 0; i < src.length; i++) seed = Math.imul(seed ^ src.charCodeAt(i), 16777619);
        Math.random = () => {
          seed = (seed + 0x6d2b79f5) | 0;
          let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
          t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
          return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
        };
        try {
          const { svg } = await m.render(id, src, host);
          // Some errors come back as an "error diagram" instead of a throw, and a source over
          // maxTextSize as a placeholder picture: neither is the diagram.
          if (/aria-roledescription="error"/.test(svg)) return { ok: false, error: "Mermaid rendered an error diagram" };
          if (svg.includes("Maximum text size in diagram exceeded")) return { ok: false, error: "over Mermaid's maximum text size (it drew a placeholder)" };
          return { ok: true, svg };
        } catch (e) {
          const message = e instanceof Error ? e.message : String(e);
          host.replaceChildren();
          return { ok: false, error: message };
        }
      },
      { src: source, id: context.renderId },
    );
    const outcome = await Promise.race([run, timeout]);
    if (outcome === "timeout") {
      run.catch(() => {});
      return { result: { ok: false, error: `timed out after ${timeoutMs} ms` }, pageBroken: true };
    }
    if (outcome.ok && typeof outcome.svg === "string") {
      return { result: { ok: true, svg: outcome.svg }, pageBroken: false, pageCounted: COUNTING_DIAGRAM.test(outcome.svg) };
    }
    return { result: { ok: false, error: outcome.error ?? "unknown Mermaid error" }, pageBroken: false };
  } catch (err) {
    return { result: { ok: false, error: err instanceof Error ? err.message : String(err) }, pageBroken: true };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Diagrams that number their elements from a counter Mermaid never resets (a sequence diagram's
 * actor ids): the page is replaced after one, so its ids do not depend on what the page drew before.
 */
const COUNTING_DIAGRAM = /^<svg[^>]*aria-roledescription="sequence"/;

interface MermaidGlobal {
  initialize(config: unknown): void;
  render(id: string, text: string, container?: Element): Promise<{ svg: string }>;
}

/** Fake origin the render page is served from; nothing leaves the machine. */
const RENDER_ORIGIN = "https://diagram-render.invalid";

/**
 * The page the diagrams are measured in: Pretendard, made LABEL_MEASURE_SIZE_ADJUST wider so a
 * reader's own font fits the boxes, and the site's diagram stylesheet, with the render host inside
 * `.flow-diagram` just like on the site, so label boxes are measured with the rules they are shown with.
 */
export function buildRenderPageHtml(): string {
  const assets = resolveDiagramAssets();
  const siteCss = existsSync(assets.stylesheetPath) ? readFileSync(assets.stylesheetPath, "utf8") : "";
  const sizeAdjust = `${Math.round(LABEL_MEASURE_SIZE_ADJUST * 100)}%`;
  const fontFace = `@font-face{font-family:"Pretendard Variable";font-weight:45 920;font-style:normal;font-display:block;size-adjust:${sizeAdjust};src:url(/PretendardVariable.woff2) format("woff2-variations");}`;
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><style>${fontFace}</style><style>${siteCss.replace(/<\/style/gi, "")}</style></head><body><figure class="flow-diagram"><div class="flow-diagram__scroll" id="host"></div></figure></body></html>`;
}

/** One context for all pages: the font is served once from memory, every other request is refused. */
async function openRenderContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  const html = buildRenderPageHtml();
  const font = readFileSync(resolveDiagramAssets().fontPath);
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== RENDER_ORIGIN) return route.abort();
    if (url.pathname === "/") return route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html });
    if (url.pathname === "/PretendardVariable.woff2") return route.fulfill({ status: 200, contentType: "font/woff2", body: font });
    return route.fulfill({ status: 404, body: "" });
  });
  return context;
}

/** The Mermaid the render pages run: patched unless asked otherwise or the bundle is not the one the patch knows. */
function mermaidScript(options: ChromiumRendererOptions, log: (msg: string) => void): string {
  const assets = resolveDiagramAssets();
  if (options.unpatchedMermaid) return readFileSync(assets.mermaidScriptPath, "utf8");
  const script = loadMermaidScript(assets.mermaidScriptPath);
  if (!script.patched.configMerge || !script.patched.getConfig) {
    log(`mermaid ${assets.mermaidVersion}: its configuration code differs from the one mermaid-script.ts speeds up; rendering with it as published (slower)`);
  }
  return script.source;
}

async function openRenderPage(context: BrowserContext, script: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${RENDER_ORIGIN}/`);
  await page.addScriptTag({ content: script });
  const fontReady = await page.evaluate(async (config) => {
    await document.fonts.load('14px "Pretendard Variable"', "가A");
    await document.fonts.load('600 14px "Pretendard Variable"', "가A");
    await document.fonts.ready;
    (globalThis as unknown as { mermaid: MermaidGlobal }).mermaid.initialize(config);
    return document.fonts.check('14px "Pretendard Variable"', "가A");
  }, MERMAID_CONFIG);
  if (!fontReady) throw new Error("Pretendard Variable did not load in the render page");
  return page;
}
