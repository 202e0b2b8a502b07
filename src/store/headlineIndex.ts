// The other headlines of the coverage (the related blocks, then every stored article's title),
// deduplicated, with an inverted index over their words as flat arrays: /related ranks them by
// a topic without scanning every headline. Built by ingest and written into the store file.
import { contentTokens } from "../nlp/tokens.ts";
import type { Corpus } from "./corpus.ts";
import { memoise } from "./memoise.ts";
import type { RelatedHeadline } from "../model/article.ts";
import type { StoredArticle } from "./schema.ts";

export type Headline = RelatedHeadline & { article: string };

const TITLE_WEIGHT = 2;
const SNIPPET_WEIGHT = 1;

export interface HeadlineIndex {
  readonly headlines: readonly Headline[];
  /** The stems of the headlines' content words, by id, and the id of each. */
  readonly stems: readonly string[];
  readonly stemIds: ReadonlyMap<string, number>;
  /** The headlines holding stem s are ids[starts[s] … starts[s + 1] − 1], ascending, each with the weight of the stem there (title 2, snippet 1). */
  readonly starts: Int32Array;
  readonly ids: Int32Array;
  readonly weights: Uint8Array;
  /** The indexed words in the order first met, with the id of each one's stem, and their ids by first letter for correcting a mistyped topic. */
  readonly words: readonly string[];
  readonly wordStems: Int32Array;
  readonly wordsByLetter: ReadonlyMap<string, readonly number[]>;
}

const normalise = (title: string) => title.toLowerCase().replace(/[’']/gu, "'").replace(/\s+/gu, " ").trim();

/** The headlines /related lists: every related headline, then (with more than one article) every article's title, each title once. */
export function collectHeadlines(articles: readonly StoredArticle[]): Headline[] {
  const seen = new Set<string>();
  const headlines: Headline[] = [];
  const add = (headline: Headline) => {
    const key = normalise(headline.title);
    if (seen.has(key)) return;
    seen.add(key);
    headlines.push(headline);
  };
  for (const article of articles) {
    for (const related of article.related) add({ ...related, article: article.id });
  }
  if (articles.length > 1) {
    for (const article of articles) add({ title: article.title, ...(article.outlet ? { outlet: article.outlet } : {}), article: article.id });
  }
  return headlines;
}

/** The stems of a headline with their weights there: a stem of the title counts as the title. */
export function headlineStems(headline: Headline): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (text: string | undefined, weight: number) => {
    for (const token of contentTokens(text ?? "")) weights.set(token.stem, Math.max(weights.get(token.stem) ?? 0, weight));
  };
  add(headline.title, TITLE_WEIGHT);
  add(headline.snippet, SNIPPET_WEIGHT);
  return weights;
}

/** The words of the headlines (title, then snippet) in the order first met, each with its stem. */
function headlineWords(headlines: readonly Headline[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const headline of headlines) {
    for (const text of [headline.title, headline.snippet ?? ""]) for (const token of contentTokens(text)) if (!words.has(token.word)) words.set(token.word, token.stem);
  }
  return words;
}

/** The index over `headlines` from its stems, postings and words: what ingest builds and the store file holds. */
export function headlineIndexOf(
  headlines: readonly Headline[],
  stems: readonly string[],
  postings: Pick<HeadlineIndex, "starts" | "ids" | "weights">,
  words: readonly string[],
  wordStems: Int32Array,
): HeadlineIndex {
  const wordsByLetter = new Map<string, number[]>();
  words.forEach((word, id) => {
    const letter = word[0] ?? "";
    const list = wordsByLetter.get(letter);
    if (list) list.push(id);
    else wordsByLetter.set(letter, [id]);
  });
  return { headlines, stems, stemIds: new Map(stems.map((stem, id) => [stem, id])), ...postings, words, wordStems, wordsByLetter };
}

export function buildHeadlineIndex(articles: readonly StoredArticle[]): HeadlineIndex {
  const headlines = collectHeadlines(articles);
  const stemIds = new Map<string, number>();
  const perHeadline = headlines.map((headline) => {
    const entries: [number, number][] = [];
    for (const [stem, weight] of headlineStems(headline)) {
      let id = stemIds.get(stem);
      if (id === undefined) stemIds.set(stem, (id = stemIds.size));
      entries.push([id, weight]);
    }
    return entries;
  });
  const starts = new Int32Array(stemIds.size + 1);
  for (const entries of perHeadline) for (const [stem] of entries) starts[stem + 1] = (starts[stem + 1] ?? 0) + 1;
  for (let s = 1; s < starts.length; s++) starts[s] = (starts[s] ?? 0) + (starts[s - 1] ?? 0);
  const next = starts.slice(0, -1);
  const ids = new Int32Array(starts.at(-1) ?? 0);
  const weights = new Uint8Array(ids.length);
  perHeadline.forEach((entries, h) => {
    for (const [stem, weight] of entries) {
      const slot = next[stem] ?? 0;
      next[stem] = slot + 1;
      ids[slot] = h;
      weights[slot] = weight;
    }
  });
  const words = headlineWords(headlines);
  const wordStems = Int32Array.from(words.values(), (stem) => stemIds.get(stem) ?? -1);
  return headlineIndexOf(headlines, [...stemIds.keys()], { starts, ids, weights }, [...words.keys()], wordStems);
}

/** The corpus's headline index: the one read from the store file, or else built on first use. */
export const headlineIndex: (corpus: Corpus) => HeadlineIndex = memoise((corpus: Corpus) => corpus.prebuilt.headlineIndex ?? buildHeadlineIndex(corpus.store.articles));
