// How both backends key an article's entity when filing it: the merge key that joins it to the
// store's entity of the same name, and the surname by which a lone surname finds its full name.
import type { ArticleEntity } from "../../model/analysis.ts";
import { mergeKey } from "../../nlp/names/mergeEntities.ts";

/** An article's entity as the store files it: its merge key and, for a full personal name, its surname. */
export interface EntityKey {
  key: string;
  surname: string | null;
}

export function entityKey(entity: ArticleEntity): EntityKey {
  const key = mergeKey(entity.kind, entity.name);
  const words = key.slice(key.indexOf(":") + 1).split(" ");
  return { key, surname: entity.kind === "person" && words.length > 1 ? (words.at(-1) ?? null) : null };
}

/** The surname a one-word personal key is ("person:putin" → "putin"), or null for any other key. */
export const soleSurname = (key: string): string | null => (key.startsWith("person:") && !key.includes(" ") ? key.slice("person:".length) : null);
