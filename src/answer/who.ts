// /who: the entity card for a name: kind, description, aliases, how often it is quoted and
// mentioned, and the sentence of its first mention with the citation.
import type { Corpus } from "../store/corpus.ts";
import type { Entity } from "../model/entity.ts";
import { citedFields } from "./cite.ts";
import type { WhoResult } from "./contract.ts";
import { findEntity } from "./findEntity.ts";

type Card = NonNullable<WhoResult["entity"]>;

function firstMention(corpus: Corpus, entity: Entity): Card["firstMention"] {
  const mention = entity.mentions[0];
  const article = mention ? corpus.articles.get(mention.article) : undefined;
  const paragraph = mention && article?.paragraphs[mention.paragraph - 1];
  if (!mention || !article || !paragraph) return undefined;
  const sentence = paragraph.sentences.find(([s, e]) => s <= mention.start && mention.end <= e) ?? [0, paragraph.text.length];
  return { text: paragraph.text.slice(sentence[0], sentence[1]), ...citedFields(article, mention.paragraph) };
}

export function answerWho(corpus: Corpus, input: { name: string }): WhoResult {
  const { entity, suggestions } = findEntity(corpus, input.name);
  if (!entity) return { query: input.name, entity: null, suggestions };
  const first = firstMention(corpus, entity);
  return {
    query: input.name,
    entity: {
      name: entity.name,
      kind: entity.kind,
      aliases: entity.aliases,
      ...(entity.description ? { description: entity.description } : {}),
      quotes: corpus.quotesBySpeaker.get(entity.id)?.length ?? 0,
      mentions: entity.mentions.length,
      ...(first ? { firstMention: first } : {}),
    },
    suggestions: [],
  };
}
