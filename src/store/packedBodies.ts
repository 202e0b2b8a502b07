// The articles' bodies as the store file holds them: their body table packed as base64 typed
// arrays beside one text per article. Read back, the table is checked whole, and each article's
// paragraphs are built from it when first asked for: a 10,000-article store loads without
// making a million paragraph and sentence objects that most questions never read.
import { articleBody, paragraphSpan, type BodyTable } from "./bodyTable.ts";
import { float64s, int32s, pack } from "./packedNumbers.ts";
import type { Article, PackedBodies, StoredArticle } from "./schema.ts";
import { startsFit } from "./storedLists.ts";
import { mustHold, unpacked } from "./storeFileProblem.ts";

export function packBodies(table: BodyTable): PackedBodies {
  return {
    texts: [...table.texts],
    articleParagraphs: pack(table.articleParagraphs),
    paragraphEnds: pack(table.paragraphEnds),
    paragraphSentences: pack(table.paragraphSentences),
    sentenceSpans: pack(table.sentenceSpans),
    sentenceScores: pack(table.sentenceScores),
  };
}

/** The body table read back, checked to fit the articles: every paragraph has text, every sentence lies in its paragraph. */
export function readBodies(packed: PackedBodies, articles: readonly StoredArticle[]): BodyTable {
  const table: BodyTable = {
    texts: packed.texts,
    articleParagraphs: unpacked(packed.articleParagraphs, int32s, "bodies.articleParagraphs"),
    paragraphEnds: unpacked(packed.paragraphEnds, int32s, "bodies.paragraphEnds"),
    paragraphSentences: unpacked(packed.paragraphSentences, int32s, "bodies.paragraphSentences"),
    sentenceSpans: unpacked(packed.sentenceSpans, int32s, "bodies.sentenceSpans"),
    sentenceScores: unpacked(packed.sentenceScores, float64s, "bodies.sentenceScores"),
  };
  const paragraphs = table.paragraphEnds.length;
  const sentences = table.sentenceScores.length;
  mustHold(table.texts.length === articles.length, "bodies.texts does not have one text per article");
  mustHold(startsFit(table.articleParagraphs, articles.length, paragraphs), "bodies.articleParagraphs does not fit the paragraphs");
  mustHold(startsFit(table.paragraphSentences, paragraphs, sentences), "bodies.paragraphSentences does not fit the sentences");
  mustHold(table.sentenceSpans.length === 2 * sentences, "bodies.sentenceSpans does not have one span per sentence");
  articles.forEach((article, a) => {
    let from = 0;
    for (let p = table.articleParagraphs[a] ?? 0; p < (table.articleParagraphs[a + 1] ?? 0); p++) {
      const to = table.paragraphEnds[p] ?? 0;
      mustHold(from < to, `bodies.paragraphEnds leaves an empty paragraph in article ${article.id}`);
      for (let s = table.paragraphSentences[p] ?? 0; s < (table.paragraphSentences[p + 1] ?? 0); s++) {
        const start = table.sentenceSpans[2 * s] ?? -1;
        const end = table.sentenceSpans[2 * s + 1] ?? -1;
        mustHold(start >= 0 && start <= end && end <= to - from, `bodies.sentenceSpans has a sentence outside its paragraph in article ${article.id}`);
      }
      from = to;
    }
    mustHold(from === (table.texts[a] ?? "").length, `bodies.paragraphEnds does not cut article ${article.id}'s text into its paragraphs`);
  });
  return table;
}

/** Article a with its paragraphs and sentence scores read from the table on first use, then kept. */
function lazyArticle(head: StoredArticle, table: BodyTable, a: number): Article {
  let body: Pick<Article, "paragraphs" | "sentenceScores"> | undefined;
  const read = () => (body ??= articleBody(table, a));
  return Object.defineProperties({ ...head }, {
    paragraphs: { get: () => read().paragraphs, enumerable: true },
    sentenceScores: { get: () => read().sentenceScores, enumerable: true },
  }) as Article;
}

export const lazyArticles = (heads: readonly StoredArticle[], table: BodyTable): Article[] => heads.map((head, a) => lazyArticle(head, table, a));

/** Whether a span lies within paragraph n of article a. */
export function spanFits(table: BodyTable, a: number, n: number, start: number, end: number): boolean {
  const span = paragraphSpan(table, a, n);
  return span !== null && start >= 0 && start <= end && end <= span[1] - span[0];
}

/** The text of a span of paragraph n of article a (which must fit). */
export function spanText(table: BodyTable, a: number, n: number, start: number, end: number): string {
  const from = paragraphSpan(table, a, n)?.[0] ?? 0;
  return (table.texts[a] ?? "").slice(from + start, from + end);
}
