// Autocomplete: the entities, articles or stories that fit what was typed so far. Items with a word
// starting with each typed word come first (best standing first, names before aliases), then
// close spellings, so typing letter by letter narrows the list at once.
import { normalizeName } from "../nlp/names/nameKey.ts";
import type { ArticleSummary, CoverageStore, StoredEntity, StoredStory } from "../store/coverageStore.ts";
import { fuzzyHits } from "./findEntity.ts";

const MAX_CHOICES = 25;
/** Fuse threshold for close spellings offered while typing. */
const FUZZY_THRESHOLD = 0.4;
/** How many trigram-sharing names the close spellings are picked from: four times the choices shown, read again at every keystroke. */
const SHORTLIST = 100;
const MAX_TYPED = 100;

const hasEveryWord = (words: string, typed: readonly string[]) => typed.every((word) => words.includes(` ${word}`));
const entityWords = (e: StoredEntity) => ` ${normalizeName(e.name)} ${normalizeName(e.aliases.join(" "))}`;

/** Entities for what was typed: speakers only for /quote, everyone for /who. */
export async function suggestEntities(store: CoverageStore, typed: string, speakers: boolean): Promise<StoredEntity[]> {
  const query = normalizeName(typed.slice(0, MAX_TYPED));
  if (!query) return store.topEntities({ speakers, limit: MAX_CHOICES });
  const typedWords = query.split(" ");
  const last = typedWords.at(-1) ?? query;
  const chosen = new Map<string, StoredEntity>();
  const limit = typedWords.length === 1 ? MAX_CHOICES : MAX_CHOICES * 4;
  const prefixed = await store.namesWithPrefix(last, { speakers, limit: limit * 2 });
  for (const hit of [...prefixed.filter((h) => !h.alias), ...prefixed.filter((h) => h.alias)]) {
    if (chosen.size < MAX_CHOICES && hasEveryWord(entityWords(hit.entity), typedWords)) chosen.set(hit.entity.id, hit.entity);
  }
  if (chosen.size < MAX_CHOICES) {
    const hits = fuzzyHits(await store.namesLike(query, { speakers, limit: SHORTLIST }), query, MAX_CHOICES, FUZZY_THRESHOLD);
    for (const hit of hits) if (chosen.size < MAX_CHOICES) chosen.set(hit.item.entity.id, hit.item.entity);
  }
  return [...chosen.values()];
}

/** Stored articles for `article` options, by the words of their title, outlet or id; the newest first when nothing is typed. */
export async function suggestArticles(store: CoverageStore, typed: string): Promise<ArticleSummary[]> {
  const query = normalizeName(typed.slice(0, MAX_TYPED));
  if (!query) return store.latestArticles(MAX_CHOICES);
  const typedWords = query.split(" ");
  const found = await store.searchArticles(query, MAX_CHOICES * 4);
  const words = (a: ArticleSummary) => ` ${normalizeName(a.title)} ${normalizeName(`${a.outlet ?? ""} ${a.id}`)}`;
  const every = found.filter((a) => hasEveryWord(words(a), typedWords));
  return [...every, ...found.filter((a) => !every.includes(a))].slice(0, MAX_CHOICES);
}

/** Stories for `story` options: the latest without typing, else the stories of the articles whose headline or outlet fits. */
export async function suggestStories(store: CoverageStore, typed: string): Promise<StoredStory[]> {
  if (!normalizeName(typed.slice(0, MAX_TYPED))) return store.stories(MAX_CHOICES);
  const articles = await suggestArticles(store, typed);
  const storyOfArticle = await store.storiesOf(articles.map((a) => a.id));
  return store.storiesWithIds([...new Set(articles.flatMap((a) => storyOfArticle.get(a.id) ?? []))]);
}
