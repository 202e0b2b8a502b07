// Words of a text as retrieval sees them: lower-cased, accent-free, possessives dropped, stemmed,
// with their character offsets so matches can be highlighted; plus the English stopword list.
import { stemmer } from "stemmer";

export interface Token {
  /** The word as written, lower-cased and without accents or possessive ending. */
  word: string;
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again against all am an and any are aren't as at be because been before being below between both but by " +
    "can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has " +
    "hasn't have haven't having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in " +
    "into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once only or other ought our ours " +
    "ourselves out over own same shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them " +
    "themselves then there there's these they they'd they'll they're they've this those through to too under until up very was " +
    "wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while who who's whom why why's with " +
    "won't would wouldn't you you'd you'll you're you've your yours yourself yourselves also s t just will shall may might must " +
    "tell us know get got go went"
  ).split(" "),
);

export function normalizeWord(word: string): string {
  const plain = /^[\w'-]*$/u.test(word) ? word : word.normalize("NFKD").replace(/[\u0300-\u036f]/gu, "").replace(/’/gu, "'");
  const lower = plain.toLowerCase();
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
}

/** Words and stems already worked out: both are pure, and news text repeats its words. */
const stems = new Map<string, string>();
const words = new Map<string, string>();
const CACHE_MAX = 200_000;

export function stem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const result = /^\d/u.test(word) ? word : stemmer(word);
  if (stems.size >= CACHE_MAX) stems.clear();
  stems.set(word, result);
  return result;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = words.get(match[0]);
    if (word === undefined) {
      word = normalizeWord(match[0]);
      if (words.size >= CACHE_MAX) words.clear();
      words.set(match[0], word);
    }
    if (!word) continue;
    tokens.push({ word, stem: stem(word), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** The content tokens of a text: stopwords and one-letter words left out. */
export function contentTokens(text: string): Token[] {
  return tokenize(text).filter((t) => t.word.length > 1 && !STOPWORDS.has(t.word));
}

/** The stems of a text's content words, in order. */
export function contentStems(text: string): string[] {
  return contentTokens(text).map((t) => t.stem);
}
