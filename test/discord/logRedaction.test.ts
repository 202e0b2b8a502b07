// What a failed reply to Discord leaves in the log: the error's kind, status and route, never the
// interaction token (in the callback or webhook URL, or the rate-limit bucket) nor the body that was sent.
import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/discord/logger.ts";
import { redactSecrets } from "../../src/discord/redactSecrets.ts";

const INTERACTION = "1290000000000000001";
const APP = "1280000000000000002";
/** The shape of a real interaction token: base64url, about 200 characters. */
const INTERACTION_TOKEN = `aW50ZXJhY3Rpb246${"QmFzZTY0VG9rZW4".repeat(12)}`;
const BOT_TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";
const ANSWER = "The Trump-Putin phone call gave the Kremlin leader a chance";

const callbackUrl = `https://discord.com/api/v10/interactions/${INTERACTION}/${INTERACTION_TOKEN}/callback`;
const editUrl = `https://discord.com/api/v10/webhooks/${APP}/${INTERACTION_TOKEN}/messages/@original`;
const sent = { files: undefined, body: { type: 4, data: { content: ANSWER } } };

/** The JSON lines a logger writes while `log` runs. */
function logged(log: (logger: ReturnType<typeof createLogger>) => void): string {
  const lines: string[] = [];
  log(createLogger({ write: (line: string) => void lines.push(line) }));
  return lines.join("");
}

describe("a logged Discord error", () => {
  it("from a refused callback keeps its status and code, without the token or the answer sent", () => {
    const error = new DiscordAPIError({ code: 10062, message: "Unknown interaction" }, 10062, 404, "POST", callbackUrl, sent);
    const line = logged((logger) => logger.error({ err: error }, "handler failed"));
    expect(line).not.toContain(INTERACTION_TOKEN);
    expect(line).not.toContain(ANSWER);
    expect(line).toContain(`/interactions/${INTERACTION}/[redacted]/callback`);
    expect(JSON.parse(line)).toMatchObject({ err: { status: 404, code: 10062, method: "POST" } });
  });

  it("from a failed edit of the original response (a 500) holds no token", () => {
    const error = new HTTPError(500, "Internal Server Error", "PATCH", editUrl, sent);
    const line = logged((logger) => logger.error({ err: error }, "could not tell the user about the failure"));
    expect(line).not.toContain(INTERACTION_TOKEN);
    expect(line).not.toContain(ANSWER);
    expect(line).toContain(`/webhooks/${APP}/[redacted]/messages/@original`);
  });

  it("from a rate limit holds no token in its URL or bucket", () => {
    const error = new RateLimitError({
      timeToReset: 30_000,
      limit: 5,
      method: "PATCH",
      hash: "bucket",
      url: editUrl,
      route: "/webhooks/:id/:token/messages/@original",
      majorParameter: `${APP}/${INTERACTION_TOKEN}`,
      global: false,
      retryAfter: 30_000,
      sublimitTimeout: 0,
      scope: "user",
    });
    const line = logged((logger) => logger.warn({ err: error }, "answer dropped"));
    expect(line).not.toContain(INTERACTION_TOKEN);
    expect(JSON.parse(line)).toMatchObject({ err: { retryAfter: 30_000, majorParameter: `${APP}/[redacted]` } });
  });

  it("whose message quotes the bot token holds no bot token", () => {
    const line = logged((logger) => logger.error({ err: new Error(`login failed for Bot ${BOT_TOKEN}`) }, "client error"));
    expect(line).not.toContain(BOT_TOKEN);
  });
});

describe("redactSecrets", () => {
  it("leaves ordinary text and routes as they are", () => {
    expect(redactSecrets("/interactions/:id/:token/callback answered 404 after 3.2 s")).toBe("/interactions/:id/:token/callback answered 404 after 3.2 s");
  });
});
