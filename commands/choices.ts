// Autocomplete choices from the store: speakers, people and organisations, and article titles,
// best matches for what was typed first, labelled with what the user will get.
import { normalizeName } from "../src/answer/findEntity.ts";
import { nameSearch, type NameSearch } from "../src/answer/nameSearch.ts";
import { fitChoices } from "../src/render/discord/limits.ts";
import { memoise } from "../src/store/memoise.ts";
import type { Choice } from "../src/render/discord/message.ts";
import type { Corpus } from "../src/store/corpus.ts";
import type { Entity } from "../src/store/schema.ts";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const MAX_CHOICES = 25;

interface Indexed<T> {
  /** Most quoted (or first stored) first: what an empty box shows. */
  readonly ranked: readonly T[];
  /** Searches in order of preference: names before aliases. */
  readonly searches: readonly NameSearch<T>[];
  /** Normalised words of each item, to check every typed word. */
  readonly words: ReadonlyMap<T, string>;
}

const quoteCount = (corpus: Corpus, entity: Entity) => corpus.quotesBySpeaker.get(entity.id)?.length ?? 0;

function indexed<T>(ranked: readonly T[], ...fields: ((item: T) => string)[]): Indexed<T> {
  const normalised = fields.map((field) => ranked.map((item) => normalizeName(field(item))));
  const searches = normalised.map((names) => nameSearch(ranked.map((item, i) => ({ name: names[i] ?? "", item })), { threshold: 0.4 }));
  const words = new Map(ranked.map((item, i) => [item, ` ${normalised.map((names) => names[i] ?? "").join(" ")}`]));
  return { ranked, searches, words };
}

function entityIndex(corpus: Corpus, entities: readonly Entity[]): Indexed<Entity> {
  const ranked = entities
    .map((entity) => ({ entity, quotes: quoteCount(corpus, entity), mentions: entity.mentions.length }))
    .sort((a, b) => b.quotes - a.quotes || b.mentions - a.mentions || (a.entity.name < b.entity.name ? -1 : a.entity.name > b.entity.name ? 1 : 0))
    .map((r) => r.entity);
  return indexed(ranked, (e) => e.name, (e) => e.aliases.join(" "));
}

const speakers = memoise((corpus: Corpus) => entityIndex(corpus, corpus.store.entities.filter((e) => quoteCount(corpus, e) > 0)));
const entities = memoise((corpus: Corpus) => entityIndex(corpus, corpus.store.entities));
const articles = memoise((corpus: Corpus) => indexed(corpus.store.articles, (a) => a.title, (a) => `${a.outlet ?? ""} ${a.id}`));

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
  const hasEveryWord = (item: T) => typedWords.every((word) => index.words.get(item)?.includes(` ${word}`));
  const chosen = new Set<T>();
  const limit = typedWords.length === 1 ? MAX_CHOICES : MAX_CHOICES * 4;
  for (const search of index.searches) {
    for (const item of search.prefixed(last, limit)) {
      if (chosen.size < MAX_CHOICES && hasEveryWord(item)) chosen.add(item);
    }
  }
  for (const search of index.searches) {
    if (chosen.size >= MAX_CHOICES) break;
    for (const hit of search.fuzzy(query, MAX_CHOICES)) {
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
