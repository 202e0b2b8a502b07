// Starts the HTTP interactions mode: validates DISCORD_PUBLIC_KEY and INTERACTIONS_PORT, opens the
// store, and serves signed interactions until stopped (SIGINT/SIGTERM). No token, no gateway.
import type { AddressInfo } from "node:net";
import { commands as allCommands } from "../../../commands/index.ts";
import type { Command } from "../../../commands/command.ts";
import { openCorpus } from "../../store/openCorpus.ts";
import { createCooldown } from "../cooldown.ts";
import { createLogger, type Logger } from "../logger.ts";
import { createResponder } from "../respond.ts";
import { readHttpConfig } from "./httpConfig.ts";
import { createInteractionServer } from "./interactionServer.ts";
import { publicKeyFromHex } from "./verifySignature.ts";

/** The same flood guard as the gateway bot: commands per user in any ten seconds. */
const COOLDOWN_LIMIT = 5;
const COOLDOWN_WINDOW_MS = 10_000;

export interface InteractionServerOptions {
  readonly commands?: readonly Command<unknown>[];
  readonly logger?: Logger;
}

export interface RunningInteractionServer {
  /** The port listened on (the one picked when INTERACTIONS_PORT is 0). */
  readonly port: number;
  stop(): Promise<void>;
}

export type InteractionServerResult = { ok: true; server: RunningInteractionServer } | { ok: false; message: string };

function failed(message: string): InteractionServerResult {
  console.error(message);
  process.exitCode = 1;
  return { ok: false, message };
}

export async function startInteractionServer(env: NodeJS.ProcessEnv, options: InteractionServerOptions = {}): Promise<InteractionServerResult> {
  const read = readHttpConfig(env);
  if (!read.ok) return failed(read.problems.join("\n"));
  const { config } = read;
  const opened = await openCorpus(env);
  if (!opened.ok) return failed(opened.message);
  const logger = options.logger ?? createLogger();
  const responder = createResponder(opened.corpus, options.commands ?? allCommands, createCooldown(COOLDOWN_LIMIT, COOLDOWN_WINDOW_MS));
  const server = createInteractionServer({ publicKey: publicKeyFromHex(config.publicKey), responder, logger });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    return failed(`Could not listen on port ${config.port}: ${(error as Error).message}`);
  }
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, articles: opened.corpus.store.articles.length }, "interactions endpoint listening");
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    stopping ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    }).then(() => logger.info("stopped"));
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info({ signal }, "shutting down");
    void stop();
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return { ok: true, server: { port, stop } };
}
