// Structured logs (pino, JSON lines) for the bot; anything that looks like a token or an
// authorization header is redacted, and so are the tokens in a logged error's URLs and messages
// (its request body is left out), so no token reaches the logs.
import { pino, type DestinationStream, type Logger } from "pino";
import { redactedError } from "./redactSecrets.ts";

export type { Logger };

const REDACT = ["token", "*.token", "authorization", "*.authorization", "headers.authorization", "*.headers.authorization"];

export function createLogger(destination?: DestinationStream): Logger {
  const options = {
    name: "coverage-bot",
    level: process.env.LOG_LEVEL?.trim() || "info",
    redact: { paths: REDACT, censor: "[redacted]" },
    serializers: { err: redactedError },
  };
  return destination ? pino(options, destination) : pino(options);
}
