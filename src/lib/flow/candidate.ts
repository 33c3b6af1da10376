import { measureLine, splitBlockLines } from "./columns";
import { pictureKind } from "./drawing";
import { lexLine, type LineToken } from "./lex";

/** Fence info strings that may hold a flow diagram; any other language is code. */
const FLOW_LANGUAGES = new Set(["", "text", "txt", "plain", "plaintext", "flow"]);

const PROMPT = /^\s*(?:\$|%|>|#|PS(?: [^>]*)?>|[A-Za-z]:\\[^>]*>)(?:\s|$)/;
const COMMANDS = new RegExp(
  String.raw`^\s*(?:sudo\s+)?(?:aws|az|gcloud|gsutil|ls|cd|cat|echo|printf|grep|egrep|sed|awk|curl|wget|git|npm|npx|pnpm|yarn|node|deno|bun|python3?|pip3?|conda|docker|kubectl|helm|terraform|export|source|chmod|chown|mkdir|rm|cp|mv|touch|ssh|scp|tar|unzip|make|java|go|cargo|brew|apt|apt-get|yum|dnf|spark-submit|pyspark|hadoop|hdfs|hive|beeline|psql|mysql|sqlite3|redis-cli|head|tail|find|xargs|env|bash|sh|zsh|cdk|sam|sls|serverless)\s+(?![-=]+>|<-)\S`,
);
/** Shell and programming syntax a hand-drawn flow never needs. */
const CODE_SYNTAX = /(?:^|\s)(?:&&|\|\|)(?:\s|$)|\$\(|\$\{|`|<!--|[{}]|;\s*$|(?<![=!<>])[=!]==?(?![=>])|\w\s*\|\s*\w|["'][^"']*(?:->|=>|<-|→|←)[^"']*["']|^\s*[\w.$]+\s*<-\s*[\w.]+\(/;

const UNICODE_ARROW = /[→⇒⟶⟹➔➜➝➞➡▶►←⇐⟵⟸⬅◀◄↔⇔⟷↓⇓▼▽⬇↑⇑▲△⬆↕⇕]/;
const CODE_KEYWORDS = /^\s*(?:const|let|var|def|function|return|import|from|class|public|private|if|elif|else|for|while|SELECT|INSERT|CREATE)\b/;

function looksLikeCommandOrCode(line: string): boolean {
  // Shells never draw Unicode arrows, so `source → sink` or `node a → node b` stay flows.
  const command = COMMANDS.test(line) && !UNICODE_ARROW.test(line);
  return PROMPT.test(line) || command || CODE_SYNTAX.test(line) || CODE_KEYWORDS.test(line);
}

/** A label names something: it has a letter (`1 → 16` is a range of steps, not a flow). */
function isLabel(token: LineToken): boolean {
  return token.kind === "text" && /\p{L}/u.test(token.text);
}

/**
 * A list of `key → value` pairs (`GET → Read`, `localhost → 127.0.0.1 (IPv4)`, `Hash` then
 * `    → Integrity`): two or more chains of exactly one arrow, no vertical arrows, and no value that is
 * also a key (so nothing flows on). A table in prose form, not a flow.
 */
function isMappingList(tokenLines: readonly LineToken[][]): boolean {
  const chains: string[][] = [];
  let current: string[] | undefined;
  let arrows = 0;
  const counts: number[] = [];
  const close = () => {
    if (current && arrows > 0) {
      chains.push(current);
      counts.push(arrows);
    }
    current = undefined;
    arrows = 0;
  };
  for (const tokens of tokenLines) {
    if (tokens.length === 0) {
      close();
      continue;
    }
    if (tokens.some((t) => t.kind === "varrow")) return false;
    const ledByArrow = tokens[0]?.kind === "harrow";
    if (!ledByArrow) close();
    current ??= [];
    for (const token of tokens) {
      if (token.kind === "harrow") arrows++;
      else if (token.kind === "text") current.push(token.text);
    }
    // A line with arrows ends its chain; a label-only line may be continued by an arrow-led line.
    if (tokens.some((t) => t.kind === "harrow")) close();
  }
  close();
  if (chains.length < 2 || counts.some((n) => n !== 1)) return false;
  const keys = new Set(chains.map((c) => c[0]));
  return chains.every((c) => c.length === 2 && !keys.has(c[1]));
}

/**
 * Whether most label lines stand apart from every arrow: notes written in a code block with an arrow
 * somewhere are prose, not a flow. A label line is connected when it has an arrow, or when its run of
 * label-only lines (consecutive, no blank line) touches a row of vertical arrows (a multi-line label
 * above `↓`, description rows under a fan) or is continued by an arrow-led line (`Hash` / `→ …`).
 */
function isMostlyProse(tokenLines: readonly LineToken[][]): boolean {
  const hasVertical = (tokens: readonly LineToken[] | undefined) => tokens?.some((t) => t.kind === "varrow") ?? false;
  const labelOnly = (tokens: readonly LineToken[] | undefined) => tokens !== undefined && tokens.length > 0 && tokens.every((t) => t.kind === "text");
  let connected = 0;
  let apart = 0;
  for (let i = 0; i < tokenLines.length; i++) {
    const tokens = tokenLines[i] ?? [];
    if (!labelOnly(tokens)) {
      if (tokens.some(isLabel)) connected++; // a label line with arrows
      continue;
    }
    let last = i;
    while (labelOnly(tokenLines[last + 1])) last++;
    const run = tokenLines.slice(i, last + 1).filter((t) => t.some(isLabel)).length;
    const joined = hasVertical(tokenLines[i - 1]) || hasVertical(tokenLines[last + 1]) || tokenLines[last + 1]?.[0]?.kind === "harrow";
    if (joined) connected += run;
    else apart += run;
    i = last;
  }
  return apart > connected;
}

/**
 * Whether a fenced block should be tried as an architecture flow: no language (or `text`/`flow`),
 * at least one arrow between labels (`→ ← ⇒ ↓ ↑ -> --> <- =>`, or `|` above `v`), and none of:
 * - a line that reads as a shell command or program code (`$ …`, `aws s3 cp a b`, `ls | grep x`, `echo "a -> b"`);
 * - a picture (`pictureKind`: box drawing `┌──┐ ├── ═ ║`, ASCII boxes and tables `+---+`, tree
 *   listings, diagonal or symbol-only lines), which stays text exactly as drawn;
 * - a list of `key → value` pairs, or prose with an arrow in it (most label lines touch no arrow);
 * - labels without a letter (`1 → 16`).
 * A candidate may still fail to parse; the caller then warns and keeps the code block.
 */
export function isFlowBlockCandidate(lang: string | null | undefined, text: string): boolean {
  const tag = (lang ?? "").trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  if (!FLOW_LANGUAGES.has(tag)) return false;
  const lines = splitBlockLines(text);
  if (lines.some(looksLikeCommandOrCode)) return false;
  if (pictureKind(lines) !== null) return false;
  const tokenLines: LineToken[][] = [];
  let hasLabel = false;
  let hasArrow = false;
  let previousStems: number[] = [];
  let previousUps: number[] = [];
  for (const line of lines) {
    const tokens = lexLine(measureLine(line), true);
    tokenLines.push(tokens);
    const asciiOnly = tokens.every((t) => t.kind === "varrow" && t.ascii);
    const stems: number[] = [];
    const ups: number[] = [];
    for (const token of tokens) {
      if (token.kind === "text") hasLabel ||= isLabel(token);
      else if (token.kind === "harrow" || !token.ascii) hasArrow = true;
      else if (asciiOnly && token.dir === "stem") {
        stems.push(token.start);
        if (previousUps.some((c) => Math.abs(c - token.start) <= 1)) hasArrow = true;
      } else if (asciiOnly && token.dir === "up") ups.push(token.start);
      else if (asciiOnly && token.dir === "down" && previousStems.some((c) => Math.abs(c - token.start) <= 1)) hasArrow = true;
    }
    if (!asciiOnly) {
      // Standalone `v`/`|` inside a text row are just letters; the row still counts as a label.
      if (tokens.some((t) => t.kind === "varrow" && t.ascii) && tokens.some(isLabel)) hasLabel = true;
    }
    previousStems = stems;
    previousUps = ups;
  }
  return hasArrow && hasLabel && !isMappingList(tokenLines) && !isMostlyProse(tokenLines);
}
