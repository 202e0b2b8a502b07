// An ingest killed outright (SIGKILL, no chance to clean up) at random moments: every time, the
// store opens, passes SQLite's integrity check, keeps every article committed before the kill and
// answers; the next run files the rest, each article once.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerAsk } from "../../src/answer/ask/ask.ts";
import { answerSources } from "../../src/answer/listings/sources.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";
import { baseTexts, random, writeSyntheticSources } from "../bench/synthesize.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ARTICLES = 150;
const KILLS = 5;

let dir: string;
let storePath: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ingest-kill-"));
  storePath = join(dir, "coverage.db");
  writeSyntheticSources(join(dir, "many"), ARTICLES, baseTexts(join(ROOT, "test/fixtures")));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the ingest CLI over the synthetic sources; SIGKILLs it `ms` after it has created or opened the store
 * (on a loaded machine, starting Node and loading the code alone can take seconds), unless it ends first.
 */
function ingestFor(ms: number): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/app/ingest.ts"), join(dir, "many"), "--store", storePath], { cwd: ROOT, stdio: "ignore" });
  let timer: NodeJS.Timeout | undefined;
  const waitForStore = setInterval(() => {
    if (!existsSync(storePath)) return;
    clearInterval(waitForStore);
    timer = setTimeout(() => child.kill("SIGKILL"), ms);
  }, 10);
  return new Promise((resolve) => {
    child.once("exit", (_code, signal) => {
      clearInterval(waitForStore);
      clearTimeout(timer);
      resolve(signal);
    });
  });
}

function integrity(): string {
  const db = new Database(storePath, { readonly: true });
  try {
    return db.pragma("integrity_check", { simple: true }) as string;
  } finally {
    db.close();
  }
}

describe("an ingest killed with SIGKILL", { timeout: 240_000 }, () => {
  it("always leaves a store that opens, holds what was committed, and answers", async () => {
    const rand = random(20261204);
    let before = 0;
    let killed = 0;
    for (let run = 0; run < KILLS; run++) {
      const signal = await ingestFor(Math.floor(rand() * 1_500));
      if (signal === "SIGKILL") killed++;
      expect(integrity()).toBe("ok");
      const store = openSqliteStore(storePath);
      const count = await store.articleCount();
      expect(count).toBeGreaterThanOrEqual(before);
      before = count;
      expect((await answerSources(store)).total).toBe(count);
      await expect(answerAsk(store, { question: "How long was the call?" })).resolves.toHaveProperty("answers");
      await store.close();
    }
    expect(killed).toBeGreaterThan(0);
    expect(await ingestFor(200_000)).toBeNull();
    const store = openSqliteStore(storePath);
    const listed = await store.listArticles(1_000);
    expect(listed).toHaveLength(ARTICLES);
    expect(new Set(listed.map((a) => a.sourcePath)).size).toBe(ARTICLES);
    await store.close();
  });
});
