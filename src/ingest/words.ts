// Counting words in any script: spaces part the words of most languages, but Chinese, Japanese,
// Thai and their kin write without them, so their runs are split by Intl.Segmenter's dictionaries.

/** Scripts written without spaces between words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const segmenter = new Intl.Segmenter("und", { granularity: "word" });

function unspacedWords(token: string): number {
  let words = 0;
  for (const segment of segmenter.segment(token)) if (segment.isWordLike) words += 1;
  return words;
}

/** Space-separated tokens with a letter or digit in them; a run of an unspaced script counts each of its words. */
export function wordCount(text: string): number {
  let words = 0;
  for (const token of text.split(/\s+/u)) {
    if (UNSPACED.test(token)) words += unspacedWords(token);
    else if (/[\p{L}\p{N}]/u.test(token)) words += 1;
  }
  return words;
}
