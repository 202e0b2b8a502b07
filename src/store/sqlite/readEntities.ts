// Entities read back by name: exactly, by first name, by word prefix (autocomplete), by shared
// letter trigrams (the shortlist a typo is matched on), by standing; and where one is first mentioned.
import type { Database } from "better-sqlite3";
import type { FirstMention, NameHit, NameQuery, StoredEntity } from "../coverageStore.ts";
import { ENTITY_COLUMNS, STANDING, toEntities, type EntityRow } from "../rows/entityRow.ts";
import { bestNameIds, distinctTrigrams, planGramReads, PREFIX_POSTINGS, shortlistSize, STANDING_WALK } from "../rows/nameShortlist.ts";
import { ftsString } from "./ftsMatch.ts";
import { placeholders, statement } from "./statement.ts";

/** Entities from their rows, each with its aliases (its other names, in the order they were first met). */
export function withAliases(db: Database, rows: readonly EntityRow[]): StoredEntity[] {
  if (rows.length === 0) return [];
  const seqs = [...new Set(rows.map((r) => r.seq))];
  const forms = statement(db, `SELECT entity_seq AS seq, form FROM entity_name WHERE entity_seq IN (${placeholders(seqs.length)}) ORDER BY id`)
    .all(...seqs) as { seq: number; form: string }[];
  return toEntities(rows, forms);
}

type HitRow = EntityRow & { key: string; form: string };

function hits(db: Database, rows: readonly HitRow[]): NameHit[] {
  const entities = new Map(withAliases(db, rows).map((e, i) => [rows[i]?.seq ?? -1, e]));
  return rows.flatMap((r) => {
    const entity = entities.get(r.seq);
    return entity ? [{ entity, key: r.key, alias: r.form !== r.name }] : [];
  });
}

/** The order entities of one name are offered in: the most mentioned first (the index entity_most_mentioned). */
const MOST_MENTIONED = "e.mentions DESC, e.quotes DESC, e.name, e.seq";
/**
 * Up to this many entities of one name are read and sorted; past it (a common surname: 4,000 of the 73,000
 * entities of the 10,000-article bench store are a "Lokalo") entities are walked from the most mentioned
 * down, each looked up in entity_name_key_holder, until enough hold the name: a short walk, because the
 * name is common.
 */
const SORTED_UP_TO = 500;

export function entitiesNamed(db: Database, key: string, limit: number): StoredEntity[] {
  const holders = statement(db, "SELECT count(*) FROM (SELECT 1 FROM entity_name WHERE key = ? LIMIT ?)").pluck().get(key, SORTED_UP_TO + 1) as number;
  const rows = statement(
    db,
    holders > SORTED_UP_TO
      ? `SELECT ${ENTITY_COLUMNS} FROM entity e INDEXED BY entity_most_mentioned
         WHERE EXISTS (SELECT 1 FROM entity_name n WHERE n.key = ? AND n.entity_seq = e.seq) ORDER BY ${MOST_MENTIONED} LIMIT ?`
      : `SELECT DISTINCT ${ENTITY_COLUMNS} FROM entity_name n JOIN entity e ON e.seq = n.entity_seq WHERE n.key = ? ORDER BY ${MOST_MENTIONED} LIMIT ?`,
  ).all(key, limit) as EntityRow[];
  return withAliases(db, rows);
}

export function peopleWithFirstName(db: Database, word: string, limit: number): StoredEntity[] {
  const rows = statement(
    db,
    `SELECT DISTINCT ${ENTITY_COLUMNS} FROM entity_name n JOIN entity e ON e.seq = n.entity_seq
     WHERE n.key > ? AND n.key < ? AND n.form = e.name AND e.kind = 'person' ORDER BY ${STANDING} LIMIT ?`,
  ).all(`${word} `, `${word}!`, limit) as EntityRow[];
  return withAliases(db, rows);
}

const speakersOnly = (query: NameQuery) => (query.speakers ? "AND e.quotes > 0" : "");

export function namesWithPrefix(db: Database, prefix: string, query: NameQuery): NameHit[] {
  if (!prefix) return [];
  const walked = statement(
    db,
    `SELECT ${ENTITY_COLUMNS}, n.key AS key, n.form AS form
     FROM (SELECT * FROM entity e WHERE 1 = 1 ${speakersOnly(query)} ORDER BY ${STANDING} LIMIT ${STANDING_WALK}) e
     JOIN entity_name n ON n.entity_seq = e.seq
     WHERE (' ' || n.key) LIKE ? ESCAPE '\\' ORDER BY ${STANDING}, n.id LIMIT ?`,
  ).all(`% ${prefix.replace(/[\\%_]/gu, "\\$&")}%`, query.limit) as HitRow[];
  if (walked.length >= query.limit) return hits(db, walked);
  const indexed = statement(
    db,
    `SELECT ${ENTITY_COLUMNS}, n.key AS key, n.form AS form FROM entity_name n JOIN entity e ON e.seq = n.entity_seq
     WHERE n.id IN (SELECT rowid FROM entity_word_fts WHERE entity_word_fts MATCH ? ORDER BY rowid LIMIT ${PREFIX_POSTINGS}) ${speakersOnly(query)}
     ORDER BY ${STANDING}, n.id LIMIT ?`,
  ).all(`${ftsString(prefix)}*`, query.limit) as HitRow[];
  return hits(db, indexed);
}

/** Stored names scored by the rare trigrams they share with `key` (the rule in nameShortlist.ts). */
export function namesLike(db: Database, key: string, query: NameQuery): NameHit[] {
  const lookup = statement(db, "SELECT docs FROM name_gram WHERE gram = ?").pluck();
  const counts = distinctTrigrams(key).map((gram) => ({ gram, docs: (lookup.get(gram) as number | undefined) ?? 0 }));
  const names = (statement(db, "SELECT max(id) FROM entity_name").pluck().get() as number | null) ?? 0;
  const postings = statement(db, "SELECT rowid FROM entity_name_fts WHERE entity_name_fts MATCH ? ORDER BY rowid LIMIT ?").pluck();
  const best = bestNameIds(
    planGramReads(counts, names),
    (read) => postings.all(ftsString(read.gram), read.limit) as number[],
    shortlistSize(query.limit, query.speakers),
  );
  if (best.length === 0) return [];
  const rows = statement(
    db,
    `SELECT ${ENTITY_COLUMNS}, n.key AS key, n.form AS form, n.id AS nameId FROM entity_name n JOIN entity e ON e.seq = n.entity_seq
     WHERE n.id IN (${placeholders(best.length)}) ${speakersOnly(query)}`,
  ).all(...best) as (HitRow & { nameId: number })[];
  const rank = new Map(best.map((id, i) => [id, i]));
  return hits(db, rows.sort((a, b) => (rank.get(a.nameId) ?? 0) - (rank.get(b.nameId) ?? 0)).slice(0, query.limit));
}

export function topEntities(db: Database, query: NameQuery): StoredEntity[] {
  const rows = statement(db, `SELECT ${ENTITY_COLUMNS} FROM entity e WHERE 1 = 1 ${speakersOnly(query)} ORDER BY ${STANDING} LIMIT ?`).all(query.limit) as EntityRow[];
  return withAliases(db, rows);
}

export function firstMention(db: Database, entityId: string): FirstMention | null {
  const row = statement(
    db,
    `SELECT a.id AS id, a.title AS title, a.outlet AS outlet, a.url AS url, m.n AS n, m.start AS start, m.end AS end, p.id AS paragraph, p.text AS text
     FROM entity e JOIN mention m ON m.entity_seq = e.seq JOIN article a ON a.seq = m.article_seq JOIN paragraph p ON p.id = m.paragraph_id
     WHERE e.id = ? ORDER BY m.article_seq, m.n, m.start LIMIT 1`,
  ).get(entityId) as
    | { id: string; title: string; outlet: string | null; url: string | null; n: number; start: number; end: number; paragraph: number; text: string }
    | undefined;
  if (!row) return null;
  const sentence = statement(db, "SELECT start, end FROM sentence WHERE paragraph_id = ? AND start <= ? AND end >= ? ORDER BY ordinal LIMIT 1").get(
    row.paragraph,
    row.start,
    row.end,
  ) as { start: number; end: number } | undefined;
  return {
    article: { id: row.id, title: row.title, ...(row.outlet ? { outlet: row.outlet } : {}), ...(row.url ? { url: row.url } : {}) },
    paragraph: row.n,
    text: row.text.slice(sentence?.start ?? 0, sentence?.end ?? row.text.length),
  };
}

export function entitySeq(db: Database, id: string): number | undefined {
  return (statement(db, "SELECT seq FROM entity WHERE id = ?").get(id) as { seq: number } | undefined)?.seq;
}
