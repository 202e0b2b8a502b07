// Stories for what a member typed: by the words of their headlines (and outlets), and by names and
// topic words in their articles' text, each matching article voting for its story. Nothing typed:
// the latest stories.
import { normalizeName } from "../nlp/names/nameKey.ts";
import { contentStems } from "../nlp/tokens.ts";
import type { CoverageStore, StoredStory } from "../store/coverageStore.ts";

const MAX_TYPED = 100;
/** How many headline matches and candidate paragraphs are read: a bounded share of any store. */
const HEADLINE_CANDIDATES = 50;
const PARAGRAPH_CANDIDATES = 200;
/** A headline match counts as much as this many paragraphs holding every typed word. */
const HEADLINE_WEIGHT = 3;

/** How much an article matches: its votes, and whether its headline or one of its paragraphs holds every word typed. */
interface Votes {
  votes: number;
  whole: boolean;
}

/** How much each stored article matches `query`: its headline, and its paragraphs by the share of typed words each holds. */
async function articleVotes(store: CoverageStore, query: string): Promise<Map<string, Votes>> {
  const votes = new Map<string, Votes>();
  const stems = [...new Set(contentStems(query))];
  const vote = (id: string, weight: number, whole: boolean) => {
    const before = votes.get(id);
    votes.set(id, { votes: (before?.votes ?? 0) + weight, whole: (before?.whole ?? false) || whole });
  };
  for (const article of await store.searchArticles(query, HEADLINE_CANDIDATES)) {
    const headline = new Set(contentStems(`${article.title} ${article.outlet ?? ""}`));
    vote(article.id, HEADLINE_WEIGHT, stems.length > 0 && stems.every((stem) => headline.has(stem)));
  }
  if (stems.length === 0) return votes;
  for (const { article, held } of await store.paragraphHits(stems, PARAGRAPH_CANDIDATES)) {
    const share = held.length / stems.length;
    vote(article, share * share, share === 1);
  }
  return votes;
}

/** A story as typed words found it: how much its articles matched (votes, Infinity when its id was typed), and whether one holds every word. */
export interface StoryMatch {
  story: StoredStory;
  votes: number;
  whole: boolean;
}

/** The stories that best match `typed` (a story id, headline words, names, topic words) with their votes, best first, at most `limit`. */
export async function rankStories(store: CoverageStore, typed: string, limit: number): Promise<StoryMatch[]> {
  const wanted = typed.slice(0, MAX_TYPED).trim();
  if (!wanted) return (await store.stories(limit)).map((story) => ({ story, votes: 0, whole: false }));
  const exact = await store.story(wanted);
  if (exact) return [{ story: exact, votes: Infinity, whole: true }];
  const byStory = new Map<string, Votes>();
  const votes = await articleVotes(store, normalizeName(wanted) || wanted);
  const storyOfArticle = await store.storiesOf([...votes.keys()]);
  for (const [article, { votes: weight, whole }] of votes) {
    const story = storyOfArticle.get(article);
    const before = story ? byStory.get(story) : undefined;
    if (story) byStory.set(story, { votes: (before?.votes ?? 0) + weight, whole: (before?.whole ?? false) || whole });
  }
  const best = [...byStory].sort((a, b) => b[1].votes - a[1].votes).slice(0, limit);
  const stories = new Map((await store.storiesWithIds(best.map(([id]) => id))).map((story) => [story.id, story]));
  return best.flatMap(([id, { votes: weight, whole }]) => {
    const story = stories.get(id);
    return story ? [{ story, votes: weight, whole }] : [];
  });
}

/** The stories that best match `typed`, best first, at most `limit`. */
export async function findStories(store: CoverageStore, typed: string, limit: number): Promise<StoredStory[]> {
  return (await rankStories(store, typed, limit)).map((m) => m.story);
}
