// The discord.js client: the Guilds intent only (no privileged intents, no message content),
// mentions off client-wide, REST pointed at DISCORD_API_URL when set, and a first response that a
// rate limit would hold past its 3-second window given up rather than sent late.
import { Client, GatewayIntentBits } from "discord.js";
import { lateAfterRateLimit } from "./answerWindow.ts";
import type { DiscordConfig } from "../config.ts";

export function createClient(config: DiscordConfig): Client {
  // discord.js reads SHARD_COUNT from the environment itself, where an empty value (left blank in
  // .env) would mean zero shards; outside the sharding launcher it is not the client's to read.
  if (!process.env.SHARDING_MANAGER && !process.env.SHARD_COUNT?.trim()) delete process.env.SHARD_COUNT;
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    rest: { ...(config.apiUrl ? { api: config.apiUrl } : {}), rejectOnRateLimit: (limit) => lateAfterRateLimit(limit) },
  });
}
