// The entities as the store file holds them: a list per field, and every mention as four numbers
// (article index, paragraph, start, end) in one typed array, instead of an object per mention.
import { int32s, pack, uint8s } from "./packedNumbers.ts";
import type { BodyTable } from "./bodyTable.ts";
import { spanFits } from "./packedBodies.ts";
import { EntityKindSchema, type Entity, type Mention, type PackedEntities, type StoredArticle } from "./schema.ts";
import { allBelow, startsFit } from "./storedLists.ts";
import { mustHold, unpacked } from "./storeFileProblem.ts";

const KINDS = EntityKindSchema.options;
const MENTION_FIELDS = 4;

/** Article ids to their place in the store's list, for packing references to them. */
export type ArticleNumbers = ReadonlyMap<string, number>;

export function packEntities(entities: readonly Entity[], articleNumbers: ArticleNumbers): PackedEntities {
  const entityMentions = [0];
  const mentions: number[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      const article = articleNumbers.get(m.article);
      if (article === undefined) throw new Error(`refusing to write entity ${entity.id}: it is mentioned in ${m.article}, which is not stored`);
      mentions.push(article, m.paragraph, m.start, m.end);
    }
    entityMentions.push(mentions.length / MENTION_FIELDS);
  }
  return {
    ids: entities.map((e) => e.id),
    names: entities.map((e) => e.name),
    kinds: pack(Uint8Array.from(entities, (e) => KINDS.indexOf(e.kind))),
    aliases: entities.map((e) => e.aliases),
    descriptions: entities.map((e) => e.description ?? null),
    genders: entities.map((e) => e.gender ?? null),
    entityMentions: pack(Int32Array.from(entityMentions)),
    mentions: pack(Int32Array.from(mentions)),
  };
}

/** The entities read back, their mentions pointing into `articles` and lying in `bodies`; a StoreFileProblem when the parts do not fit together. */
export function unpackEntities(packed: PackedEntities, articles: readonly StoredArticle[], bodies: BodyTable): Entity[] {
  const count = packed.ids.length;
  const kinds = unpacked(packed.kinds, uint8s, "entities.kinds");
  const entityMentions = unpacked(packed.entityMentions, int32s, "entities.entityMentions");
  const mentions = unpacked(packed.mentions, int32s, "entities.mentions");
  const fields = [packed.names, kinds, packed.aliases, packed.descriptions, packed.genders];
  mustHold(
    fields.every((field) => field.length === count),
    "the entities' fields do not all have one entry per entity",
  );
  mustHold(mentions.length % MENTION_FIELDS === 0, "entities.mentions does not hold four numbers per mention");
  mustHold(startsFit(entityMentions, count, mentions.length / MENTION_FIELDS), "entities.entityMentions does not fit the mentions");
  mustHold(allBelow(mentions, articles.length, { stride: MENTION_FIELDS }), "entities.mentions names an article that is not stored");
  return packed.ids.map((id, e) => {
    const kind = KINDS[kinds[e] ?? -1];
    mustHold(kind !== undefined, `entities.kinds has no kind numbered ${kinds[e]}`);
    const list: Mention[] = [];
    for (let m = (entityMentions[e] ?? 0) * MENTION_FIELDS; m < (entityMentions[e + 1] ?? 0) * MENTION_FIELDS; m += MENTION_FIELDS) {
      const a = mentions[m] ?? -1;
      const article = articles[a];
      const paragraph = mentions[m + 1] ?? 0;
      const start = mentions[m + 2] ?? 0;
      const end = mentions[m + 3] ?? 0;
      mustHold(article !== undefined && spanFits(bodies, a, paragraph, start, end), `entities.mentions has a mention of ${id} outside its paragraph`);
      list.push({ article: article.id, paragraph, start, end });
    }
    const description = packed.descriptions[e];
    const gender = packed.genders[e];
    return {
      id,
      name: packed.names[e] ?? "",
      kind,
      aliases: packed.aliases[e] ?? [],
      ...(description !== null && description !== undefined ? { description } : {}),
      ...(gender !== null && gender !== undefined ? { gender } : {}),
      mentions: list,
    };
  });
}
