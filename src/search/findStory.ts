// Finds the story a `story` option names: its id, the id of one of its articles, or words typed loosely
// (headline words, names and topic words in its articles, as /coverage's autocomplete ranks them, a
// headline or paragraph of the story holding every word; a misspelt headline through the article it finds). Words that fit several stories about equally well
// ("Obama" in a store of Obama's year) name none of them: the member is shown the rivals to pick from.
import type { CoverageStore, StoredStory } from "../store/coverageStore.ts";
import { findArticle } from "./findArticle.ts";
import { rankStories } from "./findStories.ts";

export type StoryLookup = { found: StoredStory | null } | { ambiguous: StoredStory[] };

/** A runner-up with this share of the best story's votes makes the words ambiguous. */
const TIE = 0.85;
const MAX_RIVALS = 3;
/** Stories ranked to find the rivals among: those whose articles hold every word typed may rank below partial matches. */
const RANKED = 10;

export async function findStory(store: CoverageStore, wanted: string): Promise<StoryLookup> {
  const exact = await store.story(wanted);
  if (exact) return { found: exact };
  const ofArticle = await store.storyOf(wanted);
  if (ofArticle) return { found: await store.story(ofArticle) };
  const ranked = (await rankStories(store, wanted, RANKED)).filter((m) => m.whole);
  const [best] = ranked;
  if (best) {
    const rivals = ranked.filter((m) => m.votes >= TIE * best.votes).slice(0, MAX_RIVALS);
    return rivals.length > 1 ? { ambiguous: rivals.map((m) => m.story) } : { found: best.story };
  }
  const article = (await findArticle(store, wanted))?.id;
  const id = article ? await store.storyOf(article) : null;
  return { found: id ? await store.story(id) : null };
}
