// The document frequencies story grouping weighs words by: in how many stored articles each stem
// occurs, and how many articles there are, kept up to date as articles come and go. Grouping is
// synchronous, so the frequencies it will ask for are read first, in one query per batch.
import { inverseDocumentFrequency, type Idf } from "../../../nlp/stories/similarity.ts";
import { first, rows, type Db } from "../connection.ts";

/** Adds (sign 1) or takes away (sign −1) one article's stems. */
export async function countStoryTerms(db: Db, stems: Iterable<string>, sign: 1 | -1): Promise<void> {
  const distinct = [...new Set(stems)];
  if (distinct.length > 0) {
    await rows(
      db,
      `INSERT INTO story_term (stem, articles) SELECT s, $2 FROM unnest($1::text[]) AS s
       ON CONFLICT (stem) DO UPDATE SET articles = story_term.articles + excluded.articles`,
      [distinct, sign],
    );
    if (sign < 0) await rows(db, "DELETE FROM story_term WHERE stem = ANY($1::text[]) AND articles <= 0", [distinct]);
  }
  await rows(db, "UPDATE story_totals SET articles = articles + $1", [sign]);
}

export interface StoreIdf {
  /** The weight of a stem loaded beforehand. */
  idf: Idf;
  /** Reads these stems' frequencies, ahead of the comparisons that weigh them. */
  load(stems: Iterable<string>): Promise<void>;
}

/** The inverse document frequencies as the store holds them now, each stem read once. */
export async function storeIdf(db: Db): Promise<StoreIdf> {
  const articles = (await first<{ articles: number }>(db, "SELECT articles FROM story_totals"))?.articles ?? 0;
  const known = new Map<string, number>();
  return {
    idf: (stem) => {
      const idf = known.get(stem);
      if (idf === undefined) throw new Error(`story grouping weighed "${stem}" before its frequency was read`);
      return idf;
    },
    load: async (stems) => {
      const wanted = [...new Set(stems)].filter((stem) => !known.has(stem));
      if (wanted.length === 0) return;
      const found = await rows<{ stem: string; articles: number }>(db, "SELECT stem, articles FROM story_term WHERE stem = ANY($1::text[])", [wanted]);
      const counts = new Map(found.map((r) => [r.stem, r.articles]));
      for (const stem of wanted) known.set(stem, inverseDocumentFrequency(articles, counts.get(stem) ?? 0));
    },
  };
}
