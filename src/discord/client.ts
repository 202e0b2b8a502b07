// The discord.js client: the Guilds intent only (no privileged intents, no message content),
// mentions off client-wide, REST pointed at DISCORD_API_URL when set.
import { Client, GatewayIntentBits } from "discord.js";
import type { DiscordConfig } from "./config.ts";

export function createClient(config: DiscordConfig): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
}
