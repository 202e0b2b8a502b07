// STUB (replaced by the quote-attribution work): people, organisations and quotes of all articles.
import type { Article, Entity, Quote } from "../store/schema.ts";

export interface Analysis {
  entities: Entity[];
  quotes: Quote[];
}

export function analyseArticles(_articles: readonly Article[]): Analysis {
  return { entities: [], quotes: [] };
}
