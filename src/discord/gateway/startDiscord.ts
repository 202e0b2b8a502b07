// Starts the Discord bot: validates the configuration, logs in and routes interactions to answers
// from the store (or launches SHARD_COUNT shards running `shardFile`); stops cleanly on SIGINT/SIGTERM.
import { Events } from "discord.js";
import { commands as allCommands } from "../../../commands/index.ts";
import type { Command } from "../../../commands/command.ts";
import type { CoverageStore } from "../../store/coverageStore.ts";
import { createClient } from "./client.ts";
import { readConfig } from "../config.ts";
import { dropMalformedInteractions } from "./dropMalformedInteractions.ts";
import { launchShards } from "./launchShards.ts";
import { createFloodGuard, startFailed, stopOnSignals } from "../lifecycle.ts";
import { createLogger, type Logger } from "../logger.ts";
import type { Metrics } from "../observe/metrics.ts";
import { interactionObserver } from "../observe/observer.ts";
import { createResponder } from "../respond.ts";
import { createRouter } from "./router.ts";

/** Half the 3-second window: an interaction older than this when handled is deferred first. */
const DEFER_AFTER_MS = 1_500;

export interface StartOptions {
  readonly store: CoverageStore;
  /** The script each shard process runs (it starts the bot in that process). */
  readonly shardFile?: string;
  readonly commands?: readonly Command<unknown>[];
  readonly logger?: Logger;
  /** Counts the interactions (and, in a shard launcher, those its shards report). */
  readonly metrics?: Metrics;
}

export interface RunningBot {
  stop(): Promise<void>;
}

export type StartResult = { ok: true; bot: RunningBot } | { ok: false; message: string };

function running(stopNow: () => Promise<void>, logger: Logger): StartResult {
  return { ok: true, bot: { stop: stopOnSignals(stopNow, logger) } };
}

export async function startDiscord(env: NodeJS.ProcessEnv, options: StartOptions): Promise<StartResult> {
  const read = readConfig(env);
  if (!read.ok) return startFailed(read.problems.join("\n"));
  const config = read.config;
  const logger = options.logger ?? createLogger();
  if (config.shardCount && !env.SHARDING_MANAGER && options.shardFile) {
    try {
      const manager = await launchShards(options.shardFile, config, config.shardCount, logger, options.metrics);
      return running(async () => {
        for (const shard of manager.shards.values()) shard.kill();
      }, logger);
    } catch (error) {
      return startFailed(`Could not launch ${config.shardCount} shards: ${(error as Error).message}`);
    }
  }
  const client = createClient(config);
  const responder = createResponder(options.store, options.commands ?? allCommands, createFloodGuard());
  const toLauncher = env.SHARDING_MANAGER && process.send ? (message: object) => void process.send?.(message) : undefined;
  const observe = interactionObserver(logger, options.metrics, toLauncher);
  const route = createRouter({ responder, logger, deferAfterMs: DEFER_AFTER_MS, observe });
  dropMalformedInteractions(client, logger);
  client.on(Events.InteractionCreate, (interaction) => void route(interaction));
  client.on(Events.Error, (error) => logger.error({ err: error }, "client error"));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, "gateway disconnected"));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, "gateway resumed"));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    return startFailed(`Could not log in to Discord: ${(error as Error).message}`);
  }
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, articles: await options.store.articleCount() }, "ready");
  if (!env.SHARDING_MANAGER) return running(() => client.destroy(), logger);
  // A shard process: its IPC channel to the launcher would keep it alive after the client stops, and
  // a launcher that dies must not leave it running.
  const started = running(async () => {
    await client.destroy();
    if (process.connected) process.disconnect();
  }, logger);
  if (started.ok) process.once("disconnect", () => void started.bot.stop());
  return started;
}
