// Shape of a single line — word count, whether it ends a sentence, whether it opens like a
// title — the measures the text-page rules are written in.

const NEAR_DUPLICATE = 0.8;

/** Ends with . ! ? or an ellipsis, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /(?:[.!?…]|\.\.\.)["”’')\]]*$/u;

export function wordCount(line: string): number {
  return line.split(" ").filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line);
}

/** Opens with a capital, a digit or an opening quote: how headlines and headings begin. */
export function opensLikeTitle(line: string): boolean {
  return /^["“‘']?[\p{Lu}\p{N}]/u.test(line);
}

/** Letters and digits only, lower-cased, curly quotes made straight, a plural or verb "-s" dropped: the words two lines are compared on. */
export function comparableWords(line: string): string[] {
  const words = line.toLowerCase().replace(/[’‘]/gu, "'").match(/[\p{L}\p{N}']+/gu) ?? [];
  return words.map((word) => (word.length > 3 ? word.replace(/s$/u, "") : word));
}

/**
 * Near-identical lines: the same line re-typed with other quotes, a comma or a plural
 * changed (alt text above its caption, a caption repeated by a gallery). Word-set overlap
 * (Jaccard) of at least 0.8; different sentences about the same photo share far less.
 */
export function nearDuplicate(a: string, b: string): boolean {
  const left = new Set(comparableWords(a));
  const right = new Set(comparableWords(b));
  if (left.size === 0 || right.size === 0) return false;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / (left.size + right.size - shared) >= NEAR_DUPLICATE;
}
