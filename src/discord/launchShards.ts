// Runs the bot as SHARD_COUNT shards with discord.js's ShardingManager: each shard is a child
// process running src/discord/bot.ts through tsx, with its own copy of the read-only store.
import { fileURLToPath } from "node:url";
import { ShardingManager } from "discord.js";
import type { DiscordConfig } from "./config.ts";
import type { Logger } from "./logger.ts";

const BOT_FILE = fileURLToPath(new URL("./bot.ts", import.meta.url));

export async function launchShards(config: DiscordConfig, shardCount: number, logger: Logger): Promise<ShardingManager> {
  const manager = new ShardingManager(BOT_FILE, {
    token: config.token,
    totalShards: shardCount,
    execArgv: ["--import", "tsx"],
    respawn: true,
  });
  manager.on("shardCreate", (shard) => {
    logger.info({ shard: shard.id }, "shard launched");
    shard.on("death", () => logger.warn({ shard: shard.id }, "shard exited"));
  });
  await manager.spawn({ amount: shardCount });
  return manager;
}
