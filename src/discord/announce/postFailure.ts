// What a failed announcement post means for the articles in it: Discord busy or unreachable (5xx, a
// 429, a network error) is worth trying again later; the channel refusing the bot (401, 403, 404:
// a bad token, missing access or permissions, an unknown channel) is for the operator to fix, and the
// line says what; any other refusal (a 400) is of that one message, which would fail the same again.
import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";

export type PostFailure =
  | { readonly kind: "retry"; readonly reason: string; readonly retryAfterMs?: number }
  | { readonly kind: "refused"; readonly reason: string; readonly fix: string }
  | { readonly kind: "rejected"; readonly reason: string };

/** Discord's codes for a channel the bot cannot post in, and what the operator does about each. */
const FIXES: Readonly<Record<number, string>> = {
  10003: "ANNOUNCE_CHANNEL_ID names no channel the bot can see: copy the channel's id again (right-click the channel → Copy Channel ID)",
  50001: "the bot cannot see the announce channel: give it View Channel in that channel (a channel permission override)",
  50013: "the bot lacks a permission in the announce channel: give it View Channel, Send Messages and Embed Links there",
};

function fixFor(status: number, code: number | string): string {
  const known = typeof code === "number" ? FIXES[code] : undefined;
  if (known) return known;
  if (status === 401) return "Discord does not accept DISCORD_TOKEN: reset the token (Bot → Reset Token) and set it again";
  if (status === 404) return FIXES[10003] ?? "";
  return FIXES[50013] ?? "";
}

export function postFailure(error: unknown): PostFailure {
  if (error instanceof RateLimitError) return { kind: "retry", reason: `rate limited by Discord (retry after ${(error.retryAfter / 1000).toFixed(1)} s)`, retryAfterMs: error.retryAfter };
  if (error instanceof DiscordAPIError) {
    const reason = `Discord answered ${error.status} ${error.message}`;
    if (error.status >= 500) return { kind: "retry", reason };
    if (error.status === 401 || error.status === 403 || error.status === 404) return { kind: "refused", reason, fix: fixFor(error.status, error.code) };
    return { kind: "rejected", reason };
  }
  if (error instanceof HTTPError) return { kind: "retry", reason: `Discord answered ${error.status} ${error.message}` };
  const cause = (error as { cause?: { code?: string } } | null)?.cause?.code;
  return { kind: "retry", reason: `Discord could not be reached (${cause ?? (error as Error | null)?.message ?? String(error)})` };
}
