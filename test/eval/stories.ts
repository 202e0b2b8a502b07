// The story grouping scored: the 60 pages of test/fixtures/stories (20 events × 3 outlets) ingested
// with the seed and every corpus page, as an operator would, then the stored stories compared with
// stories.json by B-cubed precision, recall and F1; the seed and each corpus article must stay alone.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { ingestedStore } from "../support/stores.ts";
import { formatRows, type EvalRow } from "./ask.ts";
import { bcubed, type BCubed } from "./bcubed.ts";

const STORIES = "test/fixtures/stories";
const CORPUS = "test/fixtures/corpus";

interface GoldEntry {
  file: string;
  story: string;
}

/** Every source the grouping is scored on: the stories' folder, the seed and each corpus page. */
export function storySources(): string[] {
  const corpus = readdirSync(CORPUS)
    .map((slug) => join(CORPUS, slug, "source.html"))
    .filter((path) => existsSync(path));
  return [STORIES, "data/sources", ...corpus];
}

/** Each source path's gold story: its stories.json event, or itself alone. */
export function goldStories(paths: readonly string[]): Map<string, string> {
  const gold = JSON.parse(readFileSync(join(STORIES, "stories.json"), "utf8")) as GoldEntry[];
  const byFile = new Map(gold.map((g) => [g.file, g.story]));
  return new Map(paths.map((path) => [path, (path.startsWith(STORIES) && byFile.get(basename(path))) || path]));
}

export interface StoriesEval {
  scores: BCubed;
  articles: number;
  stories: number;
  /** Seed and corpus articles that share a story with another article. */
  notAlone: string[];
  rows: EvalRow[];
}

export async function runStoriesEval(): Promise<StoriesEval> {
  const store = await ingestedStore(storySources());
  try {
    const articles = await store.listArticles(10_000);
    const stories = await store.stories(10_000);
    const storyOf = new Map<string, string>();
    for (const story of stories) for (const a of story.articles) storyOf.set(a.id, story.id);
    const paths = articles.map((a) => a.sourcePath);
    const system = new Map(articles.map((a) => [a.sourcePath, storyOf.get(a.id) ?? a.id]));
    const scores = bcubed(paths, system, goldStories(paths));
    const sizes = new Map<string, number>();
    for (const story of system.values()) sizes.set(story, (sizes.get(story) ?? 0) + 1);
    const notAlone = paths.filter((p) => !p.startsWith(STORIES) && (sizes.get(system.get(p) ?? "") ?? 0) > 1);
    const rows: EvalRow[] = [
      { metric: `stories B-cubed precision (${articles.length} articles)`, value: scores.precision, target: "—", pass: true },
      { metric: "stories B-cubed recall", value: scores.recall, target: "—", pass: true },
      { metric: "stories B-cubed F1", value: scores.f1, target: "≥ 0.95", pass: scores.f1 >= 0.95 },
      { metric: "seed and corpus articles each alone", value: notAlone.length === 0 ? 1 : 0, target: "all", pass: notAlone.length === 0 },
    ];
    return { scores, articles: articles.length, stories: stories.length, notAlone, rows };
  } finally {
    await store.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runStoriesEval();
  console.log(`${result.articles} articles in ${result.stories} stories; not alone: ${result.notAlone.join(", ") || "none"}`);
  console.log(formatRows(result.rows));
}
