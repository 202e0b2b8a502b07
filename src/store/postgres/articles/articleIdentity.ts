// Recognising an article already stored under another address, as the SQLite store does: the same
// text from the same site is the same article (the new address is kept as an alias of it, nothing is
// filed twice); the same or near-same text from elsewhere (wire copy) is filed for its outlet but put
// in the first copy's text group, which answers read to list a quote once. Aliases let a feed's link
// be recognised next poll.
import { textIdentity, type TextIdentity } from "../../shared/textIdentity.ts";
import { containment, MIN_SAMPLE, SAME_TEXT_CONTAINMENT, shingleSample } from "../../shared/textShingles.ts";
import { first, rows, type Db } from "../connection.ts";

/** Articles sharing most of a sample, read to find the one whose text it nearly is. */
const NEAR_CANDIDATES = 10;

/** The text group of the article sharing most of this shingle sample, when it is the same text by its shingles. */
async function groupOfNearText(db: Db, shingles: readonly number[], except: number): Promise<string | undefined> {
  if (shingles.length === 0) return undefined;
  const candidates = await rows<{ seq: number; shared: number; size: number }>(
    db,
    `SELECT s.article_seq AS seq, COUNT(*) AS shared, (SELECT COUNT(*) FROM article_shingle c WHERE c.article_seq = s.article_seq) AS size
     FROM article_shingle s WHERE s.hash = ANY($1::bigint[]) AND s.article_seq != $2
     GROUP BY s.article_seq HAVING COUNT(*) >= $3 ORDER BY shared DESC, s.article_seq LIMIT $4`,
    [shingles, except, Math.ceil(SAME_TEXT_CONTAINMENT * MIN_SAMPLE), NEAR_CANDIDATES],
  );
  const best = candidates
    .map((c) => ({ seq: c.seq, score: containment(c.shared, shingles.length, c.size) }))
    .filter((c) => c.score >= SAME_TEXT_CONTAINMENT)
    .sort((a, b) => b.score - a.score || a.seq - b.seq)[0];
  if (!best) return undefined;
  return (await first<{ group: string }>(db, `SELECT text_group AS "group" FROM article_text WHERE article_seq = $1`, [best.seq]))?.group;
}

/** The text group of another article with this text (the whole, else the opening, else most of its shingles): the oldest such article's. */
async function groupOfSameText(db: Db, identity: TextIdentity, except: number, shingles: readonly number[]): Promise<string | undefined> {
  const byText = await first<{ group: string }>(
    db,
    `SELECT text_group AS "group" FROM article_text WHERE text_hash = $1 AND article_seq != $2 ORDER BY article_seq LIMIT 1`,
    [identity.textHash, except],
  );
  if (byText) return byText.group;
  const byLead = identity.leadHash
    ? await first<{ group: string }>(
        db,
        `SELECT text_group AS "group" FROM article_text WHERE lead_hash = $1 AND article_seq != $2 ORDER BY article_seq LIMIT 1`,
        [identity.leadHash, except],
      )
    : undefined;
  return byLead?.group ?? (await groupOfNearText(db, shingles, except));
}

/** The stored article this text from this site already is, if any (then it is not filed again). */
export async function sameArticleElsewhere(db: Db, identity: TextIdentity, except: number | undefined): Promise<{ seq: number; id: string } | undefined> {
  if (!identity.site) return undefined;
  return first<{ seq: number; id: string }>(
    db,
    `SELECT a.seq, a.id FROM article_text t JOIN article a ON a.seq = t.article_seq
     WHERE t.text_hash = $1 AND t.site = $2 AND t.article_seq != $3 ORDER BY t.article_seq LIMIT 1`,
    [identity.textHash, identity.site, except ?? -1],
  );
}

/**
 * Records the article's text identity and its group (the group of the first stored copy of its text,
 * else its own); filing it again makes it freshly checked. With its shingle sample, near-same text is
 * found too (the sample is filed apart, by fileShingles).
 */
export async function fileTextIdentity(db: Db, seq: number, identity: TextIdentity, shingles: readonly number[] = []): Promise<void> {
  const group = (await groupOfSameText(db, identity, seq, shingles)) ?? identity.textHash;
  await rows(
    db,
    `INSERT INTO article_text (article_seq, site, text_hash, lead_hash, text_group) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (article_seq) DO UPDATE SET site = excluded.site, text_hash = excluded.text_hash, lead_hash = excluded.lead_hash,
       text_group = excluded.text_group, checked_at = NULL`,
    [seq, identity.site ?? null, identity.textHash, identity.leadHash ?? null, group],
  );
}

/** Keeps the article's shingle sample (replacing the one of its earlier text), for later copies to be found by. */
export async function fileShingles(db: Db, seq: number, shingles: readonly number[]): Promise<void> {
  await rows(db, "DELETE FROM article_shingle WHERE article_seq = $1", [seq]);
  await rows(db, "INSERT INTO article_shingle (hash, article_seq) SELECT DISTINCT unnest($1::bigint[]), $2::integer ON CONFLICT DO NOTHING", [shingles, seq]);
}

/** Keeps `urls` as other addresses of the article (an address already kept for another article moves to this one). */
export async function addAliases(db: Db, seq: number, urls: readonly string[]): Promise<void> {
  for (const url of urls) {
    await rows(db, "INSERT INTO article_alias (url, article_seq) VALUES ($1, $2) ON CONFLICT (url) DO UPDATE SET article_seq = excluded.article_seq", [url, seq]);
  }
}

/** The text identity of every article stored before there was one (migration 2), oldest first. */
export async function fileStoredTextIdentities(db: Db): Promise<void> {
  const articles = await rows<{ seq: number; path: string }>(db, "SELECT seq, source_path AS path FROM article ORDER BY seq");
  for (const { seq, path } of articles) {
    const paragraphs = await rows<{ text: string }>(db, "SELECT text FROM paragraph WHERE article_seq = $1 ORDER BY n", [seq]);
    await fileTextIdentity(db, seq, textIdentity({ paragraphs }, path));
  }
}

/** The shingle sample of every article stored before there was one (migration 3); their groups stay as they were. */
export async function fileStoredShingles(db: Db): Promise<void> {
  const articles = await rows<{ seq: number }>(db, "SELECT seq FROM article ORDER BY seq");
  for (const { seq } of articles) {
    const paragraphs = await rows<{ text: string }>(db, "SELECT text FROM paragraph WHERE article_seq = $1 ORDER BY n", [seq]);
    await fileShingles(db, seq, shingleSample({ paragraphs }));
  }
}
