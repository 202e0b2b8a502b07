// `npm start` as a process against the fake Discord: it logs in, answers, and exits cleanly on
// SIGTERM; with SHARD_COUNT the ShardingManager launcher runs the bot in a shard process that answers,
// and with SHARD_LIST only this machine's shards of that count.
// Either way, with METRICS_PORT, the process that was started counts the answer in its metrics.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { APP_ID, TOKEN } from "../fakeDiscord/ids.ts";
import { commandInteraction } from "../fakeDiscord/payloads.ts";
import { startFakeDiscord, type FakeDiscord } from "../fakeDiscord/server.ts";
import { within } from "../support/processes.ts";
import { freePort, sample, scrape } from "../support/scrape.ts";

let fake: FakeDiscord;
let dir: string;
let child: ChildProcess | undefined;
let output = "";

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "coverage-bot-start-"));
  fake = await startFakeDiscord();
  output = "";
});

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill("SIGKILL");
    await once(child, "exit");
  }
  child = undefined;
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

/** `npm start` (tsx src/app/start.ts) with every bot variable set, so a developer's .env adds nothing. */
function start(shardCount: string, metricsPort: number, shardList = ""): ChildProcess {
  const started = spawn(process.execPath, ["--import", "tsx", "src/app/start.ts"], {
    env: {
      PATH: process.env.PATH ?? "",
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: APP_ID,
      DISCORD_GUILD_ID: "",
      DISCORD_API_URL: fake.apiUrl,
      STORE_PATH: join(dir, "coverage.db"),
      SHARD_COUNT: shardCount,
      SHARD_LIST: shardList,
      METRICS_PORT: String(metricsPort),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  started.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return started;
}

async function answersSources(): Promise<void> {
  await fake.waitForSession(30_000);
  const interaction = commandInteraction("sources", {}, { id: "800000000000000001", username: "reader" });
  fake.dispatch("INTERACTION_CREATE", interaction);
  const reply = await fake.waitForRequest((r) => r.path.includes(`/interactions/${interaction.id}/`), 10_000);
  expect((reply.body as { type: number; data: { allowed_mentions: unknown } }).data.allowed_mentions).toEqual({ parse: [] });
}

/** The answer to /sources counted in the metrics the started process serves. */
async function countedSources(metricsPort: number): Promise<void> {
  const counted = { command: "sources", kind: "command" };
  await within(20_000, "/sources to be counted", async () => {
    const metrics = await scrape(metricsPort, "/metrics");
    return sample(metrics.text, "coverage_bot_interactions_total", counted) === 1 ? true : undefined;
  }, () => output);
}

async function stopsOnSigterm(started: ChildProcess): Promise<void> {
  const exited = once(started, "exit");
  started.kill("SIGTERM");
  const [code] = (await exited) as [number | null];
  expect(code, output).toBe(0);
  expect(output).toContain("shutting down");
  expect(output).not.toContain(TOKEN);
}

it("logs in, answers, counts the answer, and shuts down cleanly on SIGTERM", async () => {
  const metricsPort = await freePort();
  child = start("", metricsPort);
  await answersSources();
  await countedSources(metricsPort);
  await stopsOnSigterm(child);
}, 60_000);

it("runs as shards with SHARD_COUNT, answers from the shard process, and counts the answer in the launcher", async () => {
  const metricsPort = await freePort();
  child = start("1", metricsPort);
  await answersSources();
  expect(output).toContain("shard launched");
  await countedSources(metricsPort);
  await stopsOnSigterm(child);
}, 60_000);

it("runs only this machine's shards with SHARD_LIST, each identifying as one of SHARD_COUNT", async () => {
  const metricsPort = await freePort();
  child = start("2", metricsPort, "1");
  await answersSources();
  expect(fake.identifiedShards).toEqual([[1, 2]]);
  await stopsOnSigterm(child);
}, 60_000);
