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

export interface StoreIdf {
  idf: Idf;
  /** Reads these stems' frequencies in one query, ahead of the comparisons that weigh them. */
  load(stems: Iterable<string>): void;
}

/** The inverse document frequencies as the store holds them now, each stem read once. */
export function storeIdf(db: Database): StoreIdf {
  const articles = (statement(db, "SELECT articles FROM story_totals").get() as { articles: number }).articles;
  const read = statement(db, "SELECT articles FROM story_term WHERE stem = ?");
  const readMany = statement(db, "SELECT t.stem AS stem, t.articles AS articles FROM json_each(?) j JOIN story_term t ON t.stem = j.value");
  const known = new Map<string, number>();
  return {
    idf: (stem) => {
      let idf = known.get(stem);
      if (idf === undefined) {
        idf = inverseDocumentFrequency(articles, (read.get(stem) as { articles: number } | undefined)?.articles ?? 0);
        known.set(stem, idf);
      }
      return idf;
    },
    load: (stems) => {
      const wanted = [...new Set(stems)].filter((stem) => !known.has(stem));
      for (const row of readMany.all(JSON.stringify(wanted)) as { stem: string; articles: number }[]) {
        known.set(row.stem, inverseDocumentFrequency(articles, row.articles));
      }
    },
  };
}
