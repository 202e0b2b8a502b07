// A whole article as both backends read it back: its row, and each paragraph with its sentence spans
// and their summary scores, made into the model's Article.
import type { Article, RelatedHeadline, Section } from "../../model/article.ts";
import type { SummaryRow } from "./articleSummary.ts";

export type ArticleRow = SummaryRow & { byline: string | null; hash: string; sections: string; captions: string; related: string };

/** A paragraph read back: its number, text and sentences as [start, end, score]. */
export interface ParagraphRow {
  n: number;
  text: string;
  spans: readonly (readonly [number, number, number])[];
}

export function toArticle(row: ArticleRow, paragraphs: readonly ParagraphRow[]): Article {
  return {
    id: row.id,
    title: row.title,
    ...(row.outlet ? { outlet: row.outlet } : {}),
    ...(row.url ? { url: row.url } : {}),
    ...(row.published ? { published: row.published } : {}),
    ...(row.byline ? { byline: row.byline } : {}),
    sourcePath: row.sourcePath,
    contentHash: row.hash,
    sections: JSON.parse(row.sections) as Section[],
    paragraphs: paragraphs.map((p) => ({ n: p.n, text: p.text, sentences: p.spans.map(([start, end]): [number, number] => [start, end]) })),
    captions: JSON.parse(row.captions) as string[],
    related: JSON.parse(row.related) as RelatedHeadline[],
    sentenceScores: paragraphs.map((p) => p.spans.map(([, , score]) => score)),
  };
}
