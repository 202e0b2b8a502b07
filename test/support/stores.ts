// Stores for tests: an in-memory SQLite store filled with given articles (each analysed as ingest
// would), or a store file in a temporary folder filled from source files through ingest.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestSources } from "../../src/app/ingestSources.ts";
import type { ArticleAnalysis } from "../../src/model/analysis.ts";
import type { Article } from "../../src/model/article.ts";
import { analyseArticle } from "../../src/nlp/analyse.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";

/** A store in memory holding `articles`, in order. */
export async function storeOf(articles: readonly Article[]): Promise<CoverageStore> {
  const store = openSqliteStore(":memory:");
  for (const article of articles) await store.putArticle(analyseArticle(article), { path: article.sourcePath, hash: article.contentHash });
  return store;
}

/** A fresh store file path in a temporary folder. */
export const tempStorePath = (name = "coverage.db"): string => join(mkdtempSync(join(tmpdir(), "coverage-store-")), name);

/** A store file (in a temporary folder unless `path` is given) with the source files or folders ingested. */
export async function ingestedStore(sources: readonly string[], path = tempStorePath()): Promise<CoverageStore> {
  const store = openSqliteStore(path);
  await ingestSources(store, sources);
  return store;
}

/** The seed article alone, as a fresh clone's store holds it. */
export const seedStore = (): Promise<CoverageStore> => ingestedStore(["data/sources"]);

/** A store in memory holding articles with the entities given for each (and no quotes). */
export async function storeOfAnalyses(analyses: readonly ArticleAnalysis[]): Promise<CoverageStore> {
  const store = openSqliteStore(":memory:");
  for (const analysis of analyses) await store.putArticle(analysis, { path: analysis.article.sourcePath, hash: analysis.article.contentHash });
  return store;
}
