// People, organisations and quotes of all articles: each article analysed on its own, then
// entities merged across articles (the same person in two outlets is one entity).
import { quoteId, type Quote } from "../model/quote.ts";
import type { Article } from "../model/article.ts";
import type { Entity } from "../model/entity.ts";
import { articleEntities, type LocalEntity } from "./entities.ts";
import { articleQuotes, type LocalQuote } from "./articleQuotes.ts";
import { mergeEntities } from "./mergeEntities.ts";

export interface Analysis {
  entities: Entity[];
  quotes: Quote[];
}

export function analyseArticles(articles: readonly Article[]): Analysis {
  const locals: LocalEntity[] = [];
  const perArticle: { article: Article; quotes: LocalQuote[] }[] = [];
  for (const article of articles) {
    const found = articleEntities(article);
    const quotes = articleQuotes(article, found);
    const speakers = new Set(quotes.map((q) => q.speaker));
    locals.push(...found.entities.filter((e) => !e.weak || speakers.has(e)));
    perArticle.push({ article, quotes });
  }
  const { entities, idOf } = mergeEntities(locals);
  const quotes: Quote[] = [];
  for (const { article, quotes: local } of perArticle) {
    for (const q of local) {
      const speakerId = q.speaker ? (idOf.get(q.speaker) ?? null) : null;
      const about = [...new Set(q.about.map((e) => idOf.get(e)).filter((id): id is string => id !== undefined && id !== speakerId))];
      quotes.push({
        id: quoteId(article.id, q.paragraph, q.start),
        text: q.text,
        kind: q.kind,
        speakerId,
        cue: q.cue,
        article: article.id,
        paragraph: q.paragraph,
        start: q.start,
        end: q.end,
        attribution: speakerId ? q.attribution : "unknown",
        about,
      });
    }
  }
  return { entities, quotes };
}
