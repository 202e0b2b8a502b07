// An entity's row as both backends read it, and the stored entities rows make with their name forms:
// each entity's aliases are its other names, in the order they were first met.
import type { EntityKind } from "../../model/entity.ts";
import type { StoredEntity } from "../coverageStore.ts";

export interface EntityRow {
  seq: number;
  id: string;
  name: string;
  kind: EntityKind;
  description: string | null;
  quotes: number;
  mentions: number;
}

export const ENTITY_COLUMNS = "e.seq AS seq, e.id AS id, e.name AS name, e.kind AS kind, e.description AS description, e.quotes AS quotes, e.mentions AS mentions";
/** Entities by standing: the most quoted, then the most mentioned, then by name. */
export const STANDING = "e.quotes DESC, e.mentions DESC, e.name";

/** `forms`: every name form of these entities (by seq), in the order they were first met. */
export function toEntities(found: readonly EntityRow[], forms: readonly { seq: number; form: string }[]): StoredEntity[] {
  const aliases = new Map<number, string[]>(found.map((r) => [r.seq, []]));
  const names = new Map(found.map((r) => [r.seq, r.name]));
  for (const f of forms) if (f.form !== names.get(f.seq)) aliases.get(f.seq)?.push(f.form);
  return found.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    aliases: aliases.get(r.seq) ?? [],
    ...(r.description ? { description: r.description } : {}),
    quotes: r.quotes,
    mentions: r.mentions,
  }));
}
