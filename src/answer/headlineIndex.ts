// The other headlines of the coverage, deduplicated, with an inverted index over their words,
// built once per corpus: /related ranks them by a topic without scanning every headline.
import type { Corpus } from "../store/corpus.ts";
import { memoise } from "../store/memoise.ts";
import { contentTokens } from "../nlp/tokens.ts";
import type { RelatedResult } from "./contract.ts";
import { editDistance } from "./typoCorrection.ts";

export type Headline = RelatedResult["headlines"][number];

const TITLE_WEIGHT = 2;
const SNIPPET_WEIGHT = 1;

export interface HeadlineIndex {
  readonly headlines: readonly Headline[];
  /** Stem → (headline index → weight of the stem in that headline). */
  readonly postings: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** The indexed words by first letter, for correcting a mistyped topic. */
  readonly wordsByLetter: ReadonlyMap<string, readonly string[]>;
  /** Word → its stem. */
  readonly stems: ReadonlyMap<string, string>;
}

const normalise = (title: string) => title.toLowerCase().replace(/[’']/gu, "'").replace(/\s+/gu, " ").trim();

function collect(corpus: Corpus): Headline[] {
  const seen = new Set<string>();
  const headlines: Headline[] = [];
  const add = (headline: Headline) => {
    const key = normalise(headline.title);
    if (seen.has(key)) return;
    seen.add(key);
    headlines.push(headline);
  };
  for (const article of corpus.store.articles) {
    for (const related of article.related) add({ ...related, article: article.id });
  }
  if (corpus.store.articles.length > 1) {
    for (const article of corpus.store.articles) {
      add({ title: article.title, ...(article.outlet ? { outlet: article.outlet } : {}), article: article.id });
    }
  }
  return headlines;
}

export function buildHeadlineIndex(corpus: Corpus): HeadlineIndex {
  const headlines = collect(corpus);
  const postings = new Map<string, Map<number, number>>();
  const stems = new Map<string, string>();
  const index = (text: string | undefined, id: number, weight: number) => {
    for (const token of contentTokens(text ?? "")) {
      stems.set(token.word, token.stem);
      let posting = postings.get(token.stem);
      if (!posting) postings.set(token.stem, (posting = new Map()));
      posting.set(id, Math.max(posting.get(id) ?? 0, weight));
    }
  };
  headlines.forEach((headline, id) => {
    index(headline.title, id, TITLE_WEIGHT);
    index(headline.snippet, id, SNIPPET_WEIGHT);
  });
  const wordsByLetter = new Map<string, string[]>();
  for (const word of stems.keys()) {
    const letter = word[0] ?? "";
    const list = wordsByLetter.get(letter);
    if (list) list.push(word);
    else wordsByLetter.set(letter, [word]);
  }
  return { headlines, postings, wordsByLetter, stems };
}

export const headlineIndex: (corpus: Corpus) => HeadlineIndex = memoise(buildHeadlineIndex);

/** The indexed stem a topic word stands for: itself, or the closest indexed word for a typo. */
function topicStem(index: HeadlineIndex, word: string, stem: string): string | null {
  if (index.postings.has(stem)) return stem;
  if (word.length < 4) return null;
  const maxEdits = word.length <= 5 ? 1 : 2;
  let best: { word: string; edits: number } | null = null;
  for (const candidate of index.wordsByLetter.get(word[0] ?? "") ?? []) {
    if (Math.abs(candidate.length - word.length) > maxEdits) continue;
    const edits = editDistance(word, candidate);
    if (edits <= maxEdits && (!best || edits < best.edits)) best = { word: candidate, edits };
  }
  return best ? (index.stems.get(best.word) ?? null) : null;
}

/** Headlines sharing the topic's words, best first: rarer words and title matches count more. */
export function searchHeadlines(index: HeadlineIndex, topic: string): Headline[] {
  const scores = new Map<number, number>();
  const total = index.headlines.length;
  for (const token of contentTokens(topic)) {
    const stem = topicStem(index, token.word, token.stem);
    const posting = stem ? index.postings.get(stem) : undefined;
    if (!posting) continue;
    const idf = Math.log(1 + total / posting.size);
    for (const [id, weight] of posting) scores.set(id, (scores.get(id) ?? 0) + idf * weight);
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([id]) => index.headlines[id])
    .filter((h): h is Headline => h !== undefined);
}
