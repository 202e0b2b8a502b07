// The article titles and sources (outlet and id) normalised, with the name searches the
// `article` autocomplete runs over them. Built by ingest and written into the store file.
import type { Corpus } from "./corpus.ts";
import { normalizeName } from "./entityNames.ts";
import { memoise } from "./memoise.ts";
import { namePostings, nameSearch, type NamePostings, type NameSearch } from "./nameSearch.ts";
import type { Article } from "../model/article.ts";
import type { StoredArticle } from "./schema.ts";

export interface ArticleNameTables {
  /** Per article, its title normalised, and its outlet and id normalised. */
  titleKeys: readonly string[];
  sourceKeys: readonly string[];
  titles: NamePostings;
  sources: NamePostings;
}

export const titleKey = (article: StoredArticle): string => normalizeName(article.title);
export const sourceKey = (article: StoredArticle): string => normalizeName(`${article.outlet ?? ""} ${article.id}`);

export function articleNameTables(articles: readonly StoredArticle[]): ArticleNameTables {
  const titleKeys = articles.map(titleKey);
  const sourceKeys = articles.map(sourceKey);
  return { titleKeys, sourceKeys, titles: namePostings(titleKeys), sources: namePostings(sourceKeys) };
}

export interface ArticleNames {
  /** By title, then by source. */
  readonly searches: readonly NameSearch<Article>[];
  readonly tables: ArticleNameTables;
}

/** The corpus's article searches: from the tables read with the store file, or else built on first use. */
export const articleNames: (corpus: Corpus) => ArticleNames = memoise((corpus: Corpus) => {
  const articles = corpus.store.articles;
  const tables = corpus.prebuilt.articleNames ?? articleNameTables(articles);
  return {
    searches: [nameSearch(tables.titleKeys, articles, {}, tables.titles), nameSearch(tables.sourceKeys, articles, {}, tables.sources)],
    tables,
  };
});
