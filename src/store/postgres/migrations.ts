// The PostgreSQL schema as numbered forward migrations, run on open by one process at a time (under
// a session advisory lock), each in its own transaction with any work it needs done in code;
// `store_version` records the last applied, so an older store is brought up to date and one from a
// newer release is refused. Text that is sorted or compared by range uses the "C" collation: byte
// order, as SQLite compares.
import type pg from "pg";
import { StoreProblem } from "../storeProblem.ts";
import { fileStoredShingles, fileStoredTextIdentities } from "./articles/articleIdentity.ts";
import { first } from "./connection.ts";

/** Migration n (1-based) takes a store from version n − 1 to n. Append only: never edit one that has shipped. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE TABLE article (
    seq serial PRIMARY KEY,
    id text COLLATE "C" NOT NULL UNIQUE,
    title text NOT NULL,
    outlet text,
    url text,
    published text COLLATE "C",
    byline text,
    source_path text COLLATE "C" NOT NULL UNIQUE,
    content_hash text NOT NULL,
    sections text NOT NULL,
    captions text NOT NULL,
    related text NOT NULL,
    stems text[] NOT NULL,
    words text NOT NULL,
    paragraphs integer NOT NULL,
    quotes integer NOT NULL,
    ingested_at text NOT NULL,
    title_words text[] NOT NULL,
    source_words text[] NOT NULL,
    search text NOT NULL
  );
  CREATE INDEX article_latest ON article ((published IS NULL), published DESC, seq DESC);
  CREATE INDEX article_search ON article USING gin (search gin_trgm_ops);
  CREATE TABLE paragraph (
    id serial PRIMARY KEY,
    article_seq integer NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
    n integer NOT NULL,
    text text NOT NULL,
    length integer NOT NULL,
    stems text[] NOT NULL,
    UNIQUE (article_seq, n)
  );
  CREATE INDEX paragraph_stems ON paragraph USING gin (stems);
  CREATE TABLE sentence (
    id serial PRIMARY KEY,
    paragraph_id integer NOT NULL REFERENCES paragraph(id) ON DELETE CASCADE,
    ordinal integer NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    score double precision NOT NULL,
    stems text NOT NULL,
    length integer NOT NULL
  );
  CREATE INDEX sentence_paragraph ON sentence(paragraph_id, ordinal);
  CREATE TABLE term (
    stem text COLLATE "C" PRIMARY KEY,
    sentences integer NOT NULL,
    paragraphs integer NOT NULL
  );
  CREATE TABLE totals (
    one integer PRIMARY KEY CHECK (one = 1),
    sentences bigint NOT NULL,
    sentence_length bigint NOT NULL,
    paragraphs bigint NOT NULL,
    paragraph_length bigint NOT NULL,
    headlines bigint NOT NULL,
    headline_length bigint NOT NULL,
    article_length bigint NOT NULL,
    names bigint NOT NULL,
    name_length bigint NOT NULL
  );
  INSERT INTO totals VALUES (1, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  CREATE TABLE word (
    word text COLLATE "C" PRIMARY KEY,
    uses integer NOT NULL
  );
  CREATE TABLE word_gram (
    first text COLLATE "C" NOT NULL,
    gram text COLLATE "C" NOT NULL,
    length integer NOT NULL,
    word text COLLATE "C" NOT NULL,
    PRIMARY KEY (first, gram, length, word)
  );

  CREATE TABLE entity (
    seq serial PRIMARY KEY,
    id text COLLATE "C" NOT NULL UNIQUE,
    name text COLLATE "C" NOT NULL,
    kind text NOT NULL CHECK (kind IN ('person', 'organisation')),
    description text,
    gender text CHECK (gender IN ('male', 'female')),
    quotes integer NOT NULL DEFAULT 0,
    mentions integer NOT NULL DEFAULT 0
  );
  CREATE INDEX entity_standing ON entity(quotes DESC, mentions DESC, name);
  CREATE TABLE member (
    id serial PRIMARY KEY,
    article_seq integer NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
    entity_seq integer NOT NULL REFERENCES entity(seq),
    key text COLLATE "C" NOT NULL,
    surname text COLLATE "C",
    name text NOT NULL,
    aliases text NOT NULL,
    description text,
    gender text
  );
  CREATE INDEX member_key ON member(key);
  CREATE INDEX member_surname ON member(surname);
  CREATE INDEX member_entity ON member(entity_seq, article_seq);
  CREATE INDEX member_article ON member(article_seq);
  CREATE INDEX member_described ON member(entity_seq, id) WHERE description IS NOT NULL;
  CREATE INDEX member_gendered ON member(entity_seq, id) WHERE gender IS NOT NULL;
  CREATE TABLE entity_name (
    id serial PRIMARY KEY,
    entity_seq integer NOT NULL REFERENCES entity(seq) ON DELETE CASCADE,
    form text COLLATE "C" NOT NULL,
    key text COLLATE "C" NOT NULL,
    word_count integer NOT NULL,
    name_uses integer NOT NULL,
    alias_uses integer NOT NULL,
    grams text[] NOT NULL DEFAULT '{}',
    UNIQUE (entity_seq, form)
  );
  CREATE INDEX entity_name_head ON entity_name(entity_seq, word_count DESC, id) WHERE name_uses > 0;
  CREATE INDEX entity_name_key ON entity_name(key);
  CREATE INDEX entity_name_grams ON entity_name USING gin (grams);
  CREATE INDEX entity_name_words ON entity_name USING gin ((' ' || key) gin_trgm_ops);
  CREATE TABLE name_gram (
    gram text COLLATE "C" PRIMARY KEY,
    docs integer NOT NULL
  );
  CREATE TABLE name_form (
    id serial PRIMARY KEY,
    entity_seq integer NOT NULL REFERENCES entity(seq) ON DELETE CASCADE,
    name_id integer REFERENCES entity_name(id) ON DELETE CASCADE,
    words text COLLATE "C" NOT NULL,
    by_description integer NOT NULL
  );
  CREATE INDEX name_form_words ON name_form(words);
  CREATE INDEX name_form_entity ON name_form(entity_seq);
  CREATE TABLE mention (
    id serial PRIMARY KEY,
    member_id integer NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    entity_seq integer NOT NULL,
    article_seq integer NOT NULL,
    paragraph_id integer NOT NULL,
    n integer NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL
  );
  CREATE INDEX mention_entity ON mention(entity_seq, article_seq, n, start);
  CREATE INDEX mention_paragraph ON mention(paragraph_id);
  CREATE INDEX mention_member ON mention(member_id);

  CREATE TABLE quote (
    id serial PRIMARY KEY,
    article_seq integer NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
    n integer NOT NULL,
    start integer NOT NULL,
    "end" integer NOT NULL,
    text text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('direct', 'mixed', 'reported')),
    speaker_member integer REFERENCES member(id) ON DELETE CASCADE,
    speaker_seq integer,
    cue text,
    attribution text NOT NULL
  );
  CREATE INDEX quote_speaker ON quote(speaker_seq, article_seq);
  CREATE INDEX quote_article ON quote(article_seq, n, start);
  CREATE TABLE quote_about (
    entity_seq integer NOT NULL,
    quote_id integer NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
    member_id integer NOT NULL REFERENCES member(id) ON DELETE CASCADE,
    PRIMARY KEY (entity_seq, quote_id)
  );
  CREATE INDEX quote_about_quote ON quote_about(quote_id, entity_seq);
  CREATE INDEX quote_about_member ON quote_about(member_id);

  CREATE TABLE headline (
    id serial PRIMARY KEY,
    article_seq integer NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
    own integer NOT NULL,
    title text NOT NULL,
    key text COLLATE "C" NOT NULL,
    snippet text,
    outlet text,
    title_stems text[] NOT NULL,
    snippet_stems text[] NOT NULL,
    stems text[] NOT NULL
  );
  CREATE INDEX headline_key ON headline(key, id);
  CREATE INDEX headline_article ON headline(article_seq);
  CREATE INDEX headline_stems ON headline USING gin (stems);
  CREATE INDEX headline_listed ON headline(own, article_seq DESC, id);
  CREATE TABLE headline_word (
    word text COLLATE "C" PRIMARY KEY,
    stem text COLLATE "C" NOT NULL,
    uses integer NOT NULL
  );
  CREATE INDEX headline_word_stem ON headline_word(stem);

  CREATE TABLE story (
    seq serial PRIMARY KEY,
    id text COLLATE "C" NOT NULL UNIQUE,
    title text NOT NULL,
    first text COLLATE "C" NOT NULL,
    last text COLLATE "C" NOT NULL,
    articles integer NOT NULL
  );
  CREATE INDEX story_latest ON story(last DESC, seq DESC);
  CREATE TABLE story_member (
    article_seq integer PRIMARY KEY REFERENCES article(seq) ON DELETE CASCADE,
    story_seq integer NOT NULL REFERENCES story(seq),
    time bigint NOT NULL,
    terms text NOT NULL,
    headline text NOT NULL,
    focus text NOT NULL
  );
  CREATE INDEX story_member_story ON story_member(story_seq, time, article_seq);
  CREATE TABLE story_posting (
    stem text COLLATE "C" NOT NULL,
    time bigint NOT NULL,
    article_seq integer NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
    PRIMARY KEY (stem, time, article_seq)
  );
  CREATE INDEX story_posting_article ON story_posting(article_seq);
  CREATE TABLE story_link (
    a integer NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
    b integer NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
    score double precision NOT NULL,
    PRIMARY KEY (a, b)
  );
  CREATE INDEX story_link_b ON story_link(b);
  CREATE TABLE story_term (
    stem text COLLATE "C" PRIMARY KEY,
    articles integer NOT NULL
  );
  CREATE TABLE story_totals (
    one integer PRIMARY KEY CHECK (one = 1),
    articles integer NOT NULL
  );
  INSERT INTO story_totals VALUES (1, 0);

  CREATE TABLE store_change (
    one integer PRIMARY KEY CHECK (one = 1),
    changes bigint NOT NULL
  );
  INSERT INTO store_change VALUES (1, 0);
  `,
  `
  CREATE TABLE feed (
    url text COLLATE "C" PRIMARY KEY,
    title text,
    etag text,
    last_modified text,
    last_success text,
    last_error text,
    last_error_at text,
    failures integer NOT NULL DEFAULT 0,
    items integer NOT NULL DEFAULT 0,
    next_poll text
  );
  CREATE TABLE article_text (
    article_seq integer PRIMARY KEY REFERENCES article(seq) ON DELETE CASCADE,
    site text,
    text_hash text NOT NULL,
    lead_hash text,
    text_group text NOT NULL,
    checked_at text
  );
  CREATE INDEX article_text_hash ON article_text(text_hash);
  CREATE INDEX article_text_lead ON article_text(lead_hash) WHERE lead_hash IS NOT NULL;
  CREATE TABLE article_alias (
    url text COLLATE "C" PRIMARY KEY,
    article_seq integer NOT NULL REFERENCES article(seq) ON DELETE CASCADE
  );
  CREATE INDEX article_alias_article ON article_alias(article_seq);
  `,
  `
  CREATE TABLE announcement_queue (
    seq bigserial PRIMARY KEY,
    article_id text COLLATE "C" NOT NULL UNIQUE,
    queued_at text NOT NULL
  );
  CREATE TABLE article_shingle (
    hash bigint NOT NULL,
    article_seq integer NOT NULL REFERENCES article(seq) ON DELETE CASCADE,
    PRIMARY KEY (hash, article_seq)
  );
  CREATE INDEX article_shingle_article ON article_shingle(article_seq);
  `,
  `
  CREATE TABLE feed_lease (
    url text COLLATE "C" PRIMARY KEY,
    holder text NOT NULL,
    expires timestamptz NOT NULL
  );
  `,
  `
  DROP INDEX IF EXISTS article_latest;
  CREATE INDEX article_listing ON article ((published IS NULL), published DESC, seq DESC) INCLUDE (id, title, outlet, url, source_path, paragraphs, quotes);
  CREATE INDEX quote_by ON quote (speaker_seq, (kind = 'reported'), article_seq DESC, n, start, id);
  `,
  `
  CREATE INDEX entity_most_mentioned ON entity (mentions DESC, quotes DESC, name, seq);
  DROP INDEX IF EXISTS entity_name_key;
  CREATE INDEX entity_name_key_holder ON entity_name (key, entity_seq);
  `,
  `
  CREATE INDEX quote_speaker_member ON quote (speaker_member);
  CREATE INDEX name_form_name ON name_form (name_id);
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Work a migration needs done in code after its SQL, in the same transaction: the text identities of the articles already stored, their shingles. */
const AFTER_MIGRATION: Readonly<Record<number, (client: pg.PoolClient) => Promise<void>>> = { 2: fileStoredTextIdentities, 3: fileStoredShingles };

/** The session advisory lock migrations run under: one process migrates, the others wait and find it done. */
const MIGRATION_LOCK = 0x636f7666;

async function currentVersion(client: pg.PoolClient): Promise<number> {
  await client.query("CREATE TABLE IF NOT EXISTS store_version (one integer PRIMARY KEY CHECK (one = 1), version integer NOT NULL)");
  const row = await first<{ version: number }>(client, "SELECT version FROM store_version");
  if (row) return row.version;
  const foreign = await first<{ found: boolean }>(client, "SELECT to_regclass('article') IS NOT NULL AS found");
  if (foreign?.found) {
    throw new StoreProblem("This PostgreSQL database holds tables that are not a coverage-bot store: point DATABASE_URL at a database of its own.");
  }
  await client.query("INSERT INTO store_version VALUES (1, 0)");
  return 0;
}

/** Brings the database up to SCHEMA_VERSION; refuses a store written by a newer release. */
export async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    const current = await currentVersion(client);
    if (current > SCHEMA_VERSION) {
      throw new StoreProblem(`The store was written by a newer release (schema ${current}; this release reads up to ${SCHEMA_VERSION}): update coverage-bot.`);
    }
    for (let version = current + 1; version <= SCHEMA_VERSION; version++) {
      await client.query("BEGIN");
      try {
        await client.query(MIGRATIONS[version - 1] ?? "");
        await AFTER_MIGRATION[version]?.(client);
        await client.query("UPDATE store_version SET version = $1", [version]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
