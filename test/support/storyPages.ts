// The pages of test/fixtures/stories (and a few corpus pages) analysed as ingest analyses them, once
// per test file, so grouping tests can file them in any order without parsing them again.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyseFile } from "../../src/ingest/analyseFile.ts";
import type { ArticleAnalysis } from "../../src/model/analysis.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";

export const STORY_PAGES = "test/fixtures/stories";

/** The page at `path` analysed, its source path as stored being `path`. */
export function analysePage(path: string): ArticleAnalysis {
  const result = analyseFile({ path, storedPath: path, bytes: readFileSync(path), hash: path });
  if (!result.ok) throw new Error(`${path}: ${result.reason}`);
  return result.analysis;
}

/** Every stories page analysed, by file name, in file-name order. */
export function storyPageAnalyses(): Map<string, ArticleAnalysis> {
  const files = readdirSync(STORY_PAGES)
    .filter((f) => f.endsWith(".html"))
    .sort();
  return new Map(files.map((file) => [file, analysePage(join(STORY_PAGES, file))]));
}

/** Each stories page's gold event, by file name. */
export function goldEvents(): Map<string, string> {
  const gold = JSON.parse(readFileSync(join(STORY_PAGES, "stories.json"), "utf8")) as { file: string; story: string }[];
  return new Map(gold.map((g) => [g.file, g.story]));
}

/** Files `analysis` as ingest does (its source path and hash as its source). */
export const file = (store: CoverageStore, analysis: ArticleAnalysis) =>
  store.putArticle(analysis, { path: analysis.article.sourcePath, hash: analysis.article.contentHash });

/** The store's grouping as sets of source paths, in a form two groupings compare by (sorted). */
export async function groupingOf(store: CoverageStore): Promise<string[][]> {
  const byId = new Map((await store.listArticles(10_000)).map((a) => [a.id, a.sourcePath]));
  const stories = await store.stories(10_000);
  return stories.map((s) => s.articles.map((a) => byId.get(a.id) ?? a.id).sort()).sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
}

/** A store in memory holding every stories page, filed in file-name order as ingest files them. */
export async function storiesStore(): Promise<CoverageStore> {
  const store = openSqliteStore(":memory:");
  for (const analysis of storyPageAnalyses().values()) await file(store, analysis);
  return store;
}
