// Promise: the bot running in gateway mode (the real discord.js client against the fake Discord)
// answers /quote from an article that another process's `npm run ingest` has just filed, within
// 5 seconds, with no restart and no signal; and once that article's file is deleted and
// `npm run ingest -- --prune` has run, its replies stop showing the article within the same 5 seconds.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS_DIR } from "../eval/extraction/extraction-corpus.ts";
import { commandInteraction, type Asker } from "../fakeDiscord/payloads.ts";
import { startHarness, type Harness } from "../e2e/harness.ts";
import { runIngest, within } from "../support/processes.ts";

/** How soon a running bot must answer from another process's commit (issue 13). */
const LIVE_MS = 5_000;
/** Obama's words in the BBC article, from early in the quote so that no embed shortening cuts them. */
const OBAMA_SAYS = "killed since 9/11 by terrorism";
const OBAMA_TITLE = "Obama admits US gun laws are his";

let harness: Harness;
let dir: string;
let bbc: string;
let askers = 0;
/** A new user for every interaction, so that the per-user cooldown never holds a poll back. */
const asker = (): Asker => ({ id: `7100000000000${String((askers += 1)).padStart(5, "0")}`, username: "reader" });

/** The bot's reply to `/name values`, as the text of the message it posts. */
const reply = async (name: string, values: Record<string, string>): Promise<string> =>
  JSON.stringify(await harness.answer(commandInteraction(name, values, asker())));

/** The store's path as the bot was started on it. */
const storePath = (): string => harness.env.STORE_PATH ?? "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "store-live-gateway-"));
  mkdirSync(join(dir, "sources"));
  bbc = join(dir, "sources", "bbc.html");
  harness = await startHarness();
}, 120_000);
afterAll(async () => {
  await harness.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("the gateway bot on a live store", { timeout: 120_000 }, () => {
  it("answers from the seed it started on, and knows no Obama quote yet", async () => {
    expect(storePath()).not.toBe("");
    expect(await reply("quote", { who: "Obama" })).not.toContain(OBAMA_SAYS);
    expect(await reply("sources", {})).not.toContain(OBAMA_TITLE);
  });

  it("answers /quote from an article another process ingests, within 5 s", async () => {
    copyFileSync(join(CORPUS_DIR, "bbc-obama-gun-laws-frustration", "source.html"), bbc);
    const ingest = await runIngest(storePath(), [join(dir, "sources")]);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toContain("1 added");
    let last = "";
    await within(
      LIVE_MS,
      "the running gateway bot to quote Obama from the article just ingested",
      async () => {
        last = await reply("quote", { who: "Obama" });
        return last.includes(OBAMA_SAYS) ? last : undefined;
      },
      () => last,
    );
    expect(await reply("sources", {})).toContain(OBAMA_TITLE);
  });

  it("stops showing the article within 5 s once its file is deleted and ingest --prune runs", async () => {
    unlinkSync(bbc);
    // The seed's own folder is named too, so that it is kept and the run has something to file.
    const prune = await runIngest(storePath(), [join(dir, "sources"), "data/sources", "--prune"]);
    expect(prune.code).toBe(0);
    expect(prune.stdout).toMatch(/^removed\s+\S*bbc\.html\s/mu);
    let last = "";
    await within(
      LIVE_MS,
      "the running gateway bot to stop showing the pruned article",
      async () => {
        last = (await reply("quote", { who: "Obama" })) + (await reply("sources", {}));
        return last.includes(OBAMA_SAYS) || last.includes(OBAMA_TITLE) ? undefined : last;
      },
      () => last,
    );
    expect(await reply("sources", {})).toContain("Trump-Putin");
  });
});
