// The announce channel's configuration from the environment: ANNOUNCE_CHANNEL_ID (unset: no
// announcements), and the bot token that posts there (DISCORD_TOKEN; HTTP interactions mode needs it
// only for this), with DISCORD_API_URL when set. One clear line per problem; values are never echoed.
import { z } from "zod";
import { optional, problemsOf, SNOWFLAKE, TOKEN } from "../config.ts";

const AnnounceConfigSchema = z
  .object({
    ANNOUNCE_CHANNEL_ID: z.preprocess(
      optional,
      z
        .string()
        .trim()
        .regex(SNOWFLAKE, { error: "ANNOUNCE_CHANNEL_ID is malformed: a channel id is a number of 17 to 20 digits (right-click the channel → Copy Channel ID)." })
        .optional(),
    ),
    DISCORD_TOKEN: z.preprocess(optional, z.string().trim().optional()),
    DISCORD_API_URL: z.preprocess(optional, z.string().trim().optional()),
  })
  .refine((env) => !env.ANNOUNCE_CHANNEL_ID || (env.DISCORD_TOKEN !== undefined && TOKEN.test(env.DISCORD_TOKEN)), {
    error: "ANNOUNCE_CHANNEL_ID is set but DISCORD_TOKEN is missing or malformed: the bot posts announcements with its token (Bot → Reset Token); set it, or unset ANNOUNCE_CHANNEL_ID.",
  });

export interface AnnounceConfig {
  readonly channelId: string;
  readonly token: string;
  readonly apiUrl?: string;
}

/** The channel to announce in, null when ANNOUNCE_CHANNEL_ID is unset, or every problem. */
export type AnnounceConfigResult = { ok: true; config: AnnounceConfig | null } | { ok: false; problems: string[] };

export function readAnnounceConfig(env: NodeJS.ProcessEnv): AnnounceConfigResult {
  const parsed = AnnounceConfigSchema.safeParse(env);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const { ANNOUNCE_CHANNEL_ID: channelId, DISCORD_TOKEN: token, DISCORD_API_URL: apiUrl } = parsed.data;
  if (!channelId || !token) return { ok: true, config: null };
  return { ok: true, config: { channelId, token, ...(apiUrl ? { apiUrl: apiUrl.replace(/\/+$/u, "") } : {}) } };
}
