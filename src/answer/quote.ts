// /quote: quotes by the entity the query names (direct and mixed first, then reported), then
// others' quotes that mention it, each with its speaker, their description and the citation.
import { findEntity } from "../search/findEntity.ts";
import type { CoverageStore, StoredQuote } from "../store/coverageStore.ts";
import { citedFields } from "./cite.ts";
import type { QuoteItem, QuoteResult, QuotesResult } from "./contract.ts";
import { resolveArticle } from "./resolveArticle.ts";
import { oncePerText } from "./sameTextQuotes.ts";

/** Most quotes listed by or about one entity: the newest coverage first. */
const MAX_QUOTES = 250;

export function quoteItem({ quote, speaker, article }: StoredQuote): QuoteItem {
  return {
    text: quote.text,
    speaker: speaker?.name ?? null,
    ...(speaker?.description ? { speakerDescription: speaker.description } : {}),
    kind: quote.kind,
    attribution: quote.attribution,
    ...citedFields(article, quote.paragraph),
  };
}

export async function answerQuote(store: CoverageStore, input: { who: string; article?: string }): Promise<QuoteResult> {
  const query = input.who;
  const { entity, suggestions } = await findEntity(store, query);
  if (!entity) return { query, speaker: null, by: [], about: [], suggestions };
  let article: string | undefined;
  if (input.article) {
    const found = await resolveArticle(store, input.article);
    if ("error" in found) return { query, speaker: null, by: [], about: [], suggestions: [] };
    article = found.id;
  }
  const scope = { limit: MAX_QUOTES, ...(article ? { article } : {}) };
  const [by, about] = await Promise.all([store.quotesBy(entity.id, scope), store.quotesAbout(entity.id, scope)]);
  return {
    query,
    speaker: { name: entity.name, ...(entity.description ? { description: entity.description } : {}) },
    by: oncePerText(by).map(quoteItem),
    about: oncePerText(about).map(quoteItem),
    suggestions: [],
  };
}

export async function answerQuotes(store: CoverageStore): Promise<QuotesResult> {
  return { quotes: (await store.allQuotes()).map(quoteItem) };
}
