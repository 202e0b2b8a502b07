// Entities read back by name: exactly, by first name, by word prefix (autocomplete, through the
// pg_trgm index over name keys), by shared letter trigrams (the shortlist a typo is matched on, by the
// rule both backends share in rows/nameShortlist.ts), by standing; and where one is first mentioned.
import type { FirstMention, NameHit, NameQuery, StoredEntity } from "../coverageStore.ts";
import { ENTITY_COLUMNS, STANDING, toEntities, type EntityRow } from "../rows/entityRow.ts";
import { bestNameIds, distinctTrigrams, planGramReads, PREFIX_POSTINGS, shortlistSize, STANDING_WALK } from "../rows/nameShortlist.ts";
import { first, rows, type Db } from "./connection.ts";

/** Entities from their rows, each with its aliases (its other names, in the order they were first met). */
export async function withAliases(db: Db, found: readonly EntityRow[]): Promise<StoredEntity[]> {
  if (found.length === 0) return [];
  const seqs = [...new Set(found.map((r) => r.seq))];
  const forms = await rows<{ seq: number; form: string }>(db, "SELECT entity_seq AS seq, form FROM entity_name WHERE entity_seq = ANY($1::integer[]) ORDER BY id", [seqs]);
  return toEntities(found, forms);
}

type HitRow = EntityRow & { key: string; form: string };

async function hits(db: Db, found: readonly HitRow[]): Promise<NameHit[]> {
  const entities = await withAliases(db, found);
  const bySeq = new Map(entities.map((e, i) => [found[i]?.seq ?? -1, e]));
  return found.flatMap((r) => {
    const entity = bySeq.get(r.seq);
    return entity ? [{ entity, key: r.key, alias: r.form !== r.name }] : [];
  });
}

export async function entitiesNamed(db: Db, key: string, limit: number): Promise<StoredEntity[]> {
  const found = await rows<EntityRow>(
    db,
    `SELECT DISTINCT ${ENTITY_COLUMNS} FROM entity_name n JOIN entity e ON e.seq = n.entity_seq WHERE n.key = $1 ORDER BY e.mentions DESC, e.quotes DESC, e.name, e.seq LIMIT $2`,
    [key, limit],
  );
  return withAliases(db, found);
}

export async function peopleWithFirstName(db: Db, word: string, limit: number): Promise<StoredEntity[]> {
  const found = await rows<EntityRow>(
    db,
    `SELECT DISTINCT ${ENTITY_COLUMNS} FROM entity_name n JOIN entity e ON e.seq = n.entity_seq
     WHERE n.key > $1 AND n.key < $2 AND n.form = e.name AND e.kind = 'person' ORDER BY ${STANDING}, e.seq LIMIT $3`,
    [`${word} `, `${word}!`, limit],
  );
  return withAliases(db, found);
}

/** $2 true keeps to entities that are quoted. */
const SPEAKERS_ONLY = "AND (NOT $2::boolean OR e.quotes > 0)";

export async function namesWithPrefix(db: Db, prefix: string, query: NameQuery): Promise<NameHit[]> {
  if (!prefix) return [];
  const params = [`% ${prefix.toLowerCase().replace(/[\\%_]/gu, "\\$&")}%`, query.speakers ?? false, query.limit];
  const walked = await rows<HitRow>(
    db,
    `SELECT ${ENTITY_COLUMNS}, n.key AS key, n.form AS form
     FROM (SELECT * FROM entity e WHERE NOT $2::boolean OR e.quotes > 0 ORDER BY ${STANDING} LIMIT ${STANDING_WALK}) e
     JOIN entity_name n ON n.entity_seq = e.seq
     WHERE (' ' || n.key) LIKE $1 ORDER BY ${STANDING}, n.id LIMIT $3`,
    params,
  );
  if (walked.length >= query.limit) return hits(db, walked);
  const indexed = await rows<HitRow>(
    db,
    `SELECT ${ENTITY_COLUMNS}, n.key AS key, n.form AS form FROM entity_name n JOIN entity e ON e.seq = n.entity_seq
     WHERE n.id IN (SELECT id FROM entity_name WHERE (' ' || key) LIKE $1 ORDER BY id LIMIT ${PREFIX_POSTINGS}) ${SPEAKERS_ONLY}
     ORDER BY ${STANDING}, n.id LIMIT $3`,
    params,
  );
  return hits(db, indexed);
}

/** Stored names scored by the rare trigrams they share with `key` (the rule in nameShortlist.ts), in one round trip for the postings. */
export async function namesLike(db: Db, key: string, query: NameQuery): Promise<NameHit[]> {
  const grams = distinctTrigrams(key);
  const counted = await rows<{ gram: string; docs: number }>(db, "SELECT gram, docs FROM name_gram WHERE gram = ANY($1::text[])", [grams]);
  const names = (await first<{ names: number | null }>(db, "SELECT max(id) AS names FROM entity_name"))?.names ?? 0;
  const reads = planGramReads(counted, names);
  if (reads.length === 0) return [];
  const posted = await rows<{ gram: string; ids: number[] }>(
    db,
    `SELECT r.gram AS gram, ARRAY(SELECT id FROM entity_name WHERE grams @> ARRAY[r.gram] ORDER BY id LIMIT r.take) AS ids
     FROM unnest($1::text[], $2::integer[]) AS r(gram, take)`,
    [reads.map((r) => r.gram), reads.map((r) => r.limit)],
  );
  const byGram = new Map(posted.map((p) => [p.gram, p.ids]));
  const best = bestNameIds(reads, (read) => byGram.get(read.gram) ?? [], shortlistSize(query.limit, query.speakers));
  const rank = new Map(best.map((id, i) => [id, i]));
  const named = await rows<HitRow & { nameId: number }>(
    db,
    `SELECT ${ENTITY_COLUMNS}, n.key AS key, n.form AS form, n.id AS "nameId" FROM entity_name n JOIN entity e ON e.seq = n.entity_seq
     WHERE n.id = ANY($1::integer[]) ${SPEAKERS_ONLY}`,
    [best, query.speakers ?? false],
  );
  return hits(db, named.sort((a, b) => (rank.get(a.nameId) ?? 0) - (rank.get(b.nameId) ?? 0)).slice(0, query.limit));
}

export async function topEntities(db: Db, query: NameQuery): Promise<StoredEntity[]> {
  const found = await rows<EntityRow>(db, `SELECT ${ENTITY_COLUMNS} FROM entity e WHERE NOT $1::boolean OR e.quotes > 0 ORDER BY ${STANDING} LIMIT $2`, [
    query.speakers ?? false,
    query.limit,
  ]);
  return withAliases(db, found);
}

export async function firstMention(db: Db, entityId: string): Promise<FirstMention | null> {
  const row = await first<{ id: string; title: string; outlet: string | null; url: string | null; n: number; text: string; start: number | null; end: number | null }>(
    db,
    `SELECT a.id AS id, a.title AS title, a.outlet AS outlet, a.url AS url, m.n AS n, p.text AS text, s.start AS start, s."end" AS "end"
     FROM entity e JOIN mention m ON m.entity_seq = e.seq JOIN article a ON a.seq = m.article_seq JOIN paragraph p ON p.id = m.paragraph_id
     LEFT JOIN LATERAL (SELECT start, "end" FROM sentence WHERE paragraph_id = p.id AND start <= m.start AND "end" >= m."end" ORDER BY ordinal LIMIT 1) s ON true
     WHERE e.id = $1 ORDER BY m.article_seq, m.n, m.start, m.id LIMIT 1`,
    [entityId],
  );
  if (!row) return null;
  return {
    article: { id: row.id, title: row.title, ...(row.outlet ? { outlet: row.outlet } : {}), ...(row.url ? { url: row.url } : {}) },
    paragraph: row.n,
    text: row.text.slice(row.start ?? 0, row.end ?? row.text.length),
  };
}
