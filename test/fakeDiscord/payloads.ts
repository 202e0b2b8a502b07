// Gateway payloads the fake sends: READY, GUILD_CREATE, and INTERACTION_CREATE bodies for slash
// commands, autocomplete and button clicks, shaped like Discord's (see discord-api-docs).
import { APP_ID, BOT_USER_ID, CHANNEL_ID, GUILD_ID, snowflake } from "./ids.ts";

const botUser = { id: BOT_USER_ID, username: "coverage-bot", discriminator: "0", global_name: null, avatar: null, bot: true };

export function readyPayload(sessionId: string, resumeUrl: string) {
  return {
    v: 10,
    user: botUser,
    guilds: [{ id: GUILD_ID, unavailable: true }],
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    application: { id: APP_ID, flags: 0 },
    shard: [0, 1],
  };
}

const channel = { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "news", position: 0, permission_overwrites: [], nsfw: false, parent_id: null };

export function guildCreatePayload() {
  return {
    id: GUILD_ID,
    name: "Newsroom",
    icon: null,
    owner_id: "444444444444444444",
    unavailable: false,
    member_count: 2,
    large: false,
    joined_at: new Date().toISOString(),
    roles: [{ id: GUILD_ID, name: "@everyone", permissions: "0", position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    emojis: [],
    stickers: [],
    features: [],
    channels: [channel],
    threads: [],
    members: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    preferred_locale: "en-US",
  };
}

export interface Asker {
  readonly id: string;
  readonly username: string;
}

/** Every interaction token the fake hands out starts so: a log line holding it leaked a token. */
export const INTERACTION_TOKEN_PREFIX = "interaction-token-";

function base(type: number, asker: Asker, ageMs: number) {
  return {
    id: snowflake(ageMs),
    application_id: APP_ID,
    type,
    token: `${INTERACTION_TOKEN_PREFIX}${Math.random().toString(36).slice(2)}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel,
    member: {
      user: { id: asker.id, username: asker.username, discriminator: "0", global_name: asker.username, avatar: null },
      roles: [],
      permissions: "0",
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: "0",
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": GUILD_ID },
    context: 0,
  };
}

export type OptionInput = Readonly<Record<string, string>>;

const options = (values: OptionInput, focused?: string) =>
  Object.entries(values).map(([name, value]) => ({ name, type: 3, value, ...(name === focused ? { focused: true } : {}) }));

export function commandInteraction(name: string, values: OptionInput, asker: Asker, ageMs = 0) {
  return { ...base(2, asker, ageMs), data: { id: snowflake(), name, type: 1, options: options(values) } };
}

export function autocompleteInteraction(name: string, values: OptionInput, focused: string, asker: Asker) {
  return { ...base(4, asker, 0), data: { id: snowflake(), name, type: 1, options: options(values, focused) } };
}

/** A message the bot posted, as Discord returns it: `data` (content, embeds, components, flags) filled out. */
export function botMessage(data: Record<string, unknown>): Record<string, unknown> {
  return {
    id: snowflake(),
    channel_id: CHANNEL_ID,
    type: 20,
    author: botUser,
    content: data.content ?? "",
    embeds: data.embeds ?? [],
    components: data.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    flags: data.flags ?? 0,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
  };
}

export function buttonInteraction(customId: string, message: Record<string, unknown>, asker: Asker) {
  return {
    ...base(3, asker, 0),
    data: { custom_id: customId, component_type: 2 },
    message: { ...botMessage(message), ...message },
  };
}
