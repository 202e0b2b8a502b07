// The article name tables as written into the store file and read back. Tables that do not fit
// the articles, or that another version of the name normalisation built, are left unread and the
// caller builds fresh ones.
import { sourceKey, titleKey, type ArticleNameTables } from "./articleNames.ts";
import { NAME_TABLES_VERSION } from "./storedEntityNames.ts";
import type { StoredArticle, StoredArticleNames } from "./schema.ts";
import { SPOT_CHECK_EVERY } from "./storedLists.ts";
import { packNamePostings, unpackNamePostings } from "./storedPostings.ts";

export function packArticleNames(tables: ArticleNameTables): StoredArticleNames {
  return {
    version: NAME_TABLES_VERSION,
    titleKeys: [...tables.titleKeys],
    sourceKeys: [...tables.sourceKeys],
    titles: packNamePostings(tables.titles),
    sources: packNamePostings(tables.sources),
  };
}

export function unpackArticleNames(stored: StoredArticleNames, articles: readonly StoredArticle[]): ArticleNameTables | null {
  if (stored.version !== NAME_TABLES_VERSION) return null;
  if (stored.titleKeys.length !== articles.length || stored.sourceKeys.length !== articles.length) return null;
  for (let a = 0; a < articles.length; a += SPOT_CHECK_EVERY) {
    const article = articles[a];
    if (!article || titleKey(article) !== stored.titleKeys[a] || sourceKey(article) !== stored.sourceKeys[a]) return null;
  }
  const titles = unpackNamePostings(stored.titles, articles.length);
  const sources = unpackNamePostings(stored.sources, articles.length);
  if (!titles || !sources) return null;
  return { titleKeys: stored.titleKeys, sourceKeys: stored.sourceKeys, titles, sources };
}
