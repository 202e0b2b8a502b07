// An inverted index over the body sentences and paragraphs of every article, with the BM25
// statistics /ask ranks by. Built once per Corpus (memoised); plain data, so ingest could precompute it.
import { forEachContentWord } from "../nlp/tokens.ts";
import type { Corpus } from "./corpus.ts";
import type { Article } from "./schema.ts";

/** Which documents hold a term, and how often: parallel arrays sorted by document id. */
export interface Posting {
  ids: Int32Array;
  tfs: Uint16Array;
}

export interface SentenceUnit {
  article: string;
  paragraph: number;
  /** Index of the sentence in its paragraph. */
  sentence: number;
  start: number;
  end: number;
}

export interface DocumentSet {
  postings: ReadonlyMap<string, Posting>;
  lengths: Uint32Array;
  averageLength: number;
}

export interface PassageIndex {
  sentences: readonly SentenceUnit[];
  /** The paragraph (index into `paragraphs`) of each sentence. */
  sentenceParagraph: Int32Array;
  paragraphs: readonly { article: string; paragraph: number; firstSentence: number }[];
  /** The article (index into the store's articles) of each paragraph. */
  paragraphArticle: Int32Array;
  bySentence: DocumentSet;
  byParagraph: DocumentSet;
  byArticle: DocumentSet;
  /** Every content word of the bodies with its number of occurrences: the vocabulary typos are corrected against. */
  vocabulary: ReadonlyMap<string, number>;
}

class DocumentSetBuilder {
  private readonly postings = new Map<string, { ids: number[]; tfs: number[] }>();
  private readonly lengths: number[] = [];
  private readonly counts = new Map<string, number>();

  add(stems: readonly string[]): void {
    const id = this.lengths.length;
    this.lengths.push(stems.length);
    const counts = this.counts;
    counts.clear();
    for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
    for (const [s, count] of counts) {
      const posting = this.postings.get(s);
      if (posting) {
        posting.ids.push(id);
        posting.tfs.push(count);
      } else {
        this.postings.set(s, { ids: [id], tfs: [count] });
      }
    }
  }

  build(): DocumentSet {
    const postings = new Map<string, Posting>();
    for (const [s, { ids, tfs }] of this.postings) postings.set(s, { ids: Int32Array.from(ids), tfs: Uint16Array.from(tfs) });
    const total = this.lengths.reduce((a, b) => a + b, 0);
    return {
      postings,
      lengths: Uint32Array.from(this.lengths),
      averageLength: this.lengths.length > 0 ? total / this.lengths.length : 0,
    };
  }
}

/** The same postings one level up (sentences → paragraphs → articles): `parentOf` maps each document to its parent, in order. */
function rollUp(set: DocumentSet, parentOf: Int32Array, parents: number): DocumentSet {
  const postings = new Map<string, Posting>();
  for (const [s, { ids, tfs }] of set.postings) {
    const up: number[] = [];
    const upTfs: number[] = [];
    for (let k = 0; k < ids.length; k++) {
      const parent = parentOf[ids[k] ?? 0] ?? 0;
      const last = up.length - 1;
      if (up[last] === parent) upTfs[last] = (upTfs[last] ?? 0) + (tfs[k] ?? 0);
      else {
        up.push(parent);
        upTfs.push(tfs[k] ?? 0);
      }
    }
    postings.set(s, { ids: Int32Array.from(up), tfs: Uint16Array.from(upTfs, (tf) => Math.min(tf, 65535)) });
  }
  const lengths = new Uint32Array(parents);
  set.lengths.forEach((length, id) => {
    const parent = parentOf[id] ?? 0;
    lengths[parent] = (lengths[parent] ?? 0) + length;
  });
  const total = lengths.reduce((a, b) => a + b, 0);
  return { postings, lengths, averageLength: parents > 0 ? total / parents : 0 };
}

/** The sentence spans of a paragraph, or the whole paragraph when it has none. */
export function sentenceSpans(paragraph: Article["paragraphs"][number]): [number, number][] {
  return paragraph.sentences.length > 0 ? paragraph.sentences : [[0, paragraph.text.length]];
}

export function buildPassageIndex(articles: readonly Article[]): PassageIndex {
  const sentences: SentenceUnit[] = [];
  const sentenceParagraph: number[] = [];
  const paragraphs: { article: string; paragraph: number; firstSentence: number }[] = [];
  const paragraphArticle: number[] = [];
  const bySentence = new DocumentSetBuilder();
  const vocabulary = new Map<string, number>();
  articles.forEach((article, articleId) => {
    for (const paragraph of article.paragraphs) {
      const paragraphId = paragraphs.length;
      paragraphs.push({ article: article.id, paragraph: paragraph.n, firstSentence: sentences.length });
      paragraphArticle.push(articleId);
      sentenceSpans(paragraph).forEach(([start, end], i) => {
        const stems: string[] = [];
        forEachContentWord(paragraph.text.slice(start, end), (word, stem) => {
          stems.push(stem);
          vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
        });
        sentences.push({ article: article.id, paragraph: paragraph.n, sentence: i, start, end });
        sentenceParagraph.push(paragraphId);
        bySentence.add(stems);
      });
    }
  });
  const sentenceSet = bySentence.build();
  const sentenceParents = Int32Array.from(sentenceParagraph);
  const paragraphParents = Int32Array.from(paragraphArticle);
  const paragraphSet = rollUp(sentenceSet, sentenceParents, paragraphs.length);
  return {
    sentences,
    sentenceParagraph: sentenceParents,
    paragraphs,
    paragraphArticle: paragraphParents,
    bySentence: sentenceSet,
    byParagraph: paragraphSet,
    byArticle: rollUp(paragraphSet, paragraphParents, articles.length),
    vocabulary,
  };
}

const built = new WeakMap<Corpus, PassageIndex>();

/** The corpus's passage index, built on first use and kept for the corpus's lifetime. */
export function passageIndex(corpus: Corpus): PassageIndex {
  let index = built.get(corpus);
  if (!index) {
    index = buildPassageIndex(corpus.store.articles);
    built.set(corpus, index);
  }
  return index;
}
