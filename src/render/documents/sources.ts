// /sources as a document: each stored article with its outlet, date and counts, grouped by story
// (a story of several articles under its title), the story with the newest article first.
import type { SourcesResult } from "../../answer/contract.ts";
import type { Document, Group } from "../document.ts";
import { memoise } from "../memoise.ts";

type Listed = SourcesResult["articles"][number];

/** One document per result: with thousands of articles, building and paging it is the cost. */
export const sourcesDocument: (result: SourcesResult) => Document = memoise(buildDocument);

const entry = (a: Listed) => ({
  kind: "entry" as const,
  title: a.title,
  ...(a.url ? { url: a.url } : {}),
  ...(a.published ? { date: a.published } : {}),
  details: [a.outlet, `${a.paragraphs} paragraphs`, `${a.quotes} quotes`, `id ${a.id}`].filter((part): part is string => Boolean(part)).join(" · "),
});

/** Runs of articles of one story, in the order listed; a story of several articles headed by its title. */
function storyGroups(articles: readonly Listed[]): Group[] {
  const runs: Listed[][] = [];
  for (const a of articles) {
    const run = runs.at(-1);
    if (run && a.story && run[0]?.story?.id === a.story.id) run.push(a);
    else runs.push([a]);
  }
  return runs.map((run) => {
    const story = run[0]?.story;
    return { ...(story && run.length > 1 ? { heading: `Story: ${story.title} (${run.length} articles)` } : {}), items: run.map(entry) };
  });
}

function buildDocument(result: SourcesResult): Document {
  return {
    title: `Stored articles (${result.articles.length})`,
    notes: [],
    groups: storyGroups(result.articles),
    empty: "No articles are stored yet: an operator adds them with `npm run ingest`.",
    source: "The coverage-bot store",
  };
}
