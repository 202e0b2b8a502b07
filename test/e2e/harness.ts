// Starts the fake Discord and the real bot (startDiscord, as `npm start` does) against it, with a
// store of the seed in a temp dir and logs captured; tests dispatch interactions and read the replies. On
// stop, no log line may hold the bot token or an interaction token (every test that uses it checks that).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import type { Command } from "../../commands/command.ts";
import { createLogger } from "../../src/discord/logger.ts";
import { startDiscord, type RunningBot } from "../../src/discord/gateway/startDiscord.ts";
import { startFakeDiscord, type FakeDiscord, type RecordedRequest } from "../fakeDiscord/server.ts";
import { APP_ID, TOKEN } from "../fakeDiscord/ids.ts";
import { ingestedStore } from "../support/stores.ts";
import { INTERACTION_TOKEN_PREFIX } from "../fakeDiscord/payloads.ts";

export interface Harness {
  readonly fake: FakeDiscord;
  readonly env: NodeJS.ProcessEnv;
  readonly logs: string[];
  /** Dispatches an INTERACTION_CREATE and resolves with the bot's callback request for it that the fake accepted. */
  interact(interaction: { id: string }): Promise<RecordedRequest>;
  /**
   * The message the bot answers `interaction` with: the callback's data, or, when a slow machine made
   * the bot defer, the edit of the original response that follows.
   */
  answer(interaction: { id: string; token: string }): Promise<unknown>;
  stop(): Promise<void>;
}

export function botEnv(fake: FakeDiscord, storePath: string): NodeJS.ProcessEnv {
  return { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, STORE_PATH: storePath, LOG_LEVEL: "debug" };
}

/** Dispatches an INTERACTION_CREATE and resolves with the bot's callback request for it that the fake accepted. */
export function interactThrough(fake: FakeDiscord, interaction: { id: string }, timeoutMs = 8_000): Promise<RecordedRequest> {
  fake.dispatch("INTERACTION_CREATE", interaction);
  return fake.waitForRequest((r) => r.method === "POST" && r.path.includes(`/interactions/${interaction.id}/`) && r.status < 300, timeoutMs);
}

/** The message a bot connected to `fake` answers `interaction` with: the callback's data, or the edit that follows a deferral. */
export async function answerThrough(fake: FakeDiscord, interaction: { id: string; token: string }, timeoutMs = 8_000): Promise<unknown> {
  const callback = (await interactThrough(fake, interaction, timeoutMs)).body as { type: number; data?: unknown };
  if (callback.type !== 5 && callback.type !== 6) return callback.data;
  return (await fake.waitForRequest((r) => r.method === "PATCH" && r.path.includes(interaction.token), timeoutMs)).body;
}

/** Starts the bot on a store of `sources` (the seed unless given) with `commands` (every command unless given). */
export async function startHarness(options: { commands?: readonly Command<unknown>[]; sources?: readonly string[] } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), "coverage-bot-e2e-"));
  const fake = await startFakeDiscord();
  const env = botEnv(fake, join(dir, "coverage.db"));
  const store = await ingestedStore(options.sources ?? ["data/sources"], env.STORE_PATH);
  const logs: string[] = [];
  const logger = createLogger(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString("utf8"));
        done();
      },
    }),
  );
  logger.level = "debug";
  let bot: RunningBot | undefined;
  try {
    const started = await startDiscord(env, { store, logger, ...(options.commands ? { commands: options.commands } : {}) });
    if (!started.ok) throw new Error(started.message);
    bot = started.bot;
    await fake.waitForSession();
  } catch (error) {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const running = bot;
  return {
    fake,
    env,
    logs,
    interact: (interaction) => interactThrough(fake, interaction),
    answer: (interaction) => answerThrough(fake, interaction),
    async stop() {
      await running.stop();
      await store.close();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
      const leaked = logs.find((line) => line.includes(TOKEN) || line.includes(INTERACTION_TOKEN_PREFIX));
      if (leaked) throw new Error(`a log line holds a token: ${leaked}`);
    },
  };
}
