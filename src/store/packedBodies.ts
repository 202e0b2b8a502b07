// The articles' bodies as the store file holds them: their body table packed as base64 typed
// arrays beside one text per article. Read back, the table is checked whole, and each article's
// paragraphs are built from it when first asked for: a 10,000-article store loads without
// making a million paragraph and sentence objects that most questions never read.
import { articleBody, type BodyTable } from "./bodyTable.ts";
import { float64s, int32s, pack } from "./packedNumbers.ts";
import type { Article } from "../model/article.ts";
import type { PackedBodies, StoredArticle } from "./schema.ts";
import { startsFit } from "./storedLists.ts";
import { mustHold, StoreFileProblem, unpacked } from "./storeFileProblem.ts";

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
      if (from >= to) throw new StoreFileProblem(`bodies.paragraphEnds leaves an empty paragraph in article ${article.id}`);
      for (let s = table.paragraphSentences[p] ?? 0; s < (table.paragraphSentences[p + 1] ?? 0); s++) {
        const start = table.sentenceSpans[2 * s] ?? -1;
        const end = table.sentenceSpans[2 * s + 1] ?? -1;
        if (start < 0 || start > end || end > to - from) throw new StoreFileProblem(`bodies.sentenceSpans has a sentence outside its paragraph in article ${article.id}`);
      }
      from = to;
    }
    if (from !== (table.texts[a] ?? "").length) throw new StoreFileProblem(`bodies.paragraphEnds does not cut article ${article.id}'s text into its paragraphs`);
  });
  return table;
}

/**
 * A loaded article: its head fields are its own, its paragraphs and sentence scores are read from the
 * body table when first asked for, then kept. JSON.stringify writes it whole, as a plain article.
 */
class LazyArticle {
  readonly #table: BodyTable;
  readonly #index: number;
  #body: Pick<Article, "paragraphs" | "sentenceScores"> | undefined;

  constructor(head: StoredArticle, table: BodyTable, index: number) {
    Object.assign(this, head);
    this.#table = table;
    this.#index = index;
  }

  #read(): Pick<Article, "paragraphs" | "sentenceScores"> {
    this.#body ??= articleBody(this.#table, this.#index);
    return this.#body;
  }

  get paragraphs(): Article["paragraphs"] {
    return this.#read().paragraphs;
  }

  get sentenceScores(): Article["sentenceScores"] {
    return this.#read().sentenceScores;
  }

  toJSON(): Article {
    return { ...(this as unknown as StoredArticle), ...this.#read() };
  }
}

/** The articles of the store file, each reading its body from `table` on first use. */
export const lazyArticles = (heads: readonly StoredArticle[], table: BodyTable): Article[] =>
  heads.map((head, a) => new LazyArticle(head, table, a) as unknown as Article);
