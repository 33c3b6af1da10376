import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveDiagramAssets } from "./assets";
import { patchMermaidBundle } from "./mermaid-script";

const bundle = readFileSync(resolveDiagramAssets().mermaidScriptPath, "utf8");

/** Mermaid's own assignWithDepth, cut out of the bundle it ships, as `name=wrap(...)`. */
function publishedMerge(): { text: string; name: string; wrap: string } {
  const end = bundle.indexOf('"assignWithDepth")') + '"assignWithDepth")'.length;
  const anchor = /([\w$]+)=([\w$]+)\(\(r,t,\{depth:a=2\}=\{\}\)=>\{/g;
  let found: RegExpExecArray | null = null;
  for (let m = anchor.exec(bundle); m && m.index < end; m = anchor.exec(bundle)) found = m;
  if (!found) throw new Error("assignWithDepth not found in mermaid.min.js");
  return { text: bundle.slice(found.index, end), name: found[1]!, wrap: found[2]! };
}

type Merge = (target: unknown, source: unknown, options?: { depth?: number }) => unknown;
interface MiniMermaid {
  merge: Merge;
  getConfig: () => unknown;
  setCurrent: (config: unknown) => void;
}

/** A script shaped like the bundle: strict, the merge, an alias, a current config and getConfig. */
function miniBundle(): string {
  const { text, name, wrap } = publishedMerge();
  return `"use strict";var ${wrap}=(f)=>f,cur={};var ${text};var Alias;Alias=${name};var get=${wrap}(()=>Alias({},cur),"getConfig");
return {merge:${name},getConfig:get,setCurrent:(c)=>{cur=c}};`;
}

function load(script: string): MiniMermaid {
  return new Function(script)() as MiniMermaid;
}

const configValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    fc.constantFrom(null, undefined, 0, 1, "", "a", true, false),
    fc.array(fc.constantFrom(1, 2, "x", "x", null), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom("a", "b", "c", "flowchart", "__proto__", "themeVariables"), tie("value"), { maxKeys: 4 }),
  ),
})).value;
const configObject = fc.dictionary(fc.constantFrom("a", "b", "c", "flowchart", "__proto__", "theme", "fontSize"), configValue, { maxKeys: 5 });

describe("patchMermaidBundle", () => {
  it("patches the Mermaid this project ships, and keeps its strict mode", () => {
    const script = patchMermaidBundle(bundle);
    expect(script.patched).toEqual({ configMerge: true, getConfig: true });
    expect(script.source.startsWith('"use strict";')).toBe(true);
    expect(script.source).toContain("__kbCloneConfig(");
  });

  it("leaves a bundle whose merge differs as it is", () => {
    const changed = bundle.replace('"assignWithDepth")', '"assignWithDepth2")');
    const script = patchMermaidBundle(changed.replace("Object.defineProperty(r,h,{value:void 0", "Object.defineProperty(r,h,{value:null"));
    expect(script.patched).toEqual({ configMerge: false, getConfig: false });
  });

  it("merges exactly as Mermaid's own assignWithDepth does (random configurations)", () => {
    const published = load(miniBundle());
    const patchedScript = patchMermaidBundle(miniBundle());
    expect(patchedScript.patched).toEqual({ configMerge: true, getConfig: true });
    const patched = load(patchedScript.source);
    fc.assert(
      fc.property(configObject, configObject, fc.integer({ min: 0, max: 3 }), (target, source, depth) => {
        const a = published.merge(structuredClone(target), source, { depth });
        const b = patched.merge(structuredClone(target), source, { depth });
        expect(b).toStrictEqual(a);
        expect(Object.getPrototypeOf(b)).toBe(Object.getPrototypeOf(a));
      }),
      { numRuns: 500 },
    );
  });

  it("copies the configuration exactly as getConfig does, a new copy on every call", () => {
    const published = load(miniBundle());
    const patched = load(patchMermaidBundle(miniBundle()).source);
    fc.assert(
      fc.property(configObject, (config) => {
        published.setCurrent(config);
        patched.setCurrent(config);
        const a = published.getConfig();
        const b = patched.getConfig();
        expect(b).toStrictEqual(a);
        expect(patched.getConfig()).not.toBe(b);
      }),
      { numRuns: 500 },
    );
  });
});
