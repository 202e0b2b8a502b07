// Files one analysed article in the store, or takes one out, in a single transaction that costs
// the same however many articles the store holds: its body and passage index, its entities (joined
// to the store's), mentions, quotes, headlines and its place in a story, with every count kept up to date.
import type { Database } from "better-sqlite3";
import { createHash } from "node:crypto";
import type { ArticleAnalysis } from "../../../model/analysis.ts";
import { normalizeName } from "../../../nlp/names/nameKey.ts";
import { articleTerms, type ParagraphTerms } from "../../shared/articleTerms.ts";
import { textIdentity } from "../../shared/textIdentity.ts";
import { shingleSample } from "../../shared/textShingles.ts";
import { addAliases, fileShingles, fileTextIdentity, sameArticleElsewhere } from "./articleIdentity.ts";
import type { ArticleSource, PutStatus } from "../../coverageStore.ts";
import { entityKey } from "../../shared/entityKey.ts";
import { stemCounts, type CountedParagraph } from "../../shared/stemCounts.ts";
import { storySource } from "../../shared/storySource.ts";
import { addForm, entityFor, refreshEntity } from "../entityGroups.ts";
import { deleteHeadlines, insertHeadlines } from "../headlineRows.ts";
import { placeholders, statement } from "../statement.ts";
import { placeInStory, takeOutOfStory } from "../stories/storyPlacement.ts";
import { countWords } from "../vocabulary.ts";

/**
 * The id for an article from `path`: the slug of its title, or, when another source's article already has
 * that id, the slug with a suffix hashed from the path, so two sources with one title never overwrite each other.
 */
function uniqueArticleId(db: Database, base: string, path: string): string {
  const owner = statement(db, "SELECT source_path AS path FROM article WHERE id = ?");
  const hash = createHash("sha256").update(path).digest("hex");
  let id = base;
  for (let length = 8; ; length += 4) {
    const taken = owner.get(id) as { path: string } | undefined;
    if (!taken || taken.path === path) return id;
    id = `${base}-${hash.slice(0, length)}`;
  }
}

/** Adds (sign 1) or takes away (sign −1) the body's share of the BM25 statistics. */
function countTerms(db: Database, paragraphs: readonly CountedParagraph[], sign: 1 | -1): void {
  const upsert = statement(
    db,
    `INSERT INTO term (stem, sentences, paragraphs) VALUES (?, ?, ?)
     ON CONFLICT (stem) DO UPDATE SET sentences = sentences + excluded.sentences, paragraphs = paragraphs + excluded.paragraphs
     RETURNING sentences`,
  );
  const drop = statement(db, "DELETE FROM term WHERE stem = ?");
  for (const [stem, [sentences, inParagraphs]] of stemCounts(paragraphs)) {
    if ((upsert.get(stem, sign * sentences, sign * inParagraphs) as { sentences: number }).sentences <= 0) drop.run(stem);
  }
  let sentences = 0;
  let sentenceLength = 0;
  let paragraphLength = 0;
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.sentences) {
      sentences += 1;
      sentenceLength += sentence.stems.length;
    }
    paragraphLength += paragraph.sentences.reduce((sum, s) => sum + s.stems.length, 0);
  }
  statement(
    db,
    "UPDATE totals SET sentences = sentences + ?, sentence_length = sentence_length + ?, paragraphs = paragraphs + ?, paragraph_length = paragraph_length + ?",
  ).run(sign * sentences, sign * sentenceLength, sign * paragraphs.length, sign * paragraphLength);
}

/** Inserts the body: paragraphs, sentences and their index; returns each paragraph's row id by number. */
function insertBody(db: Database, seq: number, paragraphs: readonly ParagraphTerms[]): Map<number, number> {
  const insertParagraph = statement(db, "INSERT INTO paragraph (article_seq, n, text, length) VALUES (?, ?, ?, ?)");
  const indexParagraph = statement(db, "INSERT INTO paragraph_fts (rowid, stems) VALUES (?, ?)");
  const insertSentence = statement(db, "INSERT INTO sentence (paragraph_id, ordinal, start, end, score, stems, length) VALUES (?, ?, ?, ?, ?, ?, ?)");
  const ids = new Map<number, number>();
  for (const paragraph of paragraphs) {
    const stems = paragraph.sentences.flatMap((s) => s.stems);
    const id = Number(insertParagraph.run(seq, paragraph.n, paragraph.text, stems.length).lastInsertRowid);
    ids.set(paragraph.n, id);
    indexParagraph.run(id, stems.join(" "));
    for (const s of paragraph.sentences) insertSentence.run(id, s.ordinal, s.start, s.end, s.score, s.stems.join(" "), s.stems.length);
  }
  countTerms(db, paragraphs, 1);
  return ids;
}

/** Files the article's entities with the store's, their mentions and its quotes; returns the entities touched. */
function insertEntitiesAndQuotes(db: Database, seq: number, analysis: ArticleAnalysis, paragraphIds: ReadonlyMap<number, number>): Set<number> {
  const touched = new Set<number>();
  const members: { id: number; entity: number }[] = [];
  const insertMember = statement(
    db,
    "INSERT INTO member (article_seq, entity_seq, key, surname, name, aliases, description, gender) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insertMention = statement(db, "INSERT INTO mention (member_id, entity_seq, article_seq, paragraph_id, n, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)");
  for (const entity of analysis.entities) {
    const key = entityKey(entity);
    const { seq: entitySeq } = entityFor(db, entity, key);
    const memberId = Number(
      insertMember.run(seq, entitySeq, key.key, key.surname, entity.name, JSON.stringify(entity.aliases), entity.description ?? null, entity.gender ?? null)
        .lastInsertRowid,
    );
    members.push({ id: memberId, entity: entitySeq });
    touched.add(entitySeq);
    addForm(db, entitySeq, entity.name, 1, 0);
    for (const alias of entity.aliases) addForm(db, entitySeq, alias, 0, 1);
    for (const m of entity.mentions) insertMention.run(memberId, entitySeq, seq, paragraphIds.get(m.paragraph) ?? 0, m.paragraph, m.start, m.end);
    statement(db, "UPDATE entity SET mentions = mentions + ? WHERE seq = ?").run(entity.mentions.length, entitySeq);
  }
  const insertQuote = statement(
    db,
    "INSERT INTO quote (article_seq, n, start, end, text, kind, speaker_member, speaker_seq, cue, attribution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const insertAbout = statement(db, "INSERT OR IGNORE INTO quote_about (entity_seq, quote_id, member_id) VALUES (?, ?, ?)");
  const countQuote = statement(db, "UPDATE entity SET quotes = quotes + 1 WHERE seq = ?");
  for (const q of analysis.quotes) {
    const speaker = q.speaker === null ? undefined : members[q.speaker];
    const id = Number(
      insertQuote.run(seq, q.paragraph, q.start, q.end, q.text, q.kind, speaker?.id ?? null, speaker?.entity ?? null, q.cue, speaker ? q.attribution : "unknown")
        .lastInsertRowid,
    );
    if (speaker) countQuote.run(speaker.entity);
    for (const index of q.about) {
      const about = members[index];
      if (about && about.entity !== speaker?.entity) insertAbout.run(about.entity, id, about.id);
    }
  }
  for (const entitySeq of touched) refreshEntity(db, entitySeq);
  return touched;
}

/** Takes an article's entities, quotes, body and headlines out (the article row itself stays), keeping every count right. */
function deleteContents(db: Database, seq: number): void {
  const touched = new Set<number>();
  const members = statement(db, "SELECT id, entity_seq AS entity, name, aliases FROM member WHERE article_seq = ?").all(seq) as {
    id: number;
    entity: number;
    name: string;
    aliases: string;
  }[];
  const mentions = statement(db, "SELECT count(*) AS count FROM mention WHERE member_id = ?");
  for (const member of members) {
    touched.add(member.entity);
    addForm(db, member.entity, member.name, -1, 0);
    for (const alias of JSON.parse(member.aliases) as string[]) addForm(db, member.entity, alias, 0, -1);
    const count = (mentions.get(member.id) as { count: number }).count;
    statement(db, "UPDATE entity SET mentions = mentions - ? WHERE seq = ?").run(count, member.entity);
  }
  const spoken = statement(db, "SELECT speaker_seq AS entity, count(*) AS count FROM quote WHERE article_seq = ? AND speaker_seq IS NOT NULL GROUP BY speaker_seq").all(seq) as {
    entity: number;
    count: number;
  }[];
  for (const { entity, count } of spoken) statement(db, "UPDATE entity SET quotes = quotes - ? WHERE seq = ?").run(count, entity);
  statement(db, "DELETE FROM quote WHERE article_seq = ?").run(seq);
  statement(db, "DELETE FROM member WHERE article_seq = ?").run(seq);
  for (const entity of touched) refreshEntity(db, entity);

  const paragraphs = statement(db, "SELECT id FROM paragraph WHERE article_seq = ?").all(seq) as { id: number }[];
  const sentences = statement(
    db,
    "SELECT s.paragraph_id AS paragraph, s.stems AS stems FROM sentence s JOIN paragraph p ON p.id = s.paragraph_id WHERE p.article_seq = ? ORDER BY s.id",
  ).all(seq) as { paragraph: number; stems: string }[];
  const byParagraph = new Map<number, { stems: string[] }[]>(paragraphs.map((p) => [p.id, []]));
  for (const s of sentences) byParagraph.get(s.paragraph)?.push({ stems: s.stems ? s.stems.split(" ") : [] });
  countTerms(db, [...byParagraph.values()].map((list) => ({ sentences: list })), -1);
  const ids = paragraphs.map((p) => p.id);
  for (let from = 0; from < ids.length; from += 500) {
    const chunk = ids.slice(from, from + 500);
    db.prepare(`DELETE FROM paragraph_fts WHERE rowid IN (${placeholders(chunk.length)})`).run(...chunk);
  }
  statement(db, "DELETE FROM paragraph WHERE article_seq = ?").run(seq);
  const words = statement(db, "SELECT words FROM article WHERE seq = ?").get(seq) as { words: string };
  countWords(db, (JSON.parse(words.words) as [string, number][]).map(([word, uses]) => [word, -uses]));
  deleteHeadlines(db, seq);
  statement(db, "DELETE FROM article_fts WHERE rowid = ?").run(seq);
}

function articleValues(analysis: ArticleAnalysis, source: ArticleSource, now: string) {
  const a = analysis.article;
  const terms = articleTerms(a);
  return {
    terms,
    values: {
      title: a.title,
      outlet: a.outlet ?? null,
      url: a.url ?? null,
      published: a.published ?? null,
      byline: a.byline ?? null,
      path: source.path,
      hash: source.hash,
      sections: JSON.stringify(a.sections),
      captions: JSON.stringify(a.captions),
      related: JSON.stringify(a.related),
      stems: [...terms.stems].join(" "),
      words: JSON.stringify([...terms.words]),
      paragraphs: a.paragraphs.length,
      quotes: analysis.quotes.length,
      now,
    },
  };
}

/**
 * Files one analysed article: added, updated in place (same source, new content: it keeps its id), or left unchanged
 * (same content, or the text of an article already stored from the same site under another address).
 */
export function putArticle(db: Database, analysis: ArticleAnalysis, source: ArticleSource, now = new Date().toISOString()): { status: PutStatus; id: string } {
  const run = db.transaction((): { status: PutStatus; id: string } => {
    const before = statement(db, "SELECT seq, id, content_hash AS hash FROM article WHERE source_path = ?").get(source.path) as
      | { seq: number; id: string; hash: string }
      | undefined;
    const alsoAt = source.alsoAt ?? [];
    if (before?.hash === source.hash) {
      addAliases(db, before.seq, alsoAt);
      return { status: "unchanged", id: before.id };
    }
    const identity = textIdentity(analysis.article, source.path);
    const elsewhere = before ? undefined : sameArticleElsewhere(db, identity, undefined);
    if (elsewhere) {
      addAliases(db, elsewhere.seq, [source.path, ...alsoAt]);
      return { status: "unchanged", id: elsewhere.id };
    }
    const { terms, values } = articleValues(analysis, source, now);
    let seq: number;
    let id: string;
    if (before) {
      takeOutOfStory(db, before.seq);
      deleteContents(db, before.seq);
      ({ seq, id } = before);
      statement(
        db,
        `UPDATE article SET title = @title, outlet = @outlet, url = @url, published = @published, byline = @byline, content_hash = @hash,
         sections = @sections, captions = @captions, related = @related, stems = @stems, words = @words, paragraphs = @paragraphs,
         quotes = @quotes, ingested_at = @now WHERE seq = @seq`,
      ).run({ ...values, seq });
    } else {
      id = uniqueArticleId(db, analysis.article.id, source.path);
      seq = Number(
        statement(
          db,
          `INSERT INTO article (id, title, outlet, url, published, byline, source_path, content_hash, sections, captions, related, stems, words,
           paragraphs, quotes, ingested_at)
           VALUES (@id, @title, @outlet, @url, @published, @byline, @path, @hash, @sections, @captions, @related, @stems, @words, @paragraphs, @quotes, @now)`,
        ).run({ ...values, id }).lastInsertRowid,
      );
    }
    const paragraphIds = insertBody(db, seq, terms.paragraphs);
    countWords(db, terms.words);
    insertEntitiesAndQuotes(db, seq, analysis, paragraphIds);
    insertHeadlines(db, seq, { ...analysis.article, id });
    statement(db, "INSERT INTO article_fts (rowid, title, source) VALUES (?, ?, ?)").run(
      seq,
      normalizeName(analysis.article.title),
      normalizeName(`${analysis.article.outlet ?? ""} ${id}`),
    );
    placeInStory(db, seq, id, storySource(analysis), now);
    const shingles = shingleSample(analysis.article);
    fileTextIdentity(db, seq, identity, shingles);
    fileShingles(db, seq, shingles);
    addAliases(db, seq, alsoAt);
    return { status: before ? "updated" : "added", id };
  });
  return run.immediate();
}

/** Takes the article filed from `path` out of the store: its id, or null when there is none. */
export function removeArticle(db: Database, path: string): string | null {
  const run = db.transaction(() => {
    const row = statement(db, "SELECT seq, id FROM article WHERE source_path = ?").get(path) as { seq: number; id: string } | undefined;
    if (!row) return null;
    takeOutOfStory(db, row.seq);
    deleteContents(db, row.seq);
    statement(db, "DELETE FROM article WHERE seq = ?").run(row.seq);
    return row.id;
  });
  return run.immediate();
}
