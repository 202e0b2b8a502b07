// An inverted index over the body sentences and paragraphs of every article, with the BM25
// statistics /ask ranks by. Built once per Corpus (memoised); plain data, so ingest could precompute it.
import { contentTokens } from "../nlp/tokens.ts";
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
  private readonly ids = new Map<string, number[]>();
  private readonly tfs = new Map<string, number[]>();
  private readonly lengths: number[] = [];

  add(stems: readonly string[]): void {
    const id = this.lengths.length;
    this.lengths.push(stems.length);
    const counts = new Map<string, number>();
    for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
    for (const [s, count] of counts) {
      const ids = this.ids.get(s);
      if (ids) {
        ids.push(id);
        this.tfs.get(s)?.push(count);
      } else {
        this.ids.set(s, [id]);
        this.tfs.set(s, [count]);
      }
    }
  }

  build(): DocumentSet {
    const postings = new Map<string, Posting>();
    for (const [s, ids] of this.ids) {
      postings.set(s, { ids: Int32Array.from(ids), tfs: Uint16Array.from(this.tfs.get(s) ?? []) });
    }
    const total = this.lengths.reduce((a, b) => a + b, 0);
    return {
      postings,
      lengths: Uint32Array.from(this.lengths),
      averageLength: this.lengths.length > 0 ? total / this.lengths.length : 0,
    };
  }
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
  const byParagraph = new DocumentSetBuilder();
  const byArticle = new DocumentSetBuilder();
  const vocabulary = new Map<string, number>();
  articles.forEach((article, articleId) => {
    const articleStems: string[] = [];
    for (const paragraph of article.paragraphs) {
      const paragraphId = paragraphs.length;
      paragraphs.push({ article: article.id, paragraph: paragraph.n, firstSentence: sentences.length });
      paragraphArticle.push(articleId);
      const paragraphStems: string[] = [];
      sentenceSpans(paragraph).forEach(([start, end], i) => {
        const tokens = contentTokens(paragraph.text.slice(start, end));
        const stems = tokens.map((t) => t.stem);
        for (const t of tokens) vocabulary.set(t.word, (vocabulary.get(t.word) ?? 0) + 1);
        sentences.push({ article: article.id, paragraph: paragraph.n, sentence: i, start, end });
        sentenceParagraph.push(paragraphId);
        bySentence.add(stems);
        paragraphStems.push(...stems);
      });
      byParagraph.add(paragraphStems);
      articleStems.push(...paragraphStems);
    }
    byArticle.add(articleStems);
  });
  return {
    sentences,
    sentenceParagraph: Int32Array.from(sentenceParagraph),
    paragraphs,
    paragraphArticle: Int32Array.from(paragraphArticle),
    bySentence: bySentence.build(),
    byParagraph: byParagraph.build(),
    byArticle: byArticle.build(),
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
