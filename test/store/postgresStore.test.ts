// Promise, for the PostgreSQL store alone (what SQLite does with a file, PostgreSQL does with a
// server): several processes opening one new store at once migrate it once; a store from a newer
// release, a database holding something else, an unreachable server and a URL that is not
// PostgreSQL's are each refused in one line that never shows the password; and every process hears
// another's change through LISTEN/NOTIFY, even after its listening connection was cut.
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openStore } from "../../src/app/openStore.ts";
import { analyseFile } from "../../src/ingest/analyseFile.ts";
import type { ArticleAnalysis } from "../../src/model/analysis.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { LISTENER_NAME } from "../../src/store/postgres/changeFeed.ts";
import { SCHEMA_VERSION } from "../../src/store/postgres/migrations.ts";
import { openPostgresStore } from "../../src/store/postgres/postgresStore.ts";
import { CORPUS_DIR } from "../eval/extraction/extraction-corpus.ts";
import { describeOn, freshDatabase, postgresBackend } from "../support/backends.ts";
import { isOneLine, within } from "../support/processes.ts";

/** How soon a change must be heard by another process (issue 17). */
const LIVE_MS = 5_000;

function analysed(slug: string): ArticleAnalysis {
  const path = `${CORPUS_DIR}/${slug}/source.html`;
  const result = analyseFile({ path, storedPath: path, bytes: readFileSync(path), hash: path });
  if (!result.ok) throw new Error(result.reason);
  return result.analysis;
}

async function sql(url: string, text: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describeOn(postgresBackend, "the PostgreSQL store", () => {
  const dropped: (() => Promise<void>)[] = [];
  const database = async () => {
    const made = await freshDatabase();
    dropped.push(made.drop);
    return made.url;
  };
  afterAll(async () => {
    for (const drop of dropped) await drop();
  });

  it("is migrated once when three processes open a new store at once", async () => {
    const url = await database();
    const stores = await Promise.all([openPostgresStore(url), openPostgresStore(url), openPostgresStore(url)]);
    expect(await sql(url, "SELECT version FROM store_version")).toEqual([{ version: SCHEMA_VERSION }]);
    for (const store of stores) expect(await store.articleCount()).toBe(0);
    await Promise.all(stores.map((s) => s.close()));
  });

  it("refuses a store written by a newer release, in one line", async () => {
    const url = await database();
    await (await openPostgresStore(url)).close();
    await sql(url, "UPDATE store_version SET version = 99");
    const opened = await openStore({ DATABASE_URL: url });
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.message).toMatch(/newer release \(schema 99; this release reads up to \d+\): update coverage-bot/u);
    expect(isOneLine(opened.message)).toBe(true);
  });

  it("refuses a database that holds another application's tables", async () => {
    const url = await database();
    await sql(url, "CREATE TABLE article (id serial PRIMARY KEY, body text)");
    const opened = await openStore({ DATABASE_URL: url });
    expect(opened.ok ? "" : opened.message).toMatch(/not a coverage-bot store: point DATABASE_URL at a database of its own/u);
  });

  it("says in one line, without the password, when the server cannot be reached", async () => {
    const opened = await openStore({ DATABASE_URL: `postgres://bot:s3cret-pass@127.0.0.1:${await closedPort()}/coverage` });
    expect(opened.ok).toBe(false);
    if (opened.ok) return;
    expect(opened.message).toMatch(/^The PostgreSQL store 127\.0\.0\.1:\d+\/coverage cannot be reached \(ECONNREFUSED\): check DATABASE_URL/u);
    expect(opened.message).not.toContain("s3cret-pass");
    expect(isOneLine(opened.message)).toBe(true);
  });

  it("says what DATABASE_URL should look like when it is not a PostgreSQL URL", async () => {
    const opened = await openStore({ DATABASE_URL: "mysql://localhost/coverage" });
    expect(opened.ok ? "" : opened.message).toMatch(/^DATABASE_URL must be a PostgreSQL URL \(postgres:\/\/user:password@host:5432\/database\)/u);
  });

  let url: string;
  let writer: CoverageStore;
  let reader: CoverageStore;
  beforeAll(async () => {
    url = await database();
    writer = await openPostgresStore(url);
    reader = await openPostgresStore(url);
  });
  afterAll(async () => {
    await writer?.close();
    await reader?.close();
  });

  it("tells another process's store of a new article within 5 s, and not of one filed unchanged", async () => {
    const before = await reader.generation();
    const bbc = analysed("bbc-obama-gun-laws-frustration");
    await writer.putArticle(bbc, { path: "bbc.html", hash: "one" });
    const after = await within(LIVE_MS, "the reader to hear of the new article", async () => {
      const now = await reader.generation();
      return now !== before ? now : undefined;
    });
    expect(await reader.articleCount()).toBe(1);
    await writer.putArticle(bbc, { path: "bbc.html", hash: "one" });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await reader.generation()).toBe(after);
  });

  it("catches up on a change made while its listening connection was cut", async () => {
    const before = await reader.generation();
    const cut = await sql(url, `SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE application_name = '${LISTENER_NAME}' AND datname = current_database()`);
    expect(cut).toEqual([{ cut: true }, { cut: true }]);
    await writer.putArticle(analysed("nyt-us-to-lift-sudan-sanctions"), { path: "nyt.html", hash: "one" });
    await within(LIVE_MS, "the reader to hear of the change after reconnecting", async () => ((await reader.generation()) !== before ? true : undefined));
    expect(await reader.articleCount()).toBe(2);
  });
});
