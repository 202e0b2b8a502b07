// Starts the HTTP interactions mode: validates DISCORD_PUBLIC_KEY and INTERACTIONS_PORT, opens the
// store, and serves signed interactions until stopped (SIGINT/SIGTERM). No token, no gateway.
import type { AddressInfo } from "node:net";
import { commands as allCommands } from "../../../commands/index.ts";
import type { Command } from "../../../commands/command.ts";
import { prepareIndexes } from "../../../commands/prepare.ts";
import { openCorpus } from "../../store/openCorpus.ts";
import { createFloodGuard, startFailed, stopOnSignals } from "../lifecycle.ts";
import { createLogger, type Logger } from "../logger.ts";
import { createResponder } from "../respond.ts";
import { readHttpConfig } from "./httpConfig.ts";
import { createInteractionServer } from "./interactionServer.ts";
import { publicKeyFromHex } from "./verifySignature.ts";


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

export async function startInteractionServer(env: NodeJS.ProcessEnv, options: InteractionServerOptions = {}): Promise<InteractionServerResult> {
  const read = readHttpConfig(env);
  if (!read.ok) return startFailed(read.problems.join("\n"));
  const { config } = read;
  const opened = await openCorpus(env);
  if (!opened.ok) return startFailed(opened.message);
  prepareIndexes(opened.corpus);
  const logger = options.logger ?? createLogger();
  const responder = createResponder(opened.corpus, options.commands ?? allCommands, createFloodGuard());
  const server = createInteractionServer({ publicKey: publicKeyFromHex(config.publicKey), responder, logger });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    return startFailed(`Could not listen on port ${config.port}: ${(error as Error).message}`);
  }
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, articles: opened.corpus.store.articles.length }, "interactions endpoint listening");
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
