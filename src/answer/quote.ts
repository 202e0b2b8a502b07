// /quote: quotes by the entity the query names (direct and mixed first, then reported), then
// others' quotes that mention it, each with its speaker, their description and the citation.
import type { Corpus } from "../store/corpus.ts";
import { memoise } from "../store/memoise.ts";
import type { Quote } from "../model/quote.ts";
import { citedFields } from "./cite.ts";
import type { QuoteItem, QuoteResult, QuotesResult } from "./contract.ts";
import { findEntity } from "./findEntity.ts";
import { resolveArticle } from "./resolveArticle.ts";

const KIND_ORDER = { direct: 0, mixed: 0, reported: 1 } as const;

/** The per-speaker lists of a corpus, each sorted into answer order the first time it is asked for. */
const sortedBySpeaker = memoise((_corpus: Corpus) => new Map<string, readonly Quote[]>());

function quotesBy(corpus: Corpus, id: string): readonly Quote[] {
  const sorted = sortedBySpeaker(corpus);
  let list = sorted.get(id);
  if (!list) {
    list = [...(corpus.quotesBySpeaker.get(id) ?? [])].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    sorted.set(id, list);
  }
  return list;
}

export function quoteItem(corpus: Corpus, quote: Quote): QuoteItem | undefined {
  const article = corpus.articles.get(quote.article);
  if (!article) return undefined;
  const speaker = quote.speakerId ? corpus.entities.get(quote.speakerId) : undefined;
  return {
    text: quote.text,
    speaker: speaker?.name ?? null,
    ...(speaker?.description ? { speakerDescription: speaker.description } : {}),
    kind: quote.kind,
    attribution: quote.attribution,
    ...citedFields(article, quote.paragraph),
  };
}

function items(corpus: Corpus, quotes: readonly Quote[], articleId: string | undefined): QuoteItem[] {
  const out: QuoteItem[] = [];
  for (const quote of quotes) {
    if (articleId && quote.article !== articleId) continue;
    const item = quoteItem(corpus, quote);
    if (item) out.push(item);
  }
  return out;
}

export function answerQuote(corpus: Corpus, input: { who: string; article?: string }): QuoteResult {
  const query = input.who;
  const { entity, suggestions } = findEntity(corpus, query);
  if (!entity) return { query, speaker: null, by: [], about: [], suggestions };
  let articleId: string | undefined;
  if (input.article) {
    const article = resolveArticle(corpus, input.article);
    if ("error" in article) return { query, speaker: null, by: [], about: [], suggestions: [] };
    articleId = article.id;
  }
  return {
    query,
    speaker: { name: entity.name, ...(entity.description ? { description: entity.description } : {}) },
    by: items(corpus, quotesBy(corpus, entity.id), articleId),
    about: items(corpus, corpus.quotesAbout.get(entity.id) ?? [], articleId),
    suggestions: [],
  };
}

export function answerQuotes(corpus: Corpus): QuotesResult {
  return { quotes: items(corpus, corpus.store.quotes, undefined) };
}
