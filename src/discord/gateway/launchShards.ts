// Runs the bot as SHARD_COUNT shards with discord.js's ShardingManager (or, with SHARD_LIST, this
// machine's share of them): each shard is a child process running the shard script through tsx, each
// reading the same live store. The interactions a
// shard reports over its IPC channel are counted in the launcher's metrics.
import { ShardingManager } from "discord.js";
import type { DiscordConfig } from "../config.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../observe/metrics.ts";
import { isForwardedRecord } from "../observe/observer.ts";

export async function launchShards(shardFile: string, config: DiscordConfig, shardCount: number, logger: Logger, metrics?: Metrics): Promise<ShardingManager> {
  const manager = new ShardingManager(shardFile, {
    token: config.token,
    totalShards: shardCount,
    shardList: config.shardList ?? "auto",
    execArgv: ["--import", "tsx"],
    respawn: true,
  });
  manager.on("shardCreate", (shard) => {
    logger.info({ shard: shard.id }, "shard launched");
    shard.on("death", () => logger.warn({ shard: shard.id }, "shard exited"));
    shard.on("message", (message: unknown) => {
      if (isForwardedRecord(message)) metrics?.countInteraction(message.coverageBotInteraction);
    });
  });
  await manager.spawn({ amount: shardCount });
  return manager;
}
