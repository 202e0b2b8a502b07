// /quote: quotes by the entity the query names (direct and mixed first, then reported), then
// others' quotes that mention it, each with its speaker, their description and the citation; a quote
// several outlets carry is one entry citing them all. An article or a story may scope it.
import { findEntity } from "../../search/findEntity.ts";
import type { CoverageStore, QuoteQuery, StoredQuote } from "../../store/coverageStore.ts";
import { citedFields, citeOf } from "../cite.ts";
import type { AnswerError, QuoteItem, QuoteResult, QuotesResult } from "../contract.ts";
import { resolveArticle } from "../resolveArticle.ts";
import { mergeQuotes } from "../story/mergeQuotes.ts";
import { resolveStory } from "../story/resolveStory.ts";
import { withoutPartsOfStatements } from "./partialQuotes.ts";
import { oncePerText } from "./sameTextQuotes.ts";

/**
 * Most quotes listed by or about one entity, the newest coverage first: twenty pages of five in Discord. Each list is
 * merged across outlets pairwise, so its length is the cost of a much-quoted name (250 cost 14-21 ms at 10,000 articles).
 */
const MAX_QUOTES = 100;

export function quoteItem({ quote, speaker, article }: StoredQuote): QuoteItem {
  return {
    text: quote.text,
    speaker: speaker?.name ?? null,
    ...(speaker?.description ? { speakerDescription: speaker.description } : {}),
    kind: quote.kind,
    attribution: quote.attribution,
    ...citedFields(article, quote.paragraph),
    cites: [citeOf(article, quote.paragraph)],
  };
}

/** The articles the quotes are read from: the one named, or a story's, or (undefined) all of them. */
async function scopeOf(store: CoverageStore, input: { article?: string; story?: string }): Promise<string[] | undefined | AnswerError> {
  if (input.article?.trim()) {
    const found = await resolveArticle(store, input.article);
    return "error" in found ? found : [found.id];
  }
  if (!input.story?.trim()) return undefined;
  const story = await resolveStory(store, input.story);
  return "error" in story ? story : story.articles.map((a) => a.id);
}

/** Quotes by (or about) an entity from the articles in scope, in the store's order within each article. */
async function quotesIn(read: (query: QuoteQuery) => Promise<StoredQuote[]>, articles: string[] | undefined): Promise<StoredQuote[]> {
  if (!articles) return read({ limit: MAX_QUOTES });
  return (await Promise.all(articles.map((article) => read({ article, limit: MAX_QUOTES })))).flat().slice(0, MAX_QUOTES);
}

export async function answerQuote(store: CoverageStore, input: { who: string; article?: string; story?: string }): Promise<QuoteResult | AnswerError> {
  const query = input.who;
  const { entity, suggestions } = await findEntity(store, query);
  if (!entity) return { query, speaker: null, by: [], about: [], suggestions };
  const articles = await scopeOf(store, input);
  if (articles && "error" in articles) return articles;
  const [by, about] = await Promise.all([
    quotesIn((q) => store.quotesBy(entity.id, q), articles),
    quotesIn((q) => store.quotesAbout(entity.id, q), articles),
  ]);
  return {
    query,
    speaker: { name: entity.name, ...(entity.description ? { description: entity.description } : {}) },
    by: mergeQuotes(withoutPartsOfStatements(oncePerText(by)).map(quoteItem)),
    about: mergeQuotes(withoutPartsOfStatements(oncePerText(about)).map(quoteItem)),
    suggestions: [],
  };
}

export async function answerQuotes(store: CoverageStore): Promise<QuotesResult> {
  return { quotes: (await store.allQuotes()).map(quoteItem) };
}
