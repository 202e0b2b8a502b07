// The document frequencies story grouping weighs words by: in how many stored articles each stem
// occurs, and how many articles there are, kept up to date as articles come and go.
import type { Database } from "better-sqlite3";
import { inverseDocumentFrequency, type Idf } from "../../../nlp/stories/similarity.ts";
import { statement } from "../statement.ts";

/** Adds (sign 1) or takes away (sign −1) one article's stems. */
export function countStoryTerms(db: Database, stems: Iterable<string>, sign: 1 | -1): void {
  const upsert = statement(
    db,
    `INSERT INTO story_term (stem, articles) VALUES (?, ?)
     ON CONFLICT (stem) DO UPDATE SET articles = articles + excluded.articles RETURNING articles`,
  );
  const drop = statement(db, "DELETE FROM story_term WHERE stem = ?");
  for (const stem of stems) {
    if ((upsert.get(stem, sign) as { articles: number }).articles <= 0) drop.run(stem);
  }
  statement(db, "UPDATE story_totals SET articles = articles + ?").run(sign);
}

/** The inverse document frequencies as the store holds them now, each stem read once. */
export function storeIdf(db: Database): Idf {
  const articles = (statement(db, "SELECT articles FROM story_totals").get() as { articles: number }).articles;
  const read = statement(db, "SELECT articles FROM story_term WHERE stem = ?");
  const known = new Map<string, number>();
  return (stem) => {
    let idf = known.get(stem);
    if (idf === undefined) {
      idf = inverseDocumentFrequency(articles, (read.get(stem) as { articles: number } | undefined)?.articles ?? 0);
      known.set(stem, idf);
    }
    return idf;
  };
}
