// Every article body in a few flat arrays: per article its paragraph texts as one string, and per
// paragraph and sentence their offsets and scores. The store file holds bodies this way, a loaded
// store reads an article's paragraphs from it only when they are first asked for, and the /ask
// index is laid out from it without touching a paragraph object.
import type { Article, Paragraph, Span } from "../model/article.ts";

export interface BodyTable {
  /** Per article, the texts of its paragraphs one after another. */
  readonly texts: readonly string[];
  /** The paragraphs of article a are numbered articleParagraphs[a] … articleParagraphs[a + 1] − 1. */
  readonly articleParagraphs: Int32Array;
  /** Per paragraph, where its text ends in its article's text. */
  readonly paragraphEnds: Int32Array;
  /** The sentences of paragraph p are numbered paragraphSentences[p] … paragraphSentences[p + 1] − 1. */
  readonly paragraphSentences: Int32Array;
  /** Per sentence, start and end in its paragraph's text. */
  readonly sentenceSpans: Int32Array;
  /** Per sentence, its summary score. */
  readonly sentenceScores: Float64Array;
}

function refuse(article: Article, problem: string): never {
  throw new Error(`refusing to store article ${article.id}: ${problem}`);
}

/** The bodies of `articles` as a table; an article whose paragraphs are misnumbered or unscored is refused. */
export function bodyTable(articles: readonly Article[]): BodyTable {
  const texts: string[] = [];
  const articleParagraphs = [0];
  const paragraphEnds: number[] = [];
  const paragraphSentences = [0];
  const sentenceSpans: number[] = [];
  const sentenceScores: number[] = [];
  for (const article of articles) {
    if (article.sentenceScores.length !== article.paragraphs.length) refuse(article, "its sentence scores do not match its paragraphs");
    const parts: string[] = [];
    let length = 0;
    article.paragraphs.forEach((paragraph, i) => {
      if (paragraph.n !== i + 1) refuse(article, `paragraph ${i + 1} is numbered ${paragraph.n}`);
      const scores = article.sentenceScores[i] ?? [];
      if (scores.length !== paragraph.sentences.length) refuse(article, `paragraph ${paragraph.n} has not one score per sentence`);
      parts.push(paragraph.text);
      length += paragraph.text.length;
      paragraphEnds.push(length);
      paragraph.sentences.forEach(([start, end], k) => {
        sentenceSpans.push(start, end);
        sentenceScores.push(scores[k] ?? 0);
      });
      paragraphSentences.push(sentenceScores.length);
    });
    texts.push(parts.join(""));
    articleParagraphs.push(paragraphEnds.length);
  }
  return {
    texts,
    articleParagraphs: Int32Array.from(articleParagraphs),
    paragraphEnds: Int32Array.from(paragraphEnds),
    paragraphSentences: Int32Array.from(paragraphSentences),
    sentenceSpans: Int32Array.from(sentenceSpans),
    sentenceScores: Float64Array.from(sentenceScores),
  };
}

/** Where paragraph n of article a starts in the article's text, or −1 when the article has no such paragraph. */
function paragraphStart(table: BodyTable, a: number, n: number): number {
  const first = table.articleParagraphs[a] ?? 0;
  const p = first + n - 1;
  if (n < 1 || p >= (table.articleParagraphs[a + 1] ?? 0)) return -1;
  return p === first ? 0 : (table.paragraphEnds[p - 1] ?? 0);
}

/** Whether [start, end) is a span of paragraph n of article a. */
export function spanFits(table: BodyTable, a: number, n: number, start: number, end: number): boolean {
  const from = paragraphStart(table, a, n);
  if (from < 0 || start < 0 || start > end) return false;
  return end <= (table.paragraphEnds[(table.articleParagraphs[a] ?? 0) + n - 1] ?? 0) - from;
}

/** The text of a span of paragraph n of article a (which must fit). */
export function spanText(table: BodyTable, a: number, n: number, start: number, end: number): string {
  const from = paragraphStart(table, a, n);
  return (table.texts[a] ?? "").slice(from + start, from + end);
}

/** The paragraphs and sentence scores of article a. */
export function articleBody(table: BodyTable, a: number): Pick<Article, "paragraphs" | "sentenceScores"> {
  const text = table.texts[a] ?? "";
  const paragraphs: Paragraph[] = [];
  const sentenceScores: number[][] = [];
  let from = 0;
  for (let p = table.articleParagraphs[a] ?? 0; p < (table.articleParagraphs[a + 1] ?? 0); p++) {
    const to = table.paragraphEnds[p] ?? 0;
    const sentences: Span[] = [];
    const scores: number[] = [];
    for (let s = table.paragraphSentences[p] ?? 0; s < (table.paragraphSentences[p + 1] ?? 0); s++) {
      sentences.push([table.sentenceSpans[2 * s] ?? 0, table.sentenceSpans[2 * s + 1] ?? 0]);
      scores.push(table.sentenceScores[s] ?? 0);
    }
    paragraphs.push({ n: paragraphs.length + 1, text: text.slice(from, to), sentences });
    sentenceScores.push(scores);
    from = to;
  }
  return { paragraphs, sentenceScores };
}
