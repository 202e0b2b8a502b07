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

/** How much each stored article matches `query`: its headline, and its paragraphs by the share of typed words each holds. */
async function articleVotes(store: CoverageStore, query: string): Promise<Map<string, number>> {
  const votes = new Map<string, number>();
  const vote = (id: string, weight: number) => votes.set(id, (votes.get(id) ?? 0) + weight);
  for (const article of await store.searchArticles(query, HEADLINE_CANDIDATES)) vote(article.id, HEADLINE_WEIGHT);
  const stems = [...new Set(contentStems(query))];
  if (stems.length === 0) return votes;
  for (const paragraph of await store.candidateParagraphs(stems, PARAGRAPH_CANDIDATES)) {
    const held = new Set(paragraph.sentences.flatMap((s) => s.stems));
    const share = stems.filter((stem) => held.has(stem)).length / stems.length;
    vote(paragraph.article.id, share * share);
  }
  return votes;
}

/** The stories that best match `typed` (a story id, headline words, names, topic words), best first, at most `limit`. */
export async function findStories(store: CoverageStore, typed: string, limit: number): Promise<StoredStory[]> {
  const wanted = typed.slice(0, MAX_TYPED).trim();
  if (!wanted) return store.stories(limit);
  const exact = await store.story(wanted);
  if (exact) return [exact];
  const byStory = new Map<string, number>();
  const votes = await articleVotes(store, normalizeName(wanted) || wanted);
  const storyOfArticle = await store.storiesOf([...votes.keys()]);
  for (const [article, weight] of votes) {
    const story = storyOfArticle.get(article);
    if (story) byStory.set(story, (byStory.get(story) ?? 0) + weight);
  }
  const best = [...byStory].sort((a, b) => b[1] - a[1]).slice(0, limit);
  return store.storiesWithIds(best.map(([id]) => id));
}
