import { readFileSync } from "node:fs";

/**
 * Mermaid deep-copies its whole configuration on every `getConfig()` (dozens of calls per node)
 * with `assignWithDepth`, which adds each key with `Object.defineProperty`. That leaves every copy
 * in V8's slow dictionary mode, and the copying alone was 46 % of the time a flowchart took to
 * render (CPU profile, BENCHMARKS issue 18). The replacement below does the same merge with plain
 * assignment wherever that is indistinguishable (a plain or null-prototype target, any key but
 * `__proto__`) and keeps `defineProperty` elsewhere, so every diagram comes out byte-identical.
 */
const ORIGINAL =
  'NAME=WRAP((r,t,{depth:a=2}={})=>{let s={depth:a};if(Array.isArray(t)&&!Array.isArray(r))return t.forEach(l=>NAME(r,l,s)),r;if(Array.isArray(t)&&Array.isArray(r))return t.forEach(l=>{r.includes(l)||r.push(l)}),r;if(r==null||a<=0)return r!=null&&typeof r=="object"&&typeof t=="object"?Object.assign(r,t):t;if(t!=null&&typeof r=="object"&&typeof t=="object"){let l=r;Object.entries(t).forEach(([h,f])=>{if(typeof f=="object"){if(f===null)return;Object.hasOwn(r,h)||Object.defineProperty(r,h,{value:void 0,writable:!0,enumerable:!0,configurable:!0}),l[h]===void 0&&(l[h]=Array.isArray(f)?[]:{}),typeof l[h]=="object"&&(l[h]=NAME(l[h],f,{depth:a-1}))}else typeof l[h]!="object"&&(Object.hasOwn(r,h)?l[h]=f:Object.defineProperty(r,h,{value:f,writable:!0,enumerable:!0,configurable:!0}))})}return r},"assignWithDepth")';

const REPLACEMENT =
  'NAME=WRAP((r,t,{depth:a=2}={})=>{let s={depth:a};if(Array.isArray(t)&&!Array.isArray(r))return t.forEach(l=>NAME(r,l,s)),r;if(Array.isArray(t)&&Array.isArray(r))return t.forEach(l=>{r.includes(l)||r.push(l)}),r;if(r==null||a<=0)return r!=null&&typeof r=="object"&&typeof t=="object"?Object.assign(r,t):t;if(t!=null&&typeof r=="object"&&typeof t=="object"){let p=Object.getPrototypeOf(r),plain=p===Object.prototype||p===null,e=Object.entries(t);for(let k=0;k<e.length;k++){let h=e[k][0],f=e[k][1],own=Object.hasOwn(r,h),fast=plain&&h!=="__proto__";if(typeof f=="object"){if(f===null)continue;own||(fast?r[h]=void 0:Object.defineProperty(r,h,{value:void 0,writable:!0,enumerable:!0,configurable:!0})),r[h]===void 0&&(r[h]=Array.isArray(f)?[]:{}),typeof r[h]=="object"&&(r[h]=NAME(r[h],f,{depth:a-1}))}else typeof r[h]!="object"&&(own||fast?r[h]=f:Object.defineProperty(r,h,{value:f,writable:!0,enumerable:!0,configurable:!0}))}}return r},"assignWithDepth")';

const ANCHOR = /([\w$]+)=([\w$]+)\(\(r,t,\{depth:a=2\}=\{\}\)=>\{/g;

/** `getConfig = () => assignWithDepth({}, currentConfig)`. */
const GET_CONFIG = /([\w$]+)=([\w$]+)\(\(\)=>([\w$]+)\(\{\},([\w$]+)\),"getConfig"\)/g;

/**
 * assignWithDepth({}, t), the copy getConfig makes, written for its one case, a fresh target: no
 * own keys to keep, so each level is a plain loop (arrays deduplicated, nulls skipped, the third
 * level copied shallowly, a `__proto__` key kept only with an object value), exactly as the general
 * merge does it. (Sharing one copy per diagram would halve the time again, but Mermaid's diagram
 * `init` functions write into their copy.)
 */
const CLONE_CONFIG = `function __kbCloneConfig(t,merge){if(t===null||typeof t!=="object"||Array.isArray(t))return merge({},t);return __kbCopyLevel(t,2)}
function __kbCopyLevel(t,depth){if(depth<=0)return Object.hasOwn(t,"__proto__")?Object.assign({},t):{...t};var r={};var e=Object.entries(t);for(var k=0;k<e.length;k++){var h=e[k][0],f=e[k][1],v;if(typeof f==="object"){if(f===null)continue;if(Array.isArray(f)){v=[];f.forEach(function(x){v.includes(x)||v.push(x)})}else v=__kbCopyLevel(f,depth-1)}else if(h==="__proto__")continue;else v=f;if(h==="__proto__")Object.defineProperty(r,h,{value:v,writable:true,enumerable:true,configurable:true});else r[h]=v}return r}
`;

/** The bundle's "use strict" must stay its first statement, or all of Mermaid would run in sloppy mode. */
const STRICT_PROLOGUE = /^\s*"use strict";/;

export interface MermaidScript {
  /** The script the render page runs. */
  source: string;
  /** Which of the two replacements are in: a Mermaid build whose code differs keeps its own. */
  patched: { configMerge: boolean; getConfig: boolean };
}

/** Mermaid's browser bundle with its configuration merge and copy replaced (see above); unchanged where not found exactly. */
export function patchMermaidBundle(bundle: string): MermaidScript {
  let source = bundle;
  let mergeName: string | undefined;
  for (const match of source.matchAll(ANCHOR)) {
    const [, name = "", wrap = ""] = match;
    const original = fill(ORIGINAL, name, wrap);
    if (source.startsWith(original, match.index)) {
      source = source.slice(0, match.index) + fill(REPLACEMENT, name, wrap) + source.slice(match.index + original.length);
      mergeName = name;
      break;
    }
  }
  let getConfig = false;
  if (mergeName !== undefined) {
    const merge = mergeName;
    source = source.replace(GET_CONFIG, (whole, name: string, wrap: string, callee: string, current: string) => {
      if (getConfig || !(callee === merge || isAlias(source, callee, merge))) return whole;
      getConfig = true;
      return `${name}=${wrap}(()=>__kbCloneConfig(${current},${merge}),"getConfig")`;
    });
    if (getConfig) {
      const prologue = STRICT_PROLOGUE.exec(source)?.[0] ?? "";
      source = `${prologue}\n${CLONE_CONFIG}${source.slice(prologue.length)}`;
    }
  }
  return { source, patched: { configMerge: mergeName !== undefined, getConfig } };
}

let loaded: { path: string; script: MermaidScript } | undefined;

/** The render page's Mermaid, read and patched once per process. */
export function loadMermaidScript(path: string): MermaidScript {
  if (loaded?.path !== path) loaded = { path, script: patchMermaidBundle(readFileSync(path, "utf8")) };
  return loaded.script;
}

/** `alias=name` as a minifier writes it (assignWithDepth is exported under a second name). */
function isAlias(source: string, alias: string, name: string): boolean {
  const esc = (id: string) => id.replace(/\$/g, "\\$");
  return new RegExp(`[,;{]${esc(alias)}=${esc(name)}[,;}]`).test(source);
}

function fill(template: string, name: string, wrap: string): string {
  return template.replaceAll("NAME", name).replaceAll("WRAP", wrap);
}
