// Finds the article a command's `article` option names (id, or a title typed loosely); with one
// stored article the option may be left out.
import Fuse from "fuse.js";
import type { Corpus } from "../store/corpus.ts";
import type { Article } from "../model/article.ts";
import type { AnswerError } from "./contract.ts";

export function resolveArticle(corpus: Corpus, query: string | undefined): Article | AnswerError {
  const articles = corpus.store.articles;
  const wanted = query?.trim();
  if (!wanted) {
    const only = articles.length === 1 ? articles[0] : undefined;
    if (only) return only;
    return {
      error:
        articles.length === 0
          ? "No articles are stored yet: ingest some with `npm run ingest -- <files or folders>`."
          : `${articles.length} articles are stored: name one with the article option (see /sources).`,
    };
  }
  const exact = corpus.articles.get(wanted);
  if (exact) return exact;
  const fuse = new Fuse(articles, { keys: ["title", "id"], threshold: 0.4, ignoreLocation: true });
  const best = fuse.search(wanted, { limit: 1 })[0];
  if (best) return best.item;
  return { error: `No stored article matches "${wanted}": see /sources for the list.` };
}
