// Shape of a single line — word count, whether it ends a sentence, whether it opens like a
// title — the measures the text-page rules are written in.
export { wordCount } from "../words.ts";

const NEAR_DUPLICATE = 0.8;
const REPEAT_WINDOW = 50;

/** Ends with . ! ? (or their full-width forms) or an ellipsis, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /(?:[.!?…。！？]|\.\.\.)["”’')\]」』）]*$/u;

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

function wordSet(line: string): Set<string> {
  return new Set(comparableWords(line));
}

/** Word-set overlap (Jaccard) of at least NEAR_DUPLICATE. */
function similar(left: ReadonlySet<string>, right: ReadonlySet<string>): boolean {
  if (left.size === 0 || right.size === 0) return false;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared += 1;
  return shared / (left.size + right.size - shared) >= NEAR_DUPLICATE;
}

/**
 * Near-identical lines: the same line re-typed with other quotes, a comma or a plural
 * changed (alt text above its caption, a caption repeated by a gallery). Different
 * sentences about the same photo share far fewer words.
 */
export function nearDuplicate(a: string, b: string): boolean {
  return similar(wordSet(a), wordSet(b));
}

/**
 * `items` without repeats, the first one seen kept: an exact repeat (same words) anywhere,
 * or a near-identical one among the REPEAT_WINDOW items kept just before — repeats on a
 * page sit close together, and the window keeps a flood of lines from going quadratic.
 */
export function withoutRepeats<T>(items: readonly T[], text: (item: T) => string): T[] {
  const kept: { item: T; words: Set<string> }[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const words = wordSet(text(item));
    const key = [...words].sort().join(" ");
    if (seen.has(key) || kept.slice(-REPEAT_WINDOW).some((k) => similar(k.words, words))) continue;
    seen.add(key);
    kept.push({ item, words });
  }
  return kept.map((k) => k.item);
}
