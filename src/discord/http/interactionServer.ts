// The HTTP interactions endpoint (node:http): refuses oversized bodies (413) and unsigned, forged or
// stale requests (401) before parsing anything, and an interaction already answered (401, a replay),
// then answers the verified interaction as JSON, observing each one answered (log line and metrics).
// Refusals are logged, but never more than a few a minute.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { KeyObject } from "node:crypto";
import type { Logger } from "../logger.ts";
import type { Outcome } from "../observe/interactionRecord.ts";
import type { Observe } from "../observe/observer.ts";
import type { Responder } from "../respond.ts";
import { described, dispatchInteraction, failureResponse, InteractionSchema, outcomeOf, type InteractionResponse } from "./dispatchInteraction.ts";
import { readBody } from "./readBody.ts";
import { createRefusalLog } from "./refusalLog.ts";
import { createReplayGuard } from "./replayGuard.ts";
import { verifySignature } from "./verifySignature.ts";

/** Discord's interaction payloads are a few kilobytes; anything past this is refused unread. */
export const MAX_BODY_BYTES = 64 * 1024;
/** A client gets this long to send its whole request (headers included). */
export const REQUEST_TIMEOUT_MS = 10_000;
/** How often node:http checks for requests past their time-out (its default, 30 s, let one last up to 40 s). */
const TIMEOUT_CHECK_MS = 500;

export interface InteractionServerDeps {
  readonly publicKey: KeyObject;
  readonly responder: Responder;
  readonly logger: Logger;
  /** Told of each interaction answered (logs and metrics). */
  readonly observe: Observe;
  /** Seconds since the epoch; a parameter so tests can move the clock. */
  readonly nowSeconds?: () => number;
}

interface SendOptions {
  readonly json?: boolean;
  /** Close the connection after answering (the rest of an oversized body is not read). */
  readonly close?: boolean;
}

function send(response: ServerResponse, status: number, body: string, options: SendOptions = {}): void {
  response.writeHead(status, {
    "content-type": options.json ? "application/json" : "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    ...(options.close ? { connection: "close" } : {}),
  });
  response.end(body);
}

const header = (request: IncomingMessage, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    return undefined;
  }
}

export function createInteractionServer(deps: InteractionServerDeps): Server {
  const now = deps.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  const replays = createReplayGuard(() => now() * 1000);
  const refused = createRefusalLog(deps.logger, () => now() * 1000);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method === "GET" && request.url === "/health") return send(response, 200, "ok\n");
    if (request.method !== "POST") {
      response.setHeader("allow", "POST");
      return send(response, 405, "POST interactions here\n");
    }
    const read = await readBody(request, MAX_BODY_BYTES);
    if (!read.ok) return read.tooLarge ? send(response, 413, "request body too large\n", { close: true }) : send(response, 400, "request body unreadable\n");
    const headers = { signature: header(request, "x-signature-ed25519"), timestamp: header(request, "x-signature-timestamp") };
    const verdict = verifySignature(deps.publicKey, headers, read.body, now());
    if (!verdict.ok) {
      refused(verdict.reason);
      return send(response, 401, `${verdict.reason}\n`);
    }
    const parsed = InteractionSchema.safeParse(parseJson(read.body));
    if (!parsed.success) return send(response, 400, "not an interaction\n");
    if (!replays.firstTime(parsed.data.id)) {
      refused("replayed interaction");
      return send(response, 401, "replayed interaction\n");
    }
    const started = performance.now();
    let answer: InteractionResponse;
    let outcome: Outcome;
    try {
      answer = await dispatchInteraction(deps.responder, parsed.data);
      outcome = outcomeOf(answer);
    } catch (error) {
      deps.logger.error({ err: error, type: parsed.data.type, command: parsed.data.data?.name }, "handler failed");
      answer = failureResponse(parsed.data);
      outcome = "failed";
    }
    send(response, 200, JSON.stringify(answer), { json: true });
    deps.observe({ id: parsed.data.id, ...described(parsed.data), outcome, latencyMs: performance.now() - started });
  }

  const server = createServer({ requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: REQUEST_TIMEOUT_MS, connectionsCheckingInterval: TIMEOUT_CHECK_MS }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      deps.logger.error({ err: error }, "request failed");
      if (!response.headersSent) send(response, 500, "internal error\n");
      else response.destroy();
    });
  });
  return server;
}
