// /who: the entity card for a name: kind, description, aliases, how often it is quoted and
// mentioned, and the sentence of its first mention with the citation.
import { findEntity } from "../search/findEntity.ts";
import type { CoverageStore } from "../store/coverageStore.ts";
import { citedFields } from "./cite.ts";
import type { WhoResult } from "./contract.ts";

export async function answerWho(store: CoverageStore, input: { name: string }): Promise<WhoResult> {
  const { entity, suggestions } = await findEntity(store, input.name);
  if (!entity) return { query: input.name, entity: null, suggestions };
  const first = await store.firstMention(entity.id);
  return {
    query: input.name,
    entity: {
      name: entity.name,
      kind: entity.kind,
      aliases: entity.aliases,
      ...(entity.description ? { description: entity.description } : {}),
      quotes: entity.quotes,
      mentions: entity.mentions,
      ...(first ? { firstMention: { text: first.text, ...citedFields(first.article, first.paragraph) } } : {}),
    },
    suggestions: [],
  };
}
