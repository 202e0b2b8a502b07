// People, organisations and quotes: each article analysed on its own (`analyseArticle`, what
// ingest stores), and several articles' analyses merged into entities shared across articles.
import type { ArticleAnalysis, ArticleEntity } from "../model/analysis.ts";
import type { Article } from "../model/article.ts";
import type { Entity } from "../model/entity.ts";
import { quoteId, type Quote } from "../model/quote.ts";
import { articleEntities, type LocalEntity } from "./names/entities.ts";
import { articleQuotes } from "./quotes/articleQuotes.ts";
import { mergeEntities } from "./names/mergeEntities.ts";

export interface Analysis {
  entities: Entity[];
  quotes: Quote[];
}

function plainEntity(entity: LocalEntity): ArticleEntity {
  return {
    name: entity.name,
    kind: entity.kind,
    aliases: [...entity.aliases],
    ...(entity.description ? { description: entity.description } : {}),
    ...(entity.gender ? { gender: entity.gender } : {}),
    mentions: entity.mentions.map(({ paragraph, start, end }) => ({ paragraph, start, end })),
  };
}

/** Cues by which outlets and records speak ("Politico reported", "according to court records"), not people. */
const SOURCE_CUES = new Set(["reported", "reports", "according to"]);

/**
 * Paragraphs are analysed up to this many characters, about eighteen times the longest in the test corpus
 * (a data-set article of 5,625 characters given as one paragraph): past it a "paragraph" is a wall of text,
 * and rules that look around each name, cue and quote mark would take time growing with the square of its length.
 */
const ANALYSED_PARAGRAPH_CHARS = 100_000;

/** The analysed part of a long paragraph: up to its last full stop within the limit (a sentence cut in half derails the rules), else the limit. */
function analysedPart(text: string): string {
  if (text.length <= ANALYSED_PARAGRAPH_CHARS) return text;
  const stop = text.lastIndexOf(". ", ANALYSED_PARAGRAPH_CHARS - 1);
  return text.slice(0, stop > ANALYSED_PARAGRAPH_CHARS / 2 ? stop + 1 : ANALYSED_PARAGRAPH_CHARS);
}

const withParagraphsCapped = (article: Article): Article => ({ ...article, paragraphs: article.paragraphs.map((p) => ({ ...p, text: analysedPart(p.text) })) });

/**
 * One article's entities and quotes; a weak entity (a name with no evidence of what it is) is kept only
 * when it speaks, as an organisation when it only ever reports.
 */
export function analyseArticle(article: Article): ArticleAnalysis {
  const capped = withParagraphsCapped(article);
  const found = articleEntities(capped);
  const local = articleQuotes(capped, found);
  const speakers = new Set(local.map((q) => q.speaker));
  const kept = found.entities.filter((e) => !e.weak || speakers.has(e));
  for (const entity of kept) {
    if (entity.weak && local.every((q) => q.speaker !== entity || SOURCE_CUES.has(q.cue ?? ""))) {
      entity.kind = "organisation";
      delete entity.gender;
    }
  }
  const indexOf = new Map(kept.map((e, i) => [e, i]));
  const index = (e: LocalEntity | null) => (e ? (indexOf.get(e) ?? null) : null);
  return {
    article,
    entities: kept.map(plainEntity),
    quotes: local.map((q) => ({
      text: q.text,
      kind: q.kind,
      speaker: index(q.speaker),
      cue: q.cue,
      paragraph: q.paragraph,
      start: q.start,
      end: q.end,
      attribution: q.attribution,
      about: [...new Set(q.about.map(index).filter((i): i is number => i !== null))],
    })),
  };
}

/** The entities and quotes of several analysed articles, the same person in two articles one entity. */
export function mergeAnalyses(analyses: readonly ArticleAnalysis[]): Analysis {
  const { entities, idOf } = mergeEntities(analyses.flatMap((a) => a.entities.map((entity) => ({ article: a.article.id, entity }))));
  const quotes: Quote[] = [];
  for (const { article, entities: local, quotes: found } of analyses) {
    const id = (i: number | null) => (i === null ? null : (idOf.get(local[i] as ArticleEntity) ?? null));
    for (const q of found) {
      const speakerId = id(q.speaker);
      const about = [...new Set(q.about.map(id).filter((e): e is string => e !== null && e !== speakerId))];
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

export function analyseArticles(articles: readonly Article[]): Analysis {
  return mergeAnalyses(articles.map(analyseArticle));
}
