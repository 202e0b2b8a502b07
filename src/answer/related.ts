// /related: the articles of the story asked about (or of the story the topic is most about, or of the latest
// story), then other stories whose articles say much the same, then the headlines found with the coverage
// (the story's own pages' when a story is named; ranked by the topic when one is given).
import type { Article } from "../model/article.ts";
import { understandQuestion } from "../search/understandQuestion.ts";
import { searchHeadlines } from "../search/searchHeadlines.ts";
import type { CoverageStore, Headline, StoredStory } from "../store/coverageStore.ts";
import type { AnswerError, RelatedResult } from "./contract.ts";
import { resolveStory } from "./story/resolveStory.ts";
import { storiesByContent, storyWords } from "./story/relatedStories.ts";
import { moreOf } from "./story/unlisted.ts";

/** Most headlines listed: the newest coverage's first. */
const MAX_HEADLINES = 100;
const MAX_STORIES = 5;
/** A related story holds this share of the weight of a story's telling words (some of them: it is another event)… */
const STORY_SHARE = 0.3;
/** …or of a topic's words (most of them: it is about the topic). */
const TOPIC_SHARE = 0.75;
/** A story's articles read for the words it is about. */
const MAX_ARTICLES = 6;

const articleFields = (a: StoredStory["articles"][number]) => ({
  id: a.id,
  title: a.title,
  ...(a.outlet ? { outlet: a.outlet } : {}),
  ...(a.published ? { published: a.published } : {}),
  ...(a.url ? { url: a.url } : {}),
});

const storyFields = (s: StoredStory) => ({ id: s.id, title: s.title, first: s.first, last: s.last, outlets: [...new Set(s.articles.map((a) => a.outlet ?? a.title))] });

/** The related headlines found on a story's own pages, each title once. */
function pageHeadlines(articles: readonly Article[]): Headline[] {
  const seen = new Set<string>();
  return articles.flatMap((article) =>
    article.related.flatMap((r) => {
      if (seen.has(r.title)) return [];
      seen.add(r.title);
      return [{ title: r.title, ...(r.snippet ? { snippet: r.snippet } : {}), ...(r.outlet ? { outlet: r.outlet } : {}), article: article.id }];
    }),
  );
}

async function storyArticles(store: CoverageStore, story: StoredStory): Promise<Article[]> {
  const read = await Promise.all(story.articles.slice(0, MAX_ARTICLES).map((a) => store.article(a.id)));
  return read.filter((a): a is Article => a !== null);
}

export async function answerRelated(store: CoverageStore, input: { topic?: string; story?: string }): Promise<RelatedResult | AnswerError> {
  const topic = input.topic?.trim() || null;
  if (input.story?.trim() || !topic) {
    const story = await resolveStory(store, input.story);
    if ("error" in story) return input.story?.trim() ? story : { topic, headlines: [] };
    const articles = await storyArticles(store, story);
    const stories = await storiesByContent(store, await storyWords(store, articles), { limit: MAX_STORIES, minShare: STORY_SHARE, except: story.id });
    const headlines = input.story?.trim() ? pageHeadlines(articles) : await store.listHeadlines(MAX_HEADLINES);
    return { topic, story: { id: story.id, title: story.title, articles: story.articles.map(articleFields), ...moreOf(story) }, stories: stories.map(storyFields), headlines };
  }
  const stems = (await understandQuestion(store, topic)).terms.filter((t) => !t.related).map((t) => t.stem);
  const [about, ...others] = await storiesByContent(store, stems, { limit: MAX_STORIES + 1, minShare: TOPIC_SHARE });
  return {
    topic,
    ...(about ? { story: { id: about.id, title: about.title, articles: about.articles.map(articleFields), ...moreOf(about) } } : {}),
    stories: others.map(storyFields),
    headlines: await searchHeadlines(store, topic, MAX_HEADLINES),
  };
}
