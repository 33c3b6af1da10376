/**
 * The words of a text roughly as Pagefind sees them: whitespace-separated, punctuation trimmed,
 * lower-cased. `joinsNext` says the word runs straight into the next one with nothing but spaces
 * (or markdown emphasis marks) in between, so the two may be one spaced compound (데이터 레이크).
 */
export interface TextWord {
  readonly text: string;
  readonly joinsNext: boolean;
}

// Emphasis marks do not end a phrase (**데이터 레이크**); any other punctuation does.
const SOFT_MARKS = /^[*_~]*$/u;
const WORD_CHARS = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

export function splitWords(text: string): TextWord[] {
  const words: TextWord[] = [];
  for (const line of text.split(/\r?\n/u)) {
    const chunks = line.split(/[ \t\u00a0\u3000]+/u).filter((chunk) => chunk.length > 0);
    chunks.forEach((chunk, chunkIndex) => {
      const pieces = [...chunk.matchAll(WORD_CHARS)];
      pieces.forEach((piece, pieceIndex) => {
        const start = piece.index;
        const end = start + piece[0].length;
        const isLastPiece = pieceIndex === pieces.length - 1;
        const trailing = chunk.slice(end);
        const next = chunks[chunkIndex + 1];
        const nextLeading = next === undefined ? undefined : next.slice(0, next.search(/[\p{L}\p{N}]|$/u));
        const joinsNext =
          isLastPiece && nextLeading !== undefined && SOFT_MARKS.test(trailing) && SOFT_MARKS.test(nextLeading);
        words.push({ text: piece[0].toLowerCase(), joinsNext });
      });
    });
  }
  return words;
}

/** Every form Pagefind indexes for these words: the words themselves and the parts of hyphenated ones. */
export function indexedTokens(words: readonly TextWord[]): Set<string> {
  const tokens = new Set<string>();
  for (const { text } of words) {
    tokens.add(text);
    if (text.includes("-")) {
      tokens.add(text.replaceAll("-", ""));
      for (const part of text.split("-")) tokens.add(part);
    }
  }
  return tokens;
}
