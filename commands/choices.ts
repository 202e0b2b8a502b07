// Autocomplete choices from the store: speakers, people and organisations, and article titles,
// best matches for what was typed first, labelled with what the user will get.
import { entityNames, normalizeName, type RankedNames } from "../src/store/entityNames.ts";
import { articleNames, sourceKey, titleKey } from "../src/store/articleNames.ts";
import type { NameSearch } from "../src/store/nameSearch.ts";
import { fitChoices } from "../src/render/discord/limits.ts";
import { memoise } from "../src/store/memoise.ts";
import type { Choice } from "../src/render/discord/message.ts";
import type { Corpus } from "../src/store/corpus.ts";
import type { Article } from "../src/model/article.ts";
import type { Entity } from "../src/model/entity.ts";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const MAX_CHOICES = 25;
/** Fuse threshold for close spellings offered while typing. */
const FUZZY_THRESHOLD = 0.4;

interface Indexed<T> {
  /** Most quoted (or first stored) first: what an empty box shows. */
  readonly ranked: readonly T[];
  /** Searches in order of preference: names before aliases. */
  readonly searches: readonly NameSearch<T>[];
  /** The normalised words of an item (every field), to check every typed word. */
  readonly words: (item: T) => string;
}

const quoteCount = (corpus: Corpus, entity: Entity) => corpus.quotesBySpeaker.get(entity.id)?.length ?? 0;

const entityWords = memoise((entity: Entity) => ` ${normalizeName(entity.name)} ${normalizeName(entity.aliases.join(" "))}`);

function entityIndex(names: RankedNames): Indexed<Entity> {
  return { ranked: names.ranked, searches: [names.names, names.aliases], words: entityWords };
}

const speakers = memoise((corpus: Corpus) => entityIndex(entityNames(corpus).speakers));
const entities = memoise((corpus: Corpus) => entityIndex(entityNames(corpus).all));

const articleWords = memoise((article: Article) => ` ${titleKey(article)} ${sourceKey(article)}`);
const articles = memoise(
  (corpus: Corpus): Indexed<Article> => ({ ranked: corpus.store.articles, searches: articleNames(corpus).searches, words: articleWords }),
);

/** Builds every autocomplete index now rather than on the first keystroke. */
export function prepareChoices(corpus: Corpus): void {
  speakers(corpus);
  entities(corpus);
  articles(corpus);
}

/**
 * What was typed so far: items with a word starting with each typed word come first (by name,
 * then by alias), then close spellings, so typing letter by letter narrows the list at once.
 */
function best<T>(index: Indexed<T>, typed: string): readonly T[] {
  const query = normalizeName(typed.slice(0, 100));
  if (!query) return index.ranked.slice(0, MAX_CHOICES);
  const typedWords = query.split(" ");
  const last = typedWords.at(-1) ?? query;
  const hasEveryWord = (item: T) => {
    const words = index.words(item);
    return typedWords.every((word) => words.includes(` ${word}`));
  };
  const chosen = new Set<T>();
  const limit = typedWords.length === 1 ? MAX_CHOICES : MAX_CHOICES * 4;
  for (const search of index.searches) {
    for (const item of search.prefixed(last, limit)) {
      if (chosen.size < MAX_CHOICES && hasEveryWord(item)) chosen.add(item);
    }
  }
  for (const search of index.searches) {
    if (chosen.size >= MAX_CHOICES) break;
    for (const hit of search.fuzzy(query, MAX_CHOICES, FUZZY_THRESHOLD)) {
      if (chosen.size < MAX_CHOICES) chosen.add(hit.item.item);
    }
  }
  return [...chosen];
}

/** Speakers for `/quote who`: "Tatiana Stanovaya — 5 quotes". */
export function speakerChoices(corpus: Corpus, typed: string): Choice[] {
  return fitChoices(best(speakers(corpus), typed).map((e) => ({ name: `${e.name} — ${plural(quoteCount(corpus, e), "quote")}`, value: e.name })));
}

/** People and organisations for `/who name`: "Dmitry Peskov — 3 quotes, 5 mentions". */
export function entityChoices(corpus: Corpus, typed: string): Choice[] {
  return fitChoices(
    best(entities(corpus), typed).map((e) => ({
      name: `${e.name} — ${plural(quoteCount(corpus, e), "quote")}, ${plural(e.mentions.length, "mention")}`,
      value: e.name,
    })),
  );
}

/** Stored articles for `article` options: "AP — The Trump-Putin phone call…", the id as value. */
export function articleChoices(corpus: Corpus, typed: string): Choice[] {
  return fitChoices(best(articles(corpus), typed).map((a) => ({ name: a.outlet ? `${a.outlet} — ${a.title}` : a.title, value: a.id })));
}
