// Discord's window for an interaction's first response: 3 seconds from its creation (its id says when).
// An answer whose window has passed is dropped, not sent late: before a handler starts, and when a rate
// limit would hold the first response past the window (discord.js is told to give it up instead of
// waiting, through REST's rejectOnRateLimit).
import { RateLimitError, SnowflakeUtil, type RateLimitData } from "discord.js";

const FIRST_RESPONSE_MS = 3_000;

/** The callback URL of an interaction's first response, with the interaction's id. */
const CALLBACK = /\/interactions\/(\d{17,20})\/[^/]+\/callback(?:[?#]|$)/u;

/** When the first response to the interaction with this id can no longer be sent. */
export const firstResponseDeadline = (interactionId: string): number => SnowflakeUtil.timestampFrom(interactionId) + FIRST_RESPONSE_MS;

/** Whether waiting out this rate limit would send a first response after its window: then it is given up. */
export function lateAfterRateLimit(limit: RateLimitData, now = Date.now()): boolean {
  const id = CALLBACK.exec(limit.url)?.[1];
  return id !== undefined && now + Math.max(limit.retryAfter, limit.timeToReset) > firstResponseDeadline(id);
}

/** The error discord.js throws for a first response given up by `lateAfterRateLimit`. */
export const isGivenUp = (error: unknown): boolean => error instanceof RateLimitError;
