// Autocomplete choices for `story` options: each story by its headline, labelled with how many outlets
// carry it ("Pipe Bomb Suspect Arrested in Southern Florida — 3 outlets"), its id as the value.
import { shortTitle } from "../src/answer/cite.ts";
import { fitChoices } from "../src/render/discord/limits.ts";
import type { Choice } from "../src/render/discord/message.ts";
import { suggestStories } from "../src/search/suggest.ts";
import type { CoverageStore, StoredStory } from "../src/store/coverageStore.ts";

/** Room for the title in a 100-character choice name, leaving the outlet count whole. */
const TITLE_MAX = 80;

function label(story: StoredStory): string {
  const outlets = new Set(story.articles.map((a) => a.outlet ?? a.title)).size;
  return `${shortTitle(story.title, TITLE_MAX)} — ${outlets} outlet${outlets === 1 ? "" : "s"}`;
}

export async function storyChoices(store: CoverageStore, typed: string): Promise<Choice[]> {
  return fitChoices((await suggestStories(store, typed)).map((s) => ({ name: label(s), value: s.id })));
}
