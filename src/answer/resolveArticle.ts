// Finds the article a command's `article` option names (id, or a title typed loosely); with one
// stored article the option may be left out.
import type { Article } from "../model/article.ts";
import { findArticle } from "../search/findArticle.ts";
import type { CoverageStore } from "../store/coverageStore.ts";
import type { AnswerError } from "./contract.ts";
import { noArticle } from "./notFound.ts";

export async function resolveArticle(store: CoverageStore, query: string | undefined): Promise<Article | AnswerError> {
  const wanted = query?.trim();
  if (!wanted) {
    const count = await store.articleCount();
    const only = count === 1 ? (await store.listArticles(1))[0] : undefined;
    const article = only ? await store.article(only.id) : null;
    if (article) return article;
    return {
      error:
        count === 0
          ? "No articles are stored yet: ingest some with `npm run ingest -- <files or folders>`."
          : `${count} articles are stored: name one with the article option (see /sources).`,
    };
  }
  const exact = await store.article(wanted);
  if (exact) return exact;
  const found = await findArticle(store, wanted);
  const article = found ? await store.article(found.id) : null;
  return article ?? noArticle(wanted);
}
