// Fixed identities of the fake Discord world (application, bot user, guild, channel, users) and
// snowflakes minted with a chosen age, so an interaction can look fresh or stale.
import { SnowflakeUtil } from "discord.js";

export const APP_ID = "111111111111111111";
export const BOT_USER_ID = APP_ID;
export const GUILD_ID = "222222222222222222";
export const CHANNEL_ID = "333333333333333333";

/** A syntactically valid bot token the fake accepts. */
export const TOKEN = "MTExMTExMTExMTExMTExMTEx.GfAkEt.fake-token-for-tests-only_0123456789";

export const snowflake = (ageMs = 0): string => SnowflakeUtil.generate({ timestamp: Date.now() - ageMs }).toString();
