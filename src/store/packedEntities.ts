// The entities as the store file holds them: a list per field, and their mention table packed.
// Read back, each entity reads its mentions from the table when they are first asked for.
import { spanFits, type BodyTable } from "./bodyTable.ts";
import { MENTION_FIELDS, type MentionTable } from "./mentionTable.ts";
import { int32s, pack, uint8s } from "./packedNumbers.ts";
import { EntityKindSchema, type Entity, type EntityKind, type Mention } from "../model/entity.ts";
import type { PackedEntities, StoredArticle } from "./schema.ts";
import { allBelow, startsFit } from "./storedLists.ts";
import { mustHold, StoreFileProblem, unpacked } from "./storeFileProblem.ts";

const KINDS = EntityKindSchema.options;

export function packEntities(entities: readonly Entity[], mentions: MentionTable): PackedEntities {
  return {
    ids: entities.map((e) => e.id),
    names: entities.map((e) => e.name),
    kinds: pack(Uint8Array.from(entities, (e) => KINDS.indexOf(e.kind))),
    aliases: entities.map((e) => e.aliases),
    descriptions: entities.map((e) => e.description ?? null),
    genders: entities.map((e) => e.gender ?? null),
    entityMentions: pack(mentions.entityMentions),
    mentions: pack(mentions.mentions),
  };
}

/** A loaded entity: its mentions are built from the mention table when first asked for. JSON.stringify writes it whole. */
class LazyEntity implements Entity {
  readonly id: string;
  readonly name: string;
  readonly kind: EntityKind;
  readonly aliases: string[];
  declare readonly description?: string;
  declare readonly gender?: "male" | "female";
  readonly #table: MentionTable;
  readonly #articleIds: readonly string[];
  readonly #index: number;
  #mentions: Mention[] | undefined;

  constructor(packed: PackedEntities, kind: EntityKind, table: MentionTable, articleIds: readonly string[], index: number) {
    this.id = packed.ids[index] ?? "";
    this.name = packed.names[index] ?? "";
    this.kind = kind;
    this.aliases = packed.aliases[index] ?? [];
    const description = packed.descriptions[index];
    const gender = packed.genders[index];
    if (description !== null && description !== undefined) this.description = description;
    if (gender !== null && gender !== undefined) this.gender = gender;
    this.#table = table;
    this.#articleIds = articleIds;
    this.#index = index;
  }

  get mentions(): Mention[] {
    if (this.#mentions) return this.#mentions;
    const { entityMentions, mentions } = this.#table;
    const list: Mention[] = [];
    for (let m = (entityMentions[this.#index] ?? 0) * MENTION_FIELDS; m < (entityMentions[this.#index + 1] ?? 0) * MENTION_FIELDS; m += MENTION_FIELDS) {
      list.push({ article: this.#articleIds[mentions[m] ?? 0] ?? "", paragraph: mentions[m + 1] ?? 0, start: mentions[m + 2] ?? 0, end: mentions[m + 3] ?? 0 });
    }
    this.#mentions = list;
    return list;
  }

  toJSON(): Entity {
    return { ...this, mentions: this.mentions };
  }
}

/** The mention table read back, every mention checked to lie in its paragraph. */
function readMentions(packed: PackedEntities, bodies: BodyTable): MentionTable {
  const table = {
    entityMentions: unpacked(packed.entityMentions, int32s, "entities.entityMentions"),
    mentions: unpacked(packed.mentions, int32s, "entities.mentions"),
  };
  const { mentions } = table;
  mustHold(mentions.length % MENTION_FIELDS === 0, "entities.mentions does not hold four numbers per mention");
  mustHold(startsFit(table.entityMentions, packed.ids.length, mentions.length / MENTION_FIELDS), "entities.entityMentions does not fit the mentions");
  mustHold(allBelow(mentions, bodies.texts.length, { stride: MENTION_FIELDS }), "entities.mentions names an article that is not stored");
  for (let m = 0; m < mentions.length; m += MENTION_FIELDS) {
    const fits = spanFits(bodies, mentions[m] ?? 0, mentions[m + 1] ?? 0, mentions[m + 2] ?? 0, mentions[m + 3] ?? 0);
    if (!fits) throw new StoreFileProblem(`entities.mentions has a mention outside its paragraph (mention ${m / MENTION_FIELDS})`);
  }
  return table;
}

/** The entities and their mention table read back; a StoreFileProblem when the parts do not fit together. */
export function unpackEntities(packed: PackedEntities, articles: readonly StoredArticle[], bodies: BodyTable): { entities: Entity[]; mentions: MentionTable } {
  const count = packed.ids.length;
  const kinds = unpacked(packed.kinds, uint8s, "entities.kinds");
  mustHold(
    [packed.names, kinds, packed.aliases, packed.descriptions, packed.genders].every((field) => field.length === count),
    "the entities' fields do not all have one entry per entity",
  );
  const mentions = readMentions(packed, bodies);
  const articleIds = articles.map((a) => a.id);
  const entities = packed.ids.map((_, e) => {
    const kind = KINDS[kinds[e] ?? -1];
    if (kind === undefined) throw new StoreFileProblem(`entities.kinds has no kind numbered ${kinds[e]}`);
    return new LazyEntity(packed, kind, mentions, articleIds, e);
  });
  return { entities, mentions };
}
