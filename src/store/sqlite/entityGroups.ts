// One entity per person or organisation across the store, kept up to date one article at a time:
// an article's entity joins the entity whose members share its key, a lone surname joins the one
// full name it ends (or the one written with the same title), and an entity's name, description,
// gender and names are worked out from its members when they change. Ids stay stable.
import type { Database } from "better-sqlite3";
import type { ArticleEntity } from "../../model/analysis.ts";
import { slug } from "../../nlp/names/mergeEntities.ts";
import { normalizeName } from "../../nlp/names/nameKey.ts";
import { soleSurname, type EntityKey } from "../shared/entityKey.ts";
import { deleteFormIndex, indexForm, indexDescription } from "./nameIndex.ts";
import { statement } from "./statement.ts";

/** The full-name entities a surname could belong to. */
function surnameTargets(db: Database, surname: string): number[] {
  return (statement(db, "SELECT DISTINCT entity_seq AS seq FROM member WHERE surname = ?").all(surname) as { seq: number }[]).map((r) => r.seq);
}

/** Of several full names a surname ends, the one already written with one of the same titled forms ("Vice President Biden"). */
function sameTitle(db: Database, targets: readonly number[], entity: ArticleEntity): number | undefined {
  const titled = entity.aliases.filter((alias) => alias.includes(" "));
  if (titled.length === 0) return undefined;
  const has = statement(db, "SELECT 1 FROM entity_name WHERE entity_seq = ? AND form = ?");
  const matching = targets.filter((seq) => titled.some((form) => has.get(seq, form) !== undefined));
  return matching.length === 1 ? matching[0] : undefined;
}

function uniqueEntityId(db: Database, name: string): string {
  const base = slug(name) || "entity";
  const taken = statement(db, "SELECT 1 FROM entity WHERE id = ?");
  let id = base;
  for (let i = 2; taken.get(id) !== undefined; i++) id = `${base}-${i}`;
  return id;
}

function createEntity(db: Database, entity: ArticleEntity): number {
  const result = statement(db, "INSERT INTO entity (id, name, kind) VALUES (?, ?, ?)").run(uniqueEntityId(db, entity.name), entity.name, entity.kind);
  return Number(result.lastInsertRowid);
}

/** The entity an article's entity belongs to: found by its key or surname, or a new one. */
export function entityFor(db: Database, entity: ArticleEntity, { key, surname }: EntityKey): { seq: number; created: boolean } {
  const same = statement(db, "SELECT entity_seq AS seq FROM member WHERE key = ? LIMIT 1").get(key) as { seq: number } | undefined;
  if (same) return { seq: same.seq, created: false };
  const lone = soleSurname(key);
  if (lone) {
    const targets = surnameTargets(db, lone);
    const target = targets.length === 1 ? targets[0] : sameTitle(db, targets, entity);
    if (target !== undefined) return { seq: target, created: false };
  }
  const seq = createEntity(db, entity);
  if (surname) adoptSurname(db, seq, surname);
  return { seq, created: true };
}

/** A new full name takes in the entity of its lone surname ("Putin" before "Vladimir Putin" arrived), when it is the only full name ending so. */
function adoptSurname(db: Database, seq: number, surname: string): void {
  const targets = surnameTargets(db, surname);
  if (targets.length !== 1 || targets[0] !== seq) return;
  const orphans = statement(db, "SELECT DISTINCT entity_seq AS seq FROM member WHERE key = ?").all(`person:${surname}`) as { seq: number }[];
  const hasFullName = statement(db, "SELECT 1 FROM member WHERE entity_seq = ? AND surname IS NOT NULL LIMIT 1");
  for (const orphan of orphans) {
    if (orphan.seq !== seq && hasFullName.get(orphan.seq) === undefined) mergeEntity(db, orphan.seq, seq);
  }
}

/** Moves everything of entity `from` onto entity `into` and deletes `from`. */
function mergeEntity(db: Database, from: number, into: number): void {
  for (const sql of [
    "UPDATE member SET entity_seq = ? WHERE entity_seq = ?",
    "UPDATE mention SET entity_seq = ? WHERE entity_seq = ?",
    "UPDATE quote SET speaker_seq = ? WHERE speaker_seq = ?",
    "UPDATE OR IGNORE quote_about SET entity_seq = ? WHERE entity_seq = ?",
  ]) {
    statement(db, sql).run(into, from);
  }
  statement(db, "DELETE FROM quote_about WHERE entity_seq = ?").run(from);
  statement(db, "UPDATE entity SET quotes = quotes + (SELECT quotes FROM entity WHERE seq = ?), mentions = mentions + (SELECT mentions FROM entity WHERE seq = ?) WHERE seq = ?").run(from, from, into);
  const forms = statement(db, "SELECT form, name_uses AS nameUses, alias_uses AS aliasUses FROM entity_name WHERE entity_seq = ? ORDER BY id").all(from) as {
    form: string;
    nameUses: number;
    aliasUses: number;
  }[];
  dropEntity(db, from);
  for (const f of forms) addForm(db, into, f.form, f.nameUses, f.aliasUses);
  refreshEntity(db, into);
}

/** Counts one more (or, negative, fewer) uses of `form` for an entity, as a member's name or as an alias; a form no longer used goes. */
export function addForm(db: Database, seq: number, form: string, nameUses: number, aliasUses: number): void {
  const key = normalizeName(form);
  const row = statement(
    db,
    `INSERT INTO entity_name (entity_seq, form, key, word_count, name_uses, alias_uses) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (entity_seq, form) DO UPDATE SET name_uses = name_uses + excluded.name_uses, alias_uses = alias_uses + excluded.alias_uses
     RETURNING id, name_uses AS nameUses, alias_uses AS aliasUses`,
  ).get(seq, form, key, form.split(" ").length, nameUses, aliasUses) as { id: number; nameUses: number; aliasUses: number };
  const uses = row.nameUses + row.aliasUses;
  if (uses <= 0) {
    deleteFormIndex(db, row.id);
    statement(db, "DELETE FROM entity_name WHERE id = ?").run(row.id);
  } else if (uses === nameUses + aliasUses) {
    indexForm(db, seq, row.id, form, key);
  }
}

/** Deletes an entity with its names and their indexes. */
function dropEntity(db: Database, seq: number): void {
  for (const { id } of statement(db, "SELECT id FROM entity_name WHERE entity_seq = ?").all(seq) as { id: number }[]) deleteFormIndex(db, id);
  statement(db, "DELETE FROM name_form WHERE entity_seq = ?").run(seq);
  statement(db, "DELETE FROM entity_name WHERE entity_seq = ?").run(seq);
  statement(db, "DELETE FROM entity WHERE seq = ?").run(seq);
}

/**
 * Works an entity's name (its members' name with the most words, the first such), description and gender
 * (its first member's that has one) out again; an entity left without members is deleted.
 */
export function refreshEntity(db: Database, seq: number): void {
  const head = statement(db, "SELECT form FROM entity_name WHERE entity_seq = ? AND name_uses > 0 ORDER BY word_count DESC, id LIMIT 1").get(seq) as
    | { form: string }
    | undefined;
  if (!head) {
    dropEntity(db, seq);
    return;
  }
  const described = statement(db, "SELECT description FROM member WHERE entity_seq = ? AND description IS NOT NULL ORDER BY id LIMIT 1").get(seq) as
    | { description: string }
    | undefined;
  const gendered = statement(db, "SELECT gender FROM member WHERE entity_seq = ? AND gender IS NOT NULL ORDER BY id LIMIT 1").get(seq) as
    | { gender: string }
    | undefined;
  const before = statement(db, "SELECT description FROM entity WHERE seq = ?").get(seq) as { description: string | null };
  statement(db, "UPDATE entity SET name = ?, description = ?, gender = ? WHERE seq = ?").run(head.form, described?.description ?? null, gendered?.gender ?? null, seq);
  const description = described?.description ?? null;
  if (description !== before.description) indexDescription(db, seq, description);
}
