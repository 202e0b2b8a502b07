// What the passage index holds of one article: each paragraph's sentences as content stems (a
// paragraph without sentences is one sentence), the article's distinct stems, and its words with
// how often each is written, the vocabulary that question typos are corrected against.
import { sentenceSpans, type Article } from "../../model/article.ts";
import { STOPWORDS, tokenize } from "../../nlp/tokens.ts";

export interface SentenceTerms {
  ordinal: number;
  start: number;
  end: number;
  score: number;
  /** The content stems of the sentence, in order, repeats kept (term frequency). */
  stems: string[];
}

export interface ParagraphTerms {
  n: number;
  text: string;
  sentences: SentenceTerms[];
}

export interface ArticleTerms {
  paragraphs: ParagraphTerms[];
  /** Every distinct content stem of the body. */
  stems: Set<string>;
  /** Every content word of the body, as written (normalised), with its number of uses. */
  words: Map<string, number>;
}

export function articleTerms(article: Article): ArticleTerms {
  const stems = new Set<string>();
  const words = new Map<string, number>();
  const paragraphs = article.paragraphs.map((paragraph): ParagraphTerms => {
    const scores = article.sentenceScores[paragraph.n - 1] ?? [];
    const sentences = sentenceSpans(paragraph).map(([start, end], ordinal): SentenceTerms => {
      const sentenceStems: string[] = [];
      for (const token of tokenize(paragraph.text.slice(start, end))) {
        if (token.word.length < 2 || STOPWORDS.has(token.word)) continue;
        sentenceStems.push(token.stem);
        stems.add(token.stem);
        words.set(token.word, (words.get(token.word) ?? 0) + 1);
      }
      return { ordinal, start, end, score: scores[ordinal] ?? 0, stems: sentenceStems };
    });
    return { n: paragraph.n, text: paragraph.text, sentences };
  });
  return { paragraphs, stems, words };
}
