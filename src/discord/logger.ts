// Structured logs (pino, JSON lines) for the bot; anything that looks like a token or an
// authorization header is redacted, so a token cannot reach the logs.
import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

const REDACT = ["token", "*.token", "authorization", "*.authorization", "headers.authorization", "*.headers.authorization"];

export function createLogger(destination?: DestinationStream): Logger {
  const options = { name: "coverage-bot", level: process.env.LOG_LEVEL ?? "info", redact: { paths: REDACT, censor: "[redacted]" } };
  return destination ? pino(options, destination) : pino(options);
}
