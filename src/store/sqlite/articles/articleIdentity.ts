// Recognising an article already stored under another address: the same text from the same site is
// the same article (the new address is kept as an alias of it, nothing is filed twice); the same or
// near-same text from elsewhere (wire copy) is filed for its outlet but put in the first copy's text
// group, which answers read to list a quote once. Aliases let a feed's link be recognised next poll.
import type { Database } from "better-sqlite3";
import { textIdentity, type TextIdentity } from "../../shared/textIdentity.ts";
import { containment, MIN_SAMPLE, SAME_TEXT_CONTAINMENT, shingleSample } from "../../shared/textShingles.ts";
import { placeholders, statement } from "../statement.ts";

/** Articles sharing most of a sample, read to find the one whose text it nearly is. */
const NEAR_CANDIDATES = 10;

/** The text group of the article sharing most of this shingle sample, when it is the same text by its shingles. */
function groupOfNearText(db: Database, shingles: readonly number[], except: number): string | undefined {
  if (shingles.length === 0) return undefined;
  const candidates = db
    .prepare(
      `SELECT s.article_seq AS seq, COUNT(*) AS shared, (SELECT COUNT(*) FROM article_shingle c WHERE c.article_seq = s.article_seq) AS size
       FROM article_shingle s WHERE s.hash IN (${placeholders(shingles.length)}) AND s.article_seq != ?
       GROUP BY s.article_seq HAVING COUNT(*) >= ? ORDER BY shared DESC, s.article_seq LIMIT ?`,
    )
    .all(...shingles, except, Math.ceil(SAME_TEXT_CONTAINMENT * MIN_SAMPLE), NEAR_CANDIDATES) as { seq: number; shared: number; size: number }[];
  const best = candidates
    .map((c) => ({ seq: c.seq, score: containment(c.shared, shingles.length, c.size) }))
    .filter((c) => c.score >= SAME_TEXT_CONTAINMENT)
    .sort((a, b) => b.score - a.score || a.seq - b.seq)[0];
  if (!best) return undefined;
  return (statement(db, `SELECT text_group AS "group" FROM article_text WHERE article_seq = ?`).get(best.seq) as { group: string } | undefined)?.group;
}

/** The text group of another article with this text (the whole, else the opening, else most of its shingles): the oldest such article's. */
function groupOfSameText(db: Database, identity: TextIdentity, except: number, shingles: readonly number[]): string | undefined {
  const find = (column: "text_hash" | "lead_hash", value: string): string | undefined =>
    (statement(db, `SELECT text_group AS "group" FROM article_text WHERE ${column} = ? AND article_seq != ? ORDER BY article_seq LIMIT 1`).get(value, except) as
      | { group: string }
      | undefined)?.group;
  return find("text_hash", identity.textHash) ?? (identity.leadHash ? find("lead_hash", identity.leadHash) : undefined) ?? groupOfNearText(db, shingles, except);
}

/** The stored article this text from this site already is, if any (then it is not filed again). */
export function sameArticleElsewhere(db: Database, identity: TextIdentity, except: number | undefined): { seq: number; id: string } | undefined {
  if (!identity.site) return undefined;
  return statement(
    db,
    "SELECT a.seq AS seq, a.id AS id FROM article_text t JOIN article a ON a.seq = t.article_seq WHERE t.text_hash = ? AND t.site = ? AND t.article_seq != ? LIMIT 1",
  ).get(identity.textHash, identity.site, except ?? -1) as { seq: number; id: string } | undefined;
}

/**
 * Records the article's text identity and its group (the group of the first stored copy of its text,
 * else its own); filing it again makes it freshly checked. With its shingle sample, near-same text is
 * found too (the sample is filed apart, by fileShingles).
 */
export function fileTextIdentity(db: Database, seq: number, identity: TextIdentity, shingles: readonly number[] = []): void {
  const group = groupOfSameText(db, identity, seq, shingles) ?? identity.textHash;
  statement(
    db,
    `INSERT INTO article_text (article_seq, site, text_hash, lead_hash, text_group) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (article_seq) DO UPDATE SET site = excluded.site, text_hash = excluded.text_hash, lead_hash = excluded.lead_hash, text_group = excluded.text_group,
       checked_at = NULL`,
  ).run(seq, identity.site ?? null, identity.textHash, identity.leadHash ?? null, group);
}

/** Keeps the article's shingle sample (replacing the one of its earlier text), for later copies to be found by. */
export function fileShingles(db: Database, seq: number, shingles: readonly number[]): void {
  statement(db, "DELETE FROM article_shingle WHERE article_seq = ?").run(seq);
  const add = statement(db, "INSERT OR IGNORE INTO article_shingle (hash, article_seq) VALUES (?, ?)");
  for (const hash of shingles) add.run(hash, seq);
}

/** Keeps `urls` as other addresses of the article (an address already kept for another article moves to this one). */
export function addAliases(db: Database, seq: number, urls: readonly string[]): void {
  const upsert = statement(db, "INSERT INTO article_alias (url, article_seq) VALUES (?, ?) ON CONFLICT (url) DO UPDATE SET article_seq = excluded.article_seq");
  for (const url of urls) upsert.run(url, seq);
}

/** The text identity of every article stored before there was one (migration 4), oldest first. */
export function fileStoredTextIdentities(db: Database): void {
  const articles = db.prepare("SELECT seq, source_path AS path FROM article ORDER BY seq").all() as { seq: number; path: string }[];
  const body = db.prepare("SELECT text FROM paragraph WHERE article_seq = ? ORDER BY n");
  for (const { seq, path } of articles) fileTextIdentity(db, seq, textIdentity({ paragraphs: body.all(seq) as { text: string }[] }, path));
}

/** The shingle sample of every article stored before there was one (migration 5); their groups stay as they were. */
export function fileStoredShingles(db: Database): void {
  const articles = db.prepare("SELECT seq FROM article ORDER BY seq").all() as { seq: number }[];
  const body = db.prepare("SELECT text FROM paragraph WHERE article_seq = ? ORDER BY n");
  for (const { seq } of articles) fileShingles(db, seq, shingleSample({ paragraphs: body.all(seq) as { text: string }[] }));
}
