// Promise: a running console bot (`npm start` with no Discord token) answers from an article that
// another process's `npm run ingest` has just filed, within 5 seconds, with no restart and no signal;
// and once that article's file is deleted and `npm run ingest -- --prune` has run, it stops showing it
// within the same 5 seconds. The bot, each ingest and the test are separate processes on one store: a
// SQLite file, and a PostgreSQL database (the bot hears the change through LISTEN/NOTIFY).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CORPUS_DIR } from "../eval/extraction/extraction-corpus.ts";
import { describeEachBackend, type StoreTarget } from "../support/backends.ts";
import { ConsoleBot } from "../support/consoleBot.ts";
import { childEnv, ROOT, runApp, startApp, within } from "../support/processes.ts";

/** How soon a running bot must answer from another process's commit (issue 13). */
const LIVE_MS = 5_000;
const OBAMA_SAYS = "If you look at the number of Americans killed since 9/11 by terrorism";
const OBAMA_TITLE = "Obama admits US gun laws are his 'biggest frustration'";

describeEachBackend("the console bot on a live store", (backend) => {
  let dir: string;
  let target: StoreTarget;
  let env: NodeJS.ProcessEnv;
  let bot: ConsoleBot;
  const runIngest = (args: readonly string[]) => runApp("ingest.ts", args, { env, cwd: dir });
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "store-live-console-"));
    target = await backend.target();
    env = childEnv(target.env.STORE_PATH ?? join(dir, "store", "coverage.db"), target.env);
    mkdirSync(join(dir, "sources"));
    copyFileSync(join(ROOT, "data", "sources", "000_763f98cca8341530.txt"), join(dir, "sources", "seed.txt"));
    const first = await runIngest(["sources"]);
    if (first.code !== 0) throw new Error(`the first ingest failed: ${first.stderr}`);
    // In its own folder, so that no .env of the checkout's can give it a Discord token.
    bot = new ConsoleBot(startApp("start.ts", [], { env, cwd: dir }));
    await bot.ready();
  }, 120_000);
  afterAll(async () => {
    await bot?.stop();
    await target?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers from the store it started on, and knows no Obama quote yet", { timeout: 120_000 }, async () => {
    expect(await bot.ask("/sources")).toContain("Stored articles (1)");
    const before = await bot.ask("/quote Obama");
    expect(before).not.toContain(OBAMA_SAYS);
  });

  it("answers /quote from an article another process ingests, within 5 s", { timeout: 120_000 }, async () => {
    copyFileSync(join(CORPUS_DIR, "bbc-obama-gun-laws-frustration", "source.html"), join(dir, "sources", "bbc.html"));
    const ingest = await runIngest(["sources"]);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toMatch(/^added\s+sources\/bbc\.html\s/mu);
    let last = "";
    const answer = await within(
      LIVE_MS,
      "the running console to quote Obama from the article just ingested",
      async () => {
        last = await bot.ask("/quote Obama");
        return last.includes(OBAMA_SAYS) ? last : undefined;
      },
      () => last,
    );
    expect(answer).toContain("Barack Obama");
    expect(await bot.ask("/sources")).toContain(OBAMA_TITLE);
  });

  it("stops showing the article within 5 s once its file is deleted and ingest --prune runs", { timeout: 120_000 }, async () => {
    unlinkSync(join(dir, "sources", "bbc.html"));
    const prune = await runIngest(["sources", "--prune"]);
    expect(prune.code).toBe(0);
    expect(prune.stdout).toMatch(/^removed\s+sources\/bbc\.html\s/mu);
    let last = "";
    await within(
      LIVE_MS,
      "the running console to stop quoting the pruned article",
      async () => {
        last = (await bot.ask("/quote Obama")) + (await bot.ask("/sources"));
        return last.includes(OBAMA_SAYS) || last.includes(OBAMA_TITLE) ? undefined : last;
      },
      () => last,
    );
    expect(await bot.ask("/sources")).toContain("Stored articles (1)");
  });
});
