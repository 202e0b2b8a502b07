// The bot's configuration from the environment (after dotenv), validated with one clear line for
// each missing or malformed value; values are never echoed, so a token cannot leak into an error.
import { z } from "zod";

/** A bot token: three dot-separated base64url parts (the first is the bot's id, base64-encoded). */
export const TOKEN = /^[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$/u;
export const SNOWFLAKE = /^\d{17,20}$/u;

/** A variable set to blank counts as not set. */
export const optional = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** One line per distinct problem zod found in the environment. */
export const problemsOf = (error: z.ZodError): string[] => [...new Set(error.issues.map((i) => i.message))];

const ConfigSchema = z.object({
  DISCORD_TOKEN: z
    .string({ error: "DISCORD_TOKEN is missing: copy the bot token from the developer portal (Bot → Reset Token) into .env." })
    .trim()
    .regex(TOKEN, {
      error:
        "DISCORD_TOKEN is malformed: a bot token is three dot-separated parts (about 70 characters), copied from Bot → Reset Token; not the client secret or public key.",
    }),
  DISCORD_CLIENT_ID: z
    .string({ error: "DISCORD_CLIENT_ID is missing: copy the Application ID from the developer portal (General Information) into .env." })
    .trim()
    .regex(SNOWFLAKE, { error: "DISCORD_CLIENT_ID is malformed: the Application ID is a number of 17 to 20 digits." }),
  DISCORD_GUILD_ID: z.preprocess(
    optional,
    z
      .string()
      .trim()
      .regex(SNOWFLAKE, { error: "DISCORD_GUILD_ID is malformed: a server id is a number of 17 to 20 digits (right-click the server → Copy Server ID)." })
      .optional(),
  ),
  DISCORD_API_URL: z.preprocess(
    optional,
    z
      .url({ protocol: /^https?$/u, error: "DISCORD_API_URL is malformed: give an http(s) URL such as https://discord.com/api (without /v10)." })
      .transform((url) => url.replace(/\/+$/u, ""))
      .optional(),
  ),
  STORE_PATH: z.preprocess(optional, z.string().optional()),
  SHARD_COUNT: z.preprocess(
    optional,
    z.coerce
      .number({ error: "SHARD_COUNT is malformed: give a whole number of shards, 1 or more." })
      .int({ error: "SHARD_COUNT is malformed: give a whole number of shards, 1 or more." })
      .min(1, { error: "SHARD_COUNT is malformed: give a whole number of shards, 1 or more." })
      .max(1000, { error: "SHARD_COUNT is malformed: at most 1000 shards." })
      .optional(),
  ),
  SHARD_LIST: z.preprocess(
    optional,
    z
      .string()
      .trim()
      .regex(/^\d{1,4}(?:\s*,\s*\d{1,4})*$/u, { error: "SHARD_LIST is malformed: give the ids of this machine's shards separated by commas, such as 0,1,2." })
      .transform((list) => [...new Set(list.split(",").map(Number))])
      .optional(),
  ),
}).superRefine((c, context) => {
  const count = c.SHARD_COUNT;
  // zod checks the whole object even when a field failed: a malformed list is then still the raw string.
  if (!Array.isArray(c.SHARD_LIST)) return;
  if (!count) context.addIssue({ code: "custom", message: "SHARD_LIST needs SHARD_COUNT: the number of shards across every machine." });
  else if (c.SHARD_LIST.some((id) => id >= count)) {
    context.addIssue({ code: "custom", message: "SHARD_LIST is out of range: shard ids run from 0 to one less than SHARD_COUNT." });
  }
});

export interface DiscordConfig {
  readonly token: string;
  readonly clientId: string;
  readonly guildId?: string;
  readonly apiUrl?: string;
  readonly storePath?: string;
  readonly shardCount?: number;
  /** The shards this machine runs of `shardCount` (all of them when unset). */
  readonly shardList?: number[];
}

export type ConfigResult = { ok: true; config: DiscordConfig } | { ok: false; problems: string[] };

/** The configuration in `env`, or every problem with it, one line each. */
export function readConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const c = parsed.data;
  return {
    ok: true,
    config: {
      token: c.DISCORD_TOKEN,
      clientId: c.DISCORD_CLIENT_ID,
      ...(c.DISCORD_GUILD_ID ? { guildId: c.DISCORD_GUILD_ID } : {}),
      ...(c.DISCORD_API_URL ? { apiUrl: c.DISCORD_API_URL } : {}),
      ...(c.STORE_PATH ? { storePath: c.STORE_PATH } : {}),
      ...(c.SHARD_COUNT ? { shardCount: c.SHARD_COUNT } : {}),
      ...(c.SHARD_LIST ? { shardList: c.SHARD_LIST } : {}),
    },
  };
}
