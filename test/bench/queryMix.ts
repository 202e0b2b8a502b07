// A realistic mix of what users type, drawn from the store itself through its interface: names of
// quoted people (a share with typos), questions built from real sentences, topics from headlines,
// stories picked by id (as /coverage's autocomplete gives them), and autocomplete prefixes typed
// letter by letter. Deterministic for a given store.
import type { Article } from "../../src/model/article.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { random } from "./synthesize.ts";

export interface QueryMix {
  names: string[];
  questions: string[];
  topics: string[];
  articles: string[];
  namePrefixes: string[];
  titlePrefixes: string[];
  stories: string[];
  storyPrefixes: string[];
}

/** What the mix is drawn from: the best-known names, a sample of whole articles and their stories. */
export interface MixSource {
  people: string[];
  articles: Article[];
  stories: { id: string; title: string }[];
}

const STOP = new Set(["the", "and", "that", "with", "from", "this", "have", "were", "said", "their", "which", "would", "about"]);
/** Articles read whole to draw sentences and headlines from: enough variety without reading the whole store. */
const SAMPLED_ARTICLES = 300;

function typo(word: string, rand: () => number): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(rand() * (word.length - 2));
  return rand() < 0.5 ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

function pick<T>(items: readonly T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)]!;
}

function prefixes(text: string, max: number): string[] {
  return Array.from({ length: Math.min(max, text.length) }, (_, i) => text.slice(0, i + 1));
}

/** The quoted people of most standing, articles spread evenly over the store, and the stories they belong to. */
export async function mixSource(store: CoverageStore): Promise<MixSource> {
  const people = (await store.topEntities({ speakers: true, limit: 500 })).map((e) => e.name);
  const listed = await store.listArticles(Number.MAX_SAFE_INTEGER);
  const step = Math.max(1, Math.floor(listed.length / SAMPLED_ARTICLES));
  const articles: Article[] = [];
  for (let i = 0; i < listed.length; i += step) {
    const article = await store.article(listed[i]!.id);
    if (article) articles.push(article);
  }
  const stories = new Map<string, { id: string; title: string }>();
  for (const article of articles) {
    const id = await store.storyOf(article.id);
    const story = id && !stories.has(id) ? await store.story(id) : null;
    if (story) stories.set(story.id, { id: story.id, title: story.title });
  }
  return { people: people.length > 0 ? people : ["Putin"], articles, stories: [...stories.values()] };
}

/** `seed` picks the draw: the benchmark warms up on one mix and times another, so no timed answer was cached by the warm-up. */
export function queryMix({ people, articles, stories }: MixSource, size = 200, seed = 42): QueryMix {
  const rand = random(seed);
  const names = Array.from({ length: size }, () => {
    const name = pick(people, rand);
    return rand() < 0.3 ? typo(name, rand) : name;
  });
  const paragraphs = articles.flatMap((a) => a.paragraphs.map((p) => p.text));
  const starters = ["what", "who", "how long", "how many", "when", "where", "why"];
  const questions = Array.from({ length: size }, () => {
    const words = pick(paragraphs, rand)
      .toLowerCase()
      .match(/[a-z]{4,}/gu)
      ?.filter((w) => !STOP.has(w)) ?? ["call"];
    const chosen = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => pick(words, rand));
    if (rand() < 0.2) chosen[0] = typo(chosen[0]!, rand);
    return `${pick(starters, rand)} ${chosen.join(" ")}?`;
  });
  const headlines = articles.flatMap((a) => [a.title, ...a.related.map((r) => r.title)]);
  const topics = Array.from({ length: size }, () => pick(pick(headlines, rand).match(/[A-Za-z]{5,}/gu) ?? ["news"], rand));
  const ids = Array.from({ length: size }, () => pick(articles, rand).id);
  const namePrefixes = Array.from({ length: Math.ceil(size / 8) }, () => prefixes(pick(people, rand), 8)).flat();
  const titlePrefixes = Array.from({ length: Math.ceil(size / 8) }, () => prefixes(pick(articles, rand).title, 8)).flat();
  const storyIds = stories.length > 0 ? Array.from({ length: size }, () => pick(stories, rand).id) : [];
  const storyPrefixes = stories.length > 0 ? Array.from({ length: Math.ceil(size / 8) }, () => prefixes(pick(stories, rand).title, 8)).flat() : [];
  return { names, questions, topics, articles: ids, namePrefixes, titlePrefixes, stories: storyIds, storyPrefixes };
}
