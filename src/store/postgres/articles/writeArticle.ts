// Files one analysed article in the PostgreSQL store, or takes one out, in a single transaction that
// costs the same however many articles the store holds, exactly as the SQLite store files it: its
// body and passage index, its entities (joined to the store's), mentions, quotes, headlines and its
// place in a story, with every count kept up to date. Rows go in batches (unnest) to save round trips.
import { createHash } from "node:crypto";
import type { ArticleAnalysis } from "../../../model/analysis.ts";
import { normalizeName } from "../../../nlp/names/nameKey.ts";
import { articleTerms, type ParagraphTerms } from "../../shared/articleTerms.ts";
import type { ArticleSource, PutStatus } from "../../coverageStore.ts";
import { entityKey } from "../../shared/entityKey.ts";
import { stemCounts, type CountedParagraph } from "../../shared/stemCounts.ts";
import { storySource } from "../../shared/storySource.ts";
import { textIdentity } from "../../shared/textIdentity.ts";
import { shingleSample } from "../../shared/textShingles.ts";
import { first, rows, type Db } from "../connection.ts";
import { addForms, entityFor, refreshEntity } from "../entityGroups.ts";
import { deleteHeadlines, insertHeadlines } from "../headlineRows.ts";
import { placeInStory, takeOutOfStory } from "../stories/storyPlacement.ts";
import { countWords } from "../vocabulary.ts";
import { addAliases, fileShingles, fileTextIdentity, sameArticleElsewhere } from "./articleIdentity.ts";

/** The id for an article from `path`: the slug of its title, or with a suffix hashed from the path when another source's article has it. */
async function uniqueArticleId(db: Db, base: string, path: string): Promise<string> {
  const hash = createHash("sha256").update(path).digest("hex");
  let id = base;
  for (let length = 8; ; length += 4) {
    const taken = await first<{ path: string }>(db, "SELECT source_path AS path FROM article WHERE id = $1", [id]);
    if (!taken || taken.path === path) return id;
    id = `${base}-${hash.slice(0, length)}`;
  }
}

/** Adds (sign 1) or takes away (sign −1) the body's share of the BM25 statistics. */
async function countTerms(db: Db, paragraphs: readonly CountedParagraph[], sign: 1 | -1): Promise<void> {
  const counts = [...stemCounts(paragraphs)];
  if (counts.length > 0) {
    await rows(
      db,
      `INSERT INTO term (stem, sentences, paragraphs) SELECT * FROM unnest($1::text[], $2::integer[], $3::integer[])
       ON CONFLICT (stem) DO UPDATE SET sentences = term.sentences + excluded.sentences, paragraphs = term.paragraphs + excluded.paragraphs`,
      [counts.map(([stem]) => stem), counts.map(([, [s]]) => sign * s), counts.map(([, [, p]]) => sign * p)],
    );
    if (sign < 0) await rows(db, "DELETE FROM term WHERE stem = ANY($1::text[]) AND sentences <= 0", [counts.map(([stem]) => stem)]);
  }
  const sentences = paragraphs.reduce((sum, p) => sum + p.sentences.length, 0);
  const length = paragraphs.reduce((sum, p) => sum + p.sentences.reduce((s, x) => s + x.stems.length, 0), 0);
  await rows(
    db,
    "UPDATE totals SET sentences = sentences + $1, sentence_length = sentence_length + $2, paragraphs = paragraphs + $3, paragraph_length = paragraph_length + $2",
    [sign * sentences, sign * length, sign * paragraphs.length],
  );
}

/** Inserts the body: paragraphs (with their stems, the passage index) and sentences; returns each paragraph's row id by number. */
async function insertBody(db: Db, seq: number, paragraphs: readonly ParagraphTerms[]): Promise<Map<number, number>> {
  const stems = paragraphs.map((p) => p.sentences.flatMap((s) => s.stems));
  const inserted = await rows<{ id: number; n: number }>(
    db,
    `INSERT INTO paragraph (article_seq, n, text, length, stems)
     SELECT $1, n, text, length, CASE WHEN stems = '' THEN '{}'::text[] ELSE string_to_array(stems, ' ') END
     FROM unnest($2::integer[], $3::text[], $4::integer[], $5::text[]) AS p(n, text, length, stems) RETURNING id, n`,
    [seq, paragraphs.map((p) => p.n), paragraphs.map((p) => p.text), stems.map((s) => s.length), stems.map((s) => s.join(" "))],
  );
  const ids = new Map(inserted.map((r) => [r.n, r.id]));
  const sentences = paragraphs.flatMap((p) => p.sentences.map((s) => ({ paragraph: ids.get(p.n) ?? 0, ...s })));
  await rows(
    db,
    `INSERT INTO sentence (paragraph_id, ordinal, start, "end", score, stems, length)
     SELECT * FROM unnest($1::integer[], $2::integer[], $3::integer[], $4::integer[], $5::double precision[], $6::text[], $7::integer[])`,
    [
      sentences.map((s) => s.paragraph),
      sentences.map((s) => s.ordinal),
      sentences.map((s) => s.start),
      sentences.map((s) => s.end),
      sentences.map((s) => s.score),
      sentences.map((s) => s.stems.join(" ")),
      sentences.map((s) => s.stems.length),
    ],
  );
  await countTerms(db, paragraphs, 1);
  return ids;
}

/** Files the article's entities with the store's, their mentions and its quotes. */
async function insertEntitiesAndQuotes(db: Db, seq: number, analysis: ArticleAnalysis, paragraphIds: ReadonlyMap<number, number>): Promise<void> {
  const touched = new Set<number>();
  const members: { id: number; entity: number }[] = [];
  for (const entity of analysis.entities) {
    const key = entityKey(entity);
    const entitySeq = await entityFor(db, entity, key);
    const m = entity.mentions;
    const member = await first<{ id: number }>(
      db,
      `WITH member AS (
         INSERT INTO member (article_seq, entity_seq, key, surname, name, aliases, description, gender) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
       ), mentions AS (
         INSERT INTO mention (member_id, entity_seq, article_seq, paragraph_id, n, start, "end")
         SELECT member.id, $2, $1, paragraph, n, start, "end" FROM member, unnest($9::integer[], $10::integer[], $11::integer[], $12::integer[]) AS m(paragraph, n, start, "end")
       ), counted AS (
         UPDATE entity SET mentions = mentions + cardinality($10::integer[]) WHERE seq = $2
       )
       SELECT id FROM member`,
      [
        seq,
        entitySeq,
        key.key,
        key.surname,
        entity.name,
        JSON.stringify(entity.aliases),
        entity.description ?? null,
        entity.gender ?? null,
        m.map((x) => paragraphIds.get(x.paragraph) ?? 0),
        m.map((x) => x.paragraph),
        m.map((x) => x.start),
        m.map((x) => x.end),
      ],
    );
    members.push({ id: member?.id ?? 0, entity: entitySeq });
    touched.add(entitySeq);
    await addForms(db, entitySeq, [{ form: entity.name, nameUses: 1, aliasUses: 0 }, ...entity.aliases.map((form) => ({ form, nameUses: 0, aliasUses: 1 }))]);
  }
  const quotes = analysis.quotes.map((q) => ({ ...q, by: q.speaker === null ? undefined : members[q.speaker] }));
  const ids = await rows<{ id: number }>(
    db,
    `INSERT INTO quote (article_seq, n, start, "end", text, kind, speaker_member, speaker_seq, cue, attribution)
     SELECT $1, n, start, "end", text, kind, member, speaker, cue, attribution
     FROM unnest($2::integer[], $3::integer[], $4::integer[], $5::text[], $6::text[], $7::integer[], $8::integer[], $9::text[], $10::text[])
       WITH ORDINALITY AS q(n, start, "end", text, kind, member, speaker, cue, attribution, i)
     ORDER BY i RETURNING id`,
    [
      seq,
      quotes.map((q) => q.paragraph),
      quotes.map((q) => q.start),
      quotes.map((q) => q.end),
      quotes.map((q) => q.text),
      quotes.map((q) => q.kind),
      quotes.map((q) => q.by?.id ?? null),
      quotes.map((q) => q.by?.entity ?? null),
      quotes.map((q) => q.cue),
      quotes.map((q) => (q.by ? q.attribution : "unknown")),
    ],
  );
  const spoken = quotes.flatMap((q) => (q.by ? [q.by.entity] : []));
  await rows(db, "UPDATE entity SET quotes = entity.quotes + s.count FROM (SELECT e, count(*) AS count FROM unnest($1::integer[]) AS e GROUP BY e) s WHERE entity.seq = s.e", [spoken]);
  const about = quotes.flatMap((q, i) =>
    q.about.flatMap((index) => {
      const subject = members[index];
      return subject && subject.entity !== q.by?.entity ? [{ quote: ids[i]?.id ?? 0, ...subject }] : [];
    }),
  );
  await rows(
    db,
    "INSERT INTO quote_about (entity_seq, quote_id, member_id) SELECT * FROM unnest($1::integer[], $2::integer[], $3::integer[]) ON CONFLICT DO NOTHING",
    [about.map((a) => a.entity), about.map((a) => a.quote), about.map((a) => a.id)],
  );
  for (const entitySeq of touched) await refreshEntity(db, entitySeq);
}

/** Takes an article's entities, quotes, body and headlines out (the article row itself stays), keeping every count right. */
async function deleteContents(db: Db, seq: number): Promise<void> {
  const touched = new Set<number>();
  const members = await rows<{ id: number; entity: number; name: string; aliases: string; mentions: number }>(
    db,
    "SELECT m.id, m.entity_seq AS entity, m.name, m.aliases, (SELECT count(*) FROM mention x WHERE x.member_id = m.id) AS mentions FROM member m WHERE m.article_seq = $1 ORDER BY m.id",
    [seq],
  );
  for (const member of members) {
    touched.add(member.entity);
    const aliases = JSON.parse(member.aliases) as string[];
    await addForms(db, member.entity, [{ form: member.name, nameUses: -1, aliasUses: 0 }, ...aliases.map((form) => ({ form, nameUses: 0, aliasUses: -1 }))]);
    await rows(db, "UPDATE entity SET mentions = mentions - $1 WHERE seq = $2", [member.mentions, member.entity]);
  }
  await rows(
    db,
    `UPDATE entity SET quotes = entity.quotes - s.count
     FROM (SELECT speaker_seq, count(*) AS count FROM quote WHERE article_seq = $1 AND speaker_seq IS NOT NULL GROUP BY speaker_seq) s WHERE entity.seq = s.speaker_seq`,
    [seq],
  );
  await rows(db, "DELETE FROM quote WHERE article_seq = $1", [seq]);
  await rows(db, "DELETE FROM member WHERE article_seq = $1", [seq]);
  for (const entity of touched) await refreshEntity(db, entity);

  const sentences = await rows<{ paragraph: number; stems: string }>(
    db,
    `SELECT p.id AS paragraph, s.stems AS stems FROM paragraph p LEFT JOIN sentence s ON s.paragraph_id = p.id
     WHERE p.article_seq = $1 ORDER BY p.id, s.id`,
    [seq],
  );
  const byParagraph = new Map<number, { stems: string[] }[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph) ?? [];
    if (s.stems !== null) list.push({ stems: s.stems ? s.stems.split(" ") : [] });
    byParagraph.set(s.paragraph, list);
  }
  await countTerms(db, [...byParagraph.values()].map((list) => ({ sentences: list })), -1);
  await rows(db, "DELETE FROM paragraph WHERE article_seq = $1", [seq]);
  const article = await first<{ words: string; tokens: number }>(
    db,
    "SELECT words, cardinality(title_words) + cardinality(source_words) AS tokens FROM article WHERE seq = $1",
    [seq],
  );
  await countWords(db, (JSON.parse(article?.words ?? "[]") as [string, number][]).map(([word, uses]) => [word, -uses]));
  await deleteHeadlines(db, seq);
  await rows(db, "UPDATE totals SET article_length = article_length - $1", [article?.tokens ?? 0]);
}

/** An article's words as its title and source are searched: the normalised words of its title, and of its outlet and id. */
function searchWords(title: string, outlet: string | undefined, id: string): { title: string[]; source: string[]; search: string } {
  const words = (text: string) => normalizeName(text).split(" ").filter(Boolean);
  const titleWords = words(title);
  const sourceWords = words(`${outlet ?? ""} ${id}`);
  return { title: titleWords, source: sourceWords, search: ` ${[...titleWords, ...sourceWords].join(" ")}` };
}

function articleValues(analysis: ArticleAnalysis, source: ArticleSource, now: string) {
  const a = analysis.article;
  const terms = articleTerms(a);
  return {
    terms,
    values: [
      a.title,
      a.outlet ?? null,
      a.url ?? null,
      a.published ?? null,
      a.byline ?? null,
      source.path,
      source.hash,
      JSON.stringify(a.sections),
      JSON.stringify(a.captions),
      JSON.stringify(a.related),
      [...terms.stems],
      JSON.stringify([...terms.words]),
      a.paragraphs.length,
      analysis.quotes.length,
      now,
    ],
  };
}

/**
 * Files one analysed article: added, updated in place (same source, new content: it keeps its id), or left unchanged
 * (same content, or the text of an article already stored from the same site under another address).
 */
export async function putArticle(db: Db, analysis: ArticleAnalysis, source: ArticleSource, now = new Date().toISOString()): Promise<{ status: PutStatus; id: string }> {
  const before = await first<{ seq: number; id: string; hash: string }>(db, "SELECT seq, id, content_hash AS hash FROM article WHERE source_path = $1", [source.path]);
  const alsoAt = source.alsoAt ?? [];
  if (before?.hash === source.hash) {
    await addAliases(db, before.seq, alsoAt);
    return { status: "unchanged", id: before.id };
  }
  const identity = textIdentity(analysis.article, source.path);
  const elsewhere = before ? undefined : await sameArticleElsewhere(db, identity, undefined);
  if (elsewhere) {
    await addAliases(db, elsewhere.seq, [source.path, ...alsoAt]);
    return { status: "unchanged", id: elsewhere.id };
  }
  const { terms, values } = articleValues(analysis, source, now);
  const id = before?.id ?? (await uniqueArticleId(db, analysis.article.id, source.path));
  const search = searchWords(analysis.article.title, analysis.article.outlet, id);
  let seq: number;
  if (before) {
    await takeOutOfStory(db, before.seq);
    await deleteContents(db, before.seq);
    seq = before.seq;
    await rows(
      db,
      `UPDATE article SET title = $1, outlet = $2, url = $3, published = $4, byline = $5, source_path = $6, content_hash = $7, sections = $8,
       captions = $9, related = $10, stems = $11, words = $12, paragraphs = $13, quotes = $14, ingested_at = $15,
       title_words = $16, source_words = $17, search = $18 WHERE seq = $19`,
      [...values, search.title, search.source, search.search, seq],
    );
  } else {
    const row = await first<{ seq: number }>(
      db,
      `INSERT INTO article (title, outlet, url, published, byline, source_path, content_hash, sections, captions, related, stems, words,
       paragraphs, quotes, ingested_at, title_words, source_words, search, id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING seq`,
      [...values, search.title, search.source, search.search, id],
    );
    seq = row?.seq ?? 0;
  }
  await rows(db, "UPDATE totals SET article_length = article_length + $1", [search.title.length + search.source.length]);
  const paragraphIds = await insertBody(db, seq, terms.paragraphs);
  await countWords(db, terms.words);
  await insertEntitiesAndQuotes(db, seq, analysis, paragraphIds);
  await insertHeadlines(db, seq, { ...analysis.article, id });
  await placeInStory(db, seq, id, storySource(analysis), now);
  const shingles = shingleSample(analysis.article);
  await fileTextIdentity(db, seq, identity, shingles);
  await fileShingles(db, seq, shingles);
  await addAliases(db, seq, alsoAt);
  return { status: before ? "updated" : "added", id };
}

/** Takes the article filed from `path` out of the store: its id, or null when there is none. */
export async function removeArticle(db: Db, path: string): Promise<string | null> {
  const row = await first<{ seq: number; id: string }>(db, "SELECT seq, id FROM article WHERE source_path = $1", [path]);
  if (!row) return null;
  await takeOutOfStory(db, row.seq);
  await deleteContents(db, row.seq);
  await rows(db, "DELETE FROM article WHERE seq = $1", [row.seq]);
  return row.id;
}
