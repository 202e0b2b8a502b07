// Every entity's mentions as numbers in one typed array: what the store file holds, what a loaded
// entity reads its mentions from when they are first asked for, and what /ask groups by
// paragraph, without an object per mention.
import type { Store } from "./schema.ts";

export interface MentionTable {
  /** The mentions of entity e are numbered entityMentions[e] … entityMentions[e + 1] − 1. */
  readonly entityMentions: Int32Array;
  /** MENTION_FIELDS numbers per mention: its article (index into the store's articles), paragraph, start and end. */
  readonly mentions: Int32Array;
}

export const MENTION_FIELDS = 4;

/** The table of the store's entities' mentions; a mention of an article the store does not hold is refused. */
export function mentionTable(store: Pick<Store, "articles" | "entities">): MentionTable {
  const articleNumbers = new Map(store.articles.map((a, i) => [a.id, i]));
  const entityMentions = new Int32Array(store.entities.length + 1);
  const mentions: number[] = [];
  store.entities.forEach((entity, e) => {
    for (const m of entity.mentions) {
      const article = articleNumbers.get(m.article);
      if (article === undefined) throw new Error(`refusing to store entity ${entity.id}: it is mentioned in ${m.article}, which is not stored`);
      mentions.push(article, m.paragraph, m.start, m.end);
    }
    entityMentions[e + 1] = mentions.length / MENTION_FIELDS;
  });
  return { entityMentions, mentions: Int32Array.from(mentions) };
}
