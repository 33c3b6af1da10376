import { measureLine, splitBlockLines } from "./columns";
import { pictureKind } from "./drawing";
import { lexLine, type LineToken } from "./lex";
import { isLabel, isMappingList, isMostlyProse } from "./non-flows";

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
