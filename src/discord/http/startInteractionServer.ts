// Starts the HTTP interactions mode: validates DISCORD_PUBLIC_KEY and INTERACTIONS_PORT and serves
// signed interactions from the store until stopped (SIGINT/SIGTERM). No token, no gateway.
import type { AddressInfo } from "node:net";
import { commands as allCommands } from "../../../commands/index.ts";
import type { Command } from "../../../commands/command.ts";
import type { CoverageStore } from "../../store/coverageStore.ts";
import { createFloodGuard, startFailed, stopOnSignals } from "../lifecycle.ts";
import { createLogger, type Logger } from "../logger.ts";
import type { Metrics } from "../observe/metrics.ts";
import { interactionObserver } from "../observe/observer.ts";
import { createResponder } from "../respond.ts";
import { readHttpConfig } from "./httpConfig.ts";
import { createInteractionServer } from "./interactionServer.ts";
import { publicKeyFromHex } from "./verifySignature.ts";

export interface InteractionServerOptions {
  readonly store: CoverageStore;
  readonly commands?: readonly Command<unknown>[];
  readonly logger?: Logger;
  readonly metrics?: Metrics;
}

export interface RunningInteractionServer {
  /** The port listened on (the one picked when INTERACTIONS_PORT is 0). */
  readonly port: number;
  stop(): Promise<void>;
}

export type InteractionServerResult = { ok: true; server: RunningInteractionServer } | { ok: false; message: string };

export async function startInteractionServer(env: NodeJS.ProcessEnv, options: InteractionServerOptions): Promise<InteractionServerResult> {
  const read = readHttpConfig(env);
  if (!read.ok) return startFailed(read.problems.join("\n"));
  const { config } = read;
  const logger = options.logger ?? createLogger();
  const responder = createResponder(options.store, options.commands ?? allCommands, createFloodGuard());
  const observe = interactionObserver(logger, options.metrics);
  const server = createInteractionServer({ publicKey: publicKeyFromHex(config.publicKey), responder, logger, observe });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    return startFailed(`Could not listen on port ${config.port}: ${(error as Error).message}`);
  }
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, articles: await options.store.articleCount() }, "interactions endpoint listening");
  const stop = stopOnSignals(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
    logger,
  );
  return { ok: true, server: { port, stop } };
}
