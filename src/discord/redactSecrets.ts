// Secrets taken out of what the bot logs: an interaction token (in a callback or webhook URL, or a
// rate-limit bucket's major parameter) would let anyone who reads the log post as the bot for 15
// minutes, and a bot token for good. A logged error keeps its kind, status and route, not its request body.
import { pino } from "pino";

const REDACTED = "[redacted]";

/** A bot token: three dot-separated base64url parts (see config.ts). */
const BOT_TOKEN = /[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}/gu;
/** The token after an interaction or webhook id: `/interactions/<id>/<token>`, `/webhooks/<id>/<token>`, or a bare `<id>/<token>`. */
const TOKEN_AFTER_ID = /(\/(?:interactions|webhooks)\/\d{17,20}\/|^\d{17,20}\/)[^/?#\s"]+/gmu;

export function redactSecrets(text: string): string {
  return text.replace(BOT_TOKEN, REDACTED).replace(TOKEN_AFTER_ID, `$1${REDACTED}`);
}

/** Properties of a discord.js REST error that hold what was sent: never logged. */
const SENT = new Set(["requestBody"]);
const MAX_DEPTH = 4;

function scrub(value: unknown, depth: number): unknown {
  if (typeof value === "string") return redactSecrets(value);
  if (value === null || typeof value !== "object" || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  return Object.fromEntries(Object.entries(value).filter(([key]) => !SENT.has(key)).map(([key, item]) => [key, scrub(item, depth + 1)]));
}

/** pino's error serializer, with every string in the result redacted and the request body left out. */
export function redactedError(error: Error): unknown {
  return scrub(pino.stdSerializers.err(error), 0);
}
