// The HTTP interactions mode's configuration from the environment: the application's public key
// (all it needs to answer; no token) and the port, validated with one clear line per problem.
import { z } from "zod";
import { optional, problemsOf } from "../config.ts";

const PORT_ERROR = "INTERACTIONS_PORT is malformed: give a port number from 1 to 65535 (0 picks any free port).";

const HttpConfigSchema = z.object({
  DISCORD_PUBLIC_KEY: z
    .string({ error: "DISCORD_PUBLIC_KEY is missing: copy the Public Key from the developer portal (General Information) into .env." })
    .trim()
    .regex(/^[0-9a-fA-F]{64}$/u, {
      error: "DISCORD_PUBLIC_KEY is malformed: the application's Public Key is 64 hexadecimal characters (General Information), not the bot token.",
    }),
  INTERACTIONS_PORT: z
    .string({ error: "INTERACTIONS_PORT is missing: give the port the interactions endpoint listens on." })
    .trim()
    .regex(/^\d{1,5}$/u, { error: PORT_ERROR })
    .transform(Number)
    .refine((port) => port <= 65535, { error: PORT_ERROR }),
  INTERACTIONS_HOST: z.preprocess(optional, z.string().trim().optional()),
});

export interface HttpConfig {
  /** The raw 32-byte Ed25519 public key, hex. */
  readonly publicKey: string;
  readonly port: number;
  /** The address to listen on; all interfaces when unset. */
  readonly host?: string;
}

export type HttpConfigResult = { ok: true; config: HttpConfig } | { ok: false; problems: string[] };

/** The HTTP mode's configuration in `env`, or every problem with it; values are never echoed. */
export function readHttpConfig(env: NodeJS.ProcessEnv): HttpConfigResult {
  const parsed = HttpConfigSchema.safeParse(env);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  const c = parsed.data;
  return {
    ok: true,
    config: { publicKey: c.DISCORD_PUBLIC_KEY.toLowerCase(), port: c.INTERACTIONS_PORT, ...(c.INTERACTIONS_HOST ? { host: c.INTERACTIONS_HOST } : {}) },
  };
}
