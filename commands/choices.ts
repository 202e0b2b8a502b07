// Autocomplete choices from the store: speakers, people and organisations, and article titles,
// best matches for what was typed first, labelled with what the user will get.
import Fuse from "fuse.js";
import { fitChoices } from "../src/render/discord/limits.ts";
import type { Choice } from "../src/render/discord/message.ts";
import type { Corpus } from "../src/store/corpus.ts";
import type { Article, Entity } from "../src/store/schema.ts";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

interface Indexed<T> {
  readonly ranked: readonly T[];
  readonly fuse: Fuse<T>;
}

function cached<T>(build: (corpus: Corpus) => Indexed<T>): (corpus: Corpus) => Indexed<T> {
  const cache = new WeakMap<Corpus, Indexed<T>>();
  return (corpus) => {
    const hit = cache.get(corpus);
    if (hit) return hit;
    const built = build(corpus);
    cache.set(corpus, built);
    return built;
  };
}

const quoteCount = (corpus: Corpus, entity: Entity) => corpus.quotesBySpeaker.get(entity.id)?.length ?? 0;

function entityIndex(corpus: Corpus, entities: readonly Entity[]): Indexed<Entity> {
  const ranked = [...entities].sort(
    (a, b) => quoteCount(corpus, b) - quoteCount(corpus, a) || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
  );
  const fuse = new Fuse(ranked, { keys: [{ name: "name", weight: 2 }, "aliases"], threshold: 0.4, ignoreLocation: true });
  return { ranked, fuse };
}

const speakers = cached((corpus) => entityIndex(corpus, corpus.store.entities.filter((e) => quoteCount(corpus, e) > 0)));
const entities = cached((corpus) => entityIndex(corpus, corpus.store.entities));
const articles = cached<Article>((corpus) => ({
  ranked: corpus.store.articles,
  fuse: new Fuse(corpus.store.articles, { keys: [{ name: "title", weight: 2 }, "outlet", "id"], threshold: 0.4, ignoreLocation: true }),
}));

function best<T>(index: Indexed<T>, typed: string): readonly T[] {
  const query = typed.trim().slice(0, 100);
  return query ? index.fuse.search(query, { limit: 25 }).map((r) => r.item) : index.ranked.slice(0, 25);
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
