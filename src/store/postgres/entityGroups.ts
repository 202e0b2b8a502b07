// One entity per person or organisation across the store, kept up to date one article at a time, as
// the SQLite store does: an article's entity joins the entity whose members share its key, a lone
// surname joins the one full name it ends (or the one written with the same title), and an entity's
// name, description, gender and names are worked out from its members when they change.
import type { ArticleEntity } from "../../model/analysis.ts";
import { slug } from "../../nlp/names/mergeEntities.ts";
import { normalizeName } from "../../nlp/names/nameKey.ts";
import { soleSurname, type EntityKey } from "../shared/entityKey.ts";
import { first, rows, type Db } from "./connection.ts";
import { deleteFormIndex, indexDescription, indexForm } from "./nameIndex.ts";

async function surnameTargets(db: Db, surname: string): Promise<number[]> {
  return (await rows<{ seq: number }>(db, "SELECT DISTINCT entity_seq AS seq FROM member WHERE surname = $1 ORDER BY 1", [surname])).map((r) => r.seq);
}

/** Of several full names a surname ends, the one already written with one of the same titled forms ("Vice President Biden"). */
async function sameTitle(db: Db, targets: readonly number[], entity: ArticleEntity): Promise<number | undefined> {
  const titled = entity.aliases.filter((alias) => alias.includes(" "));
  if (titled.length === 0) return undefined;
  const matching = await rows<{ seq: number }>(
    db,
    "SELECT DISTINCT entity_seq AS seq FROM entity_name WHERE entity_seq = ANY($1::integer[]) AND form = ANY($2::text[])",
    [targets, titled],
  );
  return matching.length === 1 ? matching[0]?.seq : undefined;
}

async function uniqueEntityId(db: Db, name: string): Promise<string> {
  const base = slug(name) || "entity";
  let id = base;
  for (let i = 2; (await first(db, "SELECT 1 FROM entity WHERE id = $1", [id])) !== undefined; i++) id = `${base}-${i}`;
  return id;
}

async function createEntity(db: Db, entity: ArticleEntity): Promise<number> {
  const row = await first<{ seq: number }>(db, "INSERT INTO entity (id, name, kind) VALUES ($1, $2, $3) RETURNING seq", [
    await uniqueEntityId(db, entity.name),
    entity.name,
    entity.kind,
  ]);
  return row?.seq ?? 0;
}

/** The entity an article's entity belongs to: found by its key or surname, or a new one. */
export async function entityFor(db: Db, entity: ArticleEntity, { key, surname }: EntityKey): Promise<number> {
  const same = await first<{ seq: number }>(db, "SELECT entity_seq AS seq FROM member WHERE key = $1 LIMIT 1", [key]);
  if (same) return same.seq;
  const lone = soleSurname(key);
  if (lone) {
    const targets = await surnameTargets(db, lone);
    const target = targets.length === 1 ? targets[0] : await sameTitle(db, targets, entity);
    if (target !== undefined) return target;
  }
  const seq = await createEntity(db, entity);
  if (surname) await adoptSurname(db, seq, surname);
  return seq;
}

/** A new full name takes in the entity of its lone surname ("Putin" before "Vladimir Putin" arrived), when it is the only full name ending so. */
async function adoptSurname(db: Db, seq: number, surname: string): Promise<void> {
  const targets = await surnameTargets(db, surname);
  if (targets.length !== 1 || targets[0] !== seq) return;
  const orphans = await rows<{ seq: number }>(db, "SELECT DISTINCT entity_seq AS seq FROM member WHERE key = $1 ORDER BY 1", [`person:${surname}`]);
  for (const orphan of orphans) {
    if (orphan.seq === seq) continue;
    const full = await first(db, "SELECT 1 FROM member WHERE entity_seq = $1 AND surname IS NOT NULL LIMIT 1", [orphan.seq]);
    if (full === undefined) await mergeEntity(db, orphan.seq, seq);
  }
}

/** Moves everything of entity `from` onto entity `into` and deletes `from`. */
async function mergeEntity(db: Db, from: number, into: number): Promise<void> {
  for (const sql of [
    "UPDATE member SET entity_seq = $1 WHERE entity_seq = $2",
    "UPDATE mention SET entity_seq = $1 WHERE entity_seq = $2",
    "UPDATE quote SET speaker_seq = $1 WHERE speaker_seq = $2",
    `UPDATE quote_about q SET entity_seq = $1 WHERE q.entity_seq = $2
     AND NOT EXISTS (SELECT 1 FROM quote_about x WHERE x.entity_seq = $1 AND x.quote_id = q.quote_id)`,
  ]) {
    await rows(db, sql, [into, from]);
  }
  await rows(db, "DELETE FROM quote_about WHERE entity_seq = $1", [from]);
  await rows(
    db,
    `UPDATE entity SET quotes = entity.quotes + f.quotes, mentions = entity.mentions + f.mentions
     FROM (SELECT quotes, mentions FROM entity WHERE seq = $1) f WHERE entity.seq = $2`,
    [from, into],
  );
  const forms = await rows<{ form: string; nameUses: number; aliasUses: number }>(
    db,
    "SELECT form, name_uses AS \"nameUses\", alias_uses AS \"aliasUses\" FROM entity_name WHERE entity_seq = $1 ORDER BY id",
    [from],
  );
  await dropEntity(db, from);
  await addForms(db, into, forms);
  await refreshEntity(db, into);
}

/** More (or, negative, fewer) uses of a form for an entity, as a member's name and as an alias. */
export interface FormUses {
  form: string;
  nameUses: number;
  aliasUses: number;
}

/** The uses of each form added up, in the order the forms first came: one row per form, so one statement can file them all. */
function byForm(uses: readonly FormUses[]): FormUses[] {
  const merged = new Map<string, FormUses>();
  for (const u of uses) {
    const seen = merged.get(u.form);
    merged.set(u.form, seen ? { form: u.form, nameUses: seen.nameUses + u.nameUses, aliasUses: seen.aliasUses + u.aliasUses } : u);
  }
  return [...merged.values()];
}

/**
 * Counts the uses of an entity's forms in one statement (a new form gets its row in the order given); a form
 * no longer used goes, and a new one is indexed.
 */
export async function addForms(db: Db, seq: number, uses: readonly FormUses[]): Promise<void> {
  const forms = byForm(uses);
  if (forms.length === 0) return;
  const keys = forms.map((f) => normalizeName(f.form));
  const stored = await rows<{ id: number; form: string; nameUses: number; aliasUses: number }>(
    db,
    `INSERT INTO entity_name (entity_seq, form, key, word_count, name_uses, alias_uses)
     SELECT $1, form, key, words, name_uses, alias_uses
     FROM unnest($2::text[], $3::text[], $4::integer[], $5::integer[], $6::integer[]) WITH ORDINALITY AS f(form, key, words, name_uses, alias_uses, i) ORDER BY i
     ON CONFLICT (entity_seq, form) DO UPDATE SET name_uses = entity_name.name_uses + excluded.name_uses, alias_uses = entity_name.alias_uses + excluded.alias_uses
     RETURNING id, form, name_uses AS "nameUses", alias_uses AS "aliasUses"`,
    [seq, forms.map((f) => f.form), keys, forms.map((f) => f.form.split(" ").length), forms.map((f) => f.nameUses), forms.map((f) => f.aliasUses)],
  );
  const rowOf = new Map(stored.map((row) => [row.form, row]));
  for (const [i, f] of forms.entries()) {
    const row = rowOf.get(f.form);
    if (!row) continue;
    const total = row.nameUses + row.aliasUses;
    if (total <= 0) {
      await deleteFormIndex(db, row.id);
      await rows(db, "DELETE FROM entity_name WHERE id = $1", [row.id]);
    } else if (total === f.nameUses + f.aliasUses) {
      await indexForm(db, seq, row.id, f.form, keys[i] ?? "");
    }
  }
}

/** Deletes an entity with its names and their indexes. */
async function dropEntity(db: Db, seq: number): Promise<void> {
  for (const { id } of await rows<{ id: number }>(db, "SELECT id FROM entity_name WHERE entity_seq = $1", [seq])) await deleteFormIndex(db, id);
  await rows(db, "DELETE FROM name_form WHERE entity_seq = $1", [seq]);
  await rows(db, "DELETE FROM entity_name WHERE entity_seq = $1", [seq]);
  await rows(db, "DELETE FROM entity WHERE seq = $1", [seq]);
}

/**
 * Works an entity's name (its members' name with the most words, the first such), description and gender
 * (its first member's that has one) out again; an entity left without members is deleted.
 */
export async function refreshEntity(db: Db, seq: number): Promise<void> {
  const found = await first<{ head: string | null; description: string | null; gender: string | null; before: string | null }>(
    db,
    `SELECT (SELECT form FROM entity_name WHERE entity_seq = $1 AND name_uses > 0 ORDER BY word_count DESC, id LIMIT 1) AS head,
            (SELECT description FROM member WHERE entity_seq = $1 AND description IS NOT NULL ORDER BY id LIMIT 1) AS description,
            (SELECT gender FROM member WHERE entity_seq = $1 AND gender IS NOT NULL ORDER BY id LIMIT 1) AS gender,
            (SELECT description FROM entity WHERE seq = $1) AS before`,
    [seq],
  );
  if (!found?.head) {
    await dropEntity(db, seq);
    return;
  }
  await rows(db, "UPDATE entity SET name = $1, description = $2, gender = $3 WHERE seq = $4", [found.head, found.description, found.gender, seq]);
  if (found.description !== found.before) await indexDescription(db, seq, found.description);
}
