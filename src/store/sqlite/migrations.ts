// The SQLite schema as numbered forward migrations, run in order on open inside one transaction
// each; `PRAGMA user_version` records the last one applied, so an older store is brought up to date.
import type { Database } from "better-sqlite3";
import { StoreProblem } from "../storeProblem.ts";
import { fileStoredShingles, fileStoredTextIdentities } from "./articles/articleIdentity.ts";
import { countStoredNameGrams } from "./nameIndex.ts";
import { placeStoredArticles } from "./stories/placeStored.ts";

/** Migration n (1-based) takes a store from version n − 1 to n. Append only: never edit one that has shipped. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE article (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    outlet TEXT,
    url TEXT,
    published TEXT,
    byline TEXT,
    source_path TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    sections TEXT NOT NULL,
    captions TEXT NOT NULL,
    related TEXT NOT NULL,
    stems TEXT NOT NULL,
    words TEXT NOT NULL,
    paragraphs INTEGER NOT NULL,
    quotes INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
  );
  CREATE TABLE paragraph (
    id INTEGER PRIMARY KEY,
    article_seq INTEGER NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    text TEXT NOT NULL,
    length INTEGER NOT NULL,
    UNIQUE (article_seq, n)
  );
  CREATE TABLE sentence (
    id INTEGER PRIMARY KEY,
    paragraph_id INTEGER NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    score REAL NOT NULL,
    stems TEXT NOT NULL,
    length INTEGER NOT NULL
  );
  CREATE INDEX sentence_paragraph ON sentence(paragraph_id);
  CREATE VIRTUAL TABLE paragraph_fts USING fts5(stems, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0 tokenchars ''''");
  CREATE TABLE term (
    stem TEXT PRIMARY KEY,
    sentences INTEGER NOT NULL,
    paragraphs INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE totals (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    sentences INTEGER NOT NULL,
    sentence_length INTEGER NOT NULL,
    paragraphs INTEGER NOT NULL,
    paragraph_length INTEGER NOT NULL
  );
  INSERT INTO totals VALUES (1, 0, 0, 0, 0);
  CREATE TABLE word (
    word TEXT PRIMARY KEY,
    uses INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE word_gram (
    first TEXT NOT NULL,
    gram TEXT NOT NULL,
    length INTEGER NOT NULL,
    word TEXT NOT NULL,
    PRIMARY KEY (first, gram, length, word)
  ) WITHOUT ROWID;

  CREATE TABLE entity (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
    description TEXT,
    gender TEXT CHECK (gender IN ('male', 'female')),
    quotes INTEGER NOT NULL DEFAULT 0,
    mentions INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX entity_standing ON entity(quotes DESC, mentions DESC, name);
  CREATE TABLE member (
    id INTEGER PRIMARY KEY,
    article_seq INTEGER NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
    entity_seq INTEGER NOT NULL REFERENCES entity(seq),
    key TEXT NOT NULL,
    surname TEXT,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    description TEXT,
    gender TEXT
  );
  CREATE INDEX member_key ON member(key);
  CREATE INDEX member_surname ON member(surname);
  CREATE INDEX member_entity ON member(entity_seq, article_seq);
  CREATE INDEX member_article ON member(article_seq);
  CREATE INDEX member_described ON member(entity_seq, id) WHERE description IS NOT NULL;
  CREATE INDEX member_gendered ON member(entity_seq, id) WHERE gender IS NOT NULL;
  CREATE TABLE entity_name (
    id INTEGER PRIMARY KEY,
    entity_seq INTEGER NOT NULL REFERENCES entity(seq) ON DELETE CASCADE,
    form TEXT NOT NULL,
    key TEXT NOT NULL,
    word_count INTEGER NOT NULL,
    name_uses INTEGER NOT NULL,
    alias_uses INTEGER NOT NULL,
    UNIQUE (entity_seq, form)
  );
  CREATE INDEX entity_name_head ON entity_name(entity_seq, word_count DESC, id) WHERE name_uses > 0;
  CREATE INDEX entity_name_key ON entity_name(key);
  CREATE VIRTUAL TABLE entity_name_fts USING fts5(key, content='', contentless_delete=1, tokenize='trigram');
  CREATE VIRTUAL TABLE entity_word_fts USING fts5(key, content='', contentless_delete=1, prefix='1 2 3', tokenize="unicode61 remove_diacritics 0");
  CREATE TABLE name_form (
    id INTEGER PRIMARY KEY,
    entity_seq INTEGER NOT NULL REFERENCES entity(seq) ON DELETE CASCADE,
    name_id INTEGER REFERENCES entity_name(id) ON DELETE CASCADE,
    words TEXT NOT NULL,
    by_description INTEGER NOT NULL
  );
  CREATE INDEX name_form_words ON name_form(words);
  CREATE INDEX name_form_entity ON name_form(entity_seq);
  CREATE TABLE mention (
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    entity_seq INTEGER NOT NULL,
    article_seq INTEGER NOT NULL,
    paragraph_id INTEGER NOT NULL,
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
  );
  CREATE INDEX mention_entity ON mention(entity_seq, article_seq, n, start);
  CREATE INDEX mention_paragraph ON mention(paragraph_id);
  CREATE INDEX mention_member ON mention(member_id);

  CREATE TABLE quote (
    id INTEGER PRIMARY KEY,
    article_seq INTEGER NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'mixed', 'reported')),
    speaker_member INTEGER REFERENCES member(id) ON DELETE CASCADE,
    speaker_seq INTEGER,
    cue TEXT,
    attribution TEXT NOT NULL
  );
  CREATE INDEX quote_speaker ON quote(speaker_seq, article_seq);
  CREATE INDEX quote_article ON quote(article_seq, n, start);
  CREATE TABLE quote_about (
    entity_seq INTEGER NOT NULL,
    quote_id INTEGER NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    PRIMARY KEY (entity_seq, quote_id)
  ) WITHOUT ROWID;
  CREATE INDEX quote_about_quote ON quote_about(quote_id);
  CREATE INDEX quote_about_member ON quote_about(member_id);

  CREATE TABLE headline (
    id INTEGER PRIMARY KEY,
    article_seq INTEGER NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
    own INTEGER NOT NULL,
    title TEXT NOT NULL,
    key TEXT NOT NULL,
    snippet TEXT,
    outlet TEXT
  );
  CREATE INDEX headline_key ON headline(key, id);
  CREATE INDEX headline_article ON headline(article_seq);
  CREATE VIRTUAL TABLE headline_fts USING fts5(title, snippet, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0 tokenchars ''''");
  CREATE TABLE headline_word (
    word TEXT PRIMARY KEY,
    stem TEXT NOT NULL,
    uses INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX headline_word_stem ON headline_word(stem);
  CREATE VIRTUAL TABLE article_fts USING fts5(title, source, content='', contentless_delete=1, prefix='1 2 3', tokenize="unicode61 remove_diacritics 0");
  `,
  `
  CREATE TABLE story (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    first TEXT NOT NULL,
    last TEXT NOT NULL,
    articles INTEGER NOT NULL
  );
  CREATE INDEX story_latest ON story(last DESC, seq DESC);
  CREATE TABLE story_member (
    article_seq INTEGER PRIMARY KEY REFERENCES article(seq) ON DELETE CASCADE,
    story_seq INTEGER NOT NULL REFERENCES story(seq),
    time INTEGER NOT NULL,
    terms TEXT NOT NULL,
    headline TEXT NOT NULL,
    focus TEXT NOT NULL
  );
  CREATE INDEX story_member_story ON story_member(story_seq, time, article_seq);
  CREATE TABLE story_posting (
    stem TEXT NOT NULL,
    time INTEGER NOT NULL,
    article_seq INTEGER NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
    PRIMARY KEY (stem, time, article_seq)
  ) WITHOUT ROWID;
  CREATE INDEX story_posting_article ON story_posting(article_seq);
  CREATE TABLE story_link (
    a INTEGER NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
    b INTEGER NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
    score REAL NOT NULL,
    PRIMARY KEY (a, b)
  ) WITHOUT ROWID;
  CREATE INDEX story_link_b ON story_link(b);
  CREATE TABLE story_term (
    stem TEXT PRIMARY KEY,
    articles INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE story_totals (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    articles INTEGER NOT NULL
  );
  INSERT INTO story_totals VALUES (1, 0);
  `,
  `
  CREATE INDEX IF NOT EXISTS article_latest ON article(published IS NULL, published DESC, seq DESC);
  CREATE VIRTUAL TABLE IF NOT EXISTS entity_name_vocab USING fts5vocab(entity_name_fts, 'row');
  `,
  `
  CREATE TABLE IF NOT EXISTS feed (
    url TEXT PRIMARY KEY,
    title TEXT,
    etag TEXT,
    last_modified TEXT,
    last_success TEXT,
    last_error TEXT,
    last_error_at TEXT,
    failures INTEGER NOT NULL DEFAULT 0,
    items INTEGER NOT NULL DEFAULT 0,
    next_poll TEXT
  ) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS article_text (
    article_seq INTEGER PRIMARY KEY REFERENCES article(seq) ON DELETE CASCADE,
    site TEXT,
    text_hash TEXT NOT NULL,
    lead_hash TEXT,
    text_group TEXT NOT NULL,
    checked_at TEXT
  );
  CREATE INDEX IF NOT EXISTS article_text_hash ON article_text(text_hash);
  CREATE INDEX IF NOT EXISTS article_text_lead ON article_text(lead_hash) WHERE lead_hash IS NOT NULL;
  CREATE TABLE IF NOT EXISTS article_alias (
    url TEXT PRIMARY KEY,
    article_seq INTEGER NOT NULL REFERENCES article(seq) ON DELETE CASCADE
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS article_alias_article ON article_alias(article_seq);
  `,
  `
  CREATE TABLE IF NOT EXISTS announcement_queue (
    seq INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    queued_at TEXT NOT NULL
  );
  CREATE TABLE IF NOT EXISTS article_shingle (
    hash INTEGER NOT NULL,
    article_seq INTEGER NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
    PRIMARY KEY (hash, article_seq)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS article_shingle_article ON article_shingle(article_seq);
  `,
  `
  CREATE TABLE IF NOT EXISTS feed_lease (
    url TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires TEXT NOT NULL
  ) WITHOUT ROWID;
  `,
  `
  CREATE TABLE IF NOT EXISTS name_gram (
    gram TEXT PRIMARY KEY,
    docs INTEGER NOT NULL
  ) WITHOUT ROWID;
  DROP INDEX IF EXISTS article_latest;
  CREATE INDEX IF NOT EXISTS article_listing ON article(published IS NULL, published DESC, seq DESC, id, title, outlet, url, source_path, paragraphs, quotes);
  CREATE INDEX IF NOT EXISTS quote_by ON quote(speaker_seq, kind = 'reported', article_seq DESC, n, start);
  `,
  `
  CREATE INDEX IF NOT EXISTS entity_most_mentioned ON entity(mentions DESC, quotes DESC, name);
  DROP INDEX IF EXISTS entity_name_key;
  CREATE INDEX IF NOT EXISTS entity_name_key_holder ON entity_name(key, entity_seq);
  `,
  `
  CREATE INDEX IF NOT EXISTS quote_speaker_member ON quote(speaker_member);
  CREATE INDEX IF NOT EXISTS name_form_name ON name_form(name_id);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Work a migration needs done in code after its SQL, in the same transaction: the stories of the articles already stored, their text identities, their shingles, their names' trigram counts. */
const AFTER_MIGRATION: Readonly<Record<number, (db: Database) => void>> = { 2: placeStoredArticles, 4: fileStoredTextIdentities, 5: fileStoredShingles, 7: countStoredNameGrams };

/** Brings the database up to SCHEMA_VERSION; refuses a store written by a newer release. */
export function migrate(db: Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new StoreProblem(`The store was written by a newer release (schema ${current}; this release reads up to ${SCHEMA_VERSION}): update coverage-bot.`);
  }
  for (let version = current + 1; version <= SCHEMA_VERSION; version++) {
    const step = db.transaction(() => {
      // Another process may have applied it while this one waited for the write lock.
      if ((db.pragma("user_version", { simple: true }) as number) >= version) return;
      db.exec(MIGRATIONS[version - 1] ?? "");
      AFTER_MIGRATION[version]?.(db);
      db.pragma(`user_version = ${version}`);
    });
    step.immediate();
  }
}
