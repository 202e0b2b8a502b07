// A fake Discord on 127.0.0.1 (an OS-chosen port) for end-to-end tests: enough REST and gateway for
// the real discord.js client to log in, receive interactions and answer them. Every REST request is
// recorded; tests dispatch interactions, drop the connection and wait for the bot's requests.
import { EventEmitter, once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { APP_ID, BOT_USER_ID, CHANNEL_ID, TOKEN, snowflake } from "./ids.ts";
import { guildCreatePayload, readyPayload } from "./payloads.ts";

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

export interface FakeDiscord {
  /** The REST base for DISCORD_API_URL (discord.js appends /v10). */
  readonly apiUrl: string;
  readonly requests: readonly RecordedRequest[];
  /** Gateway opcodes received (2 identify, 6 resume, 1 heartbeat). */
  readonly opcodes: readonly number[];
  /** Resolves when a client has identified (or resumed) and is ready for dispatches. */
  waitForSession(timeoutMs?: number): Promise<void>;
  dispatch(event: string, data: unknown): void;
  /** Closes the bot's gateway connection with `code` (4000: unknown error, which clients resume). */
  dropConnection(code?: number): void;
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs?: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

const API = "/api/v10";

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

function messageFrom(body: unknown): Record<string, unknown> {
  const data = (body ?? {}) as Record<string, unknown>;
  return {
    id: snowflake(),
    channel_id: CHANNEL_ID,
    type: 20,
    author: { id: BOT_USER_ID, username: "coverage-bot", discriminator: "0", bot: true, avatar: null },
    content: data.content ?? "",
    embeds: data.embeds ?? [],
    components: data.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    flags: data.flags ?? 0,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
  };
}

function respond(req: IncomingMessage, path: string, body: unknown, res: ServerResponse, gatewayUrl: string): void {
  const authorised = req.headers.authorization === `Bot ${TOKEN}`;
  const route = path.slice(API.length);
  if (req.method === "GET" && route === "/gateway/bot") {
    if (!authorised) return send(res, 401, { message: "401: Unauthorized", code: 0 });
    return send(res, 200, {
      url: gatewayUrl,
      shards: 1,
      session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
    });
  }
  if (req.method === "POST" && /^\/interactions\/\d+\/[^/]+\/callback$/u.test(route)) return send(res, 204);
  if (req.method === "PATCH" && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/u.test(route)) return send(res, 200, messageFrom(body));
  if (req.method === "DELETE" && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/u.test(route)) return send(res, 204);
  if (req.method === "POST" && /^\/webhooks\/\d+\/[^/]+$/u.test(route)) return send(res, 200, messageFrom(body));
  if (req.method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/u.test(route)) {
    if (!authorised) return send(res, 401, { message: "401: Unauthorized", code: 0 });
    const commands = Array.isArray(body) ? body : [];
    return send(res, 200, commands.map((c: object) => ({ ...c, id: snowflake(), application_id: APP_ID, version: snowflake() })));
  }
  send(res, 404, { message: "404: Not Found", code: 0 });
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const requests: RecordedRequest[] = [];
  const opcodes: number[] = [];
  const events = new EventEmitter();
  let socket: WebSocket | undefined;
  let sessionReady = false;
  let sequence = 0;
  const sessionId = `session-${Math.random().toString(36).slice(2)}`;

  const http = createServer((req, res) => {
    void readBody(req).then((body) => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const recorded = { method: req.method ?? "GET", path: decodeURIComponent(url.pathname), query: url.searchParams, authorization: req.headers.authorization, body };
      requests.push(recorded);
      respond(req, recorded.path, body, res, gatewayUrl());
      events.emit("request", recorded);
    });
  });
  const gatewayUrl = () => `ws://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const gateway = new WebSocketServer({ server: http });
  const dispatchNow = (ws: WebSocket, t: string, d: unknown) => {
    sequence += 1;
    ws.send(JSON.stringify({ op: 0, t, s: sequence, d }));
  };

  gateway.on("connection", (ws) => {
    socket = ws;
    sessionReady = false;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    ws.on("message", (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> | null };
      opcodes.push(payload.op);
      if (payload.op === 1) ws.send(JSON.stringify({ op: 11 }));
      else if (payload.op === 2) {
        if (payload.d?.token !== TOKEN) return ws.close(4004, "Authentication failed");
        dispatchNow(ws, "READY", readyPayload(sessionId, gatewayUrl()));
        dispatchNow(ws, "GUILD_CREATE", guildCreatePayload());
        sessionReady = true;
        events.emit("session", true);
      } else if (payload.op === 6) {
        if (payload.d?.token !== TOKEN || payload.d.session_id !== sessionId) return ws.send(JSON.stringify({ op: 9, d: false }));
        dispatchNow(ws, "RESUMED", {});
        sessionReady = true;
        events.emit("session", true);
      }
    });
  });

  http.listen(0, "127.0.0.1");
  await once(http, "listening");
  const { port } = http.address() as AddressInfo;

  function waitFor<T>(event: string, check: (value: T) => boolean, already: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = already();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        events.off(event, listener);
        reject(new Error(`fake Discord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const listener = (value: T) => {
        if (!check(value)) return;
        clearTimeout(timer);
        events.off(event, listener);
        resolve(value);
      };
      events.on(event, listener);
    });
  }

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests,
    opcodes,
    waitForSession: (timeoutMs = 10_000) =>
      waitFor<boolean>("session", () => true, () => (sessionReady ? true : undefined), timeoutMs, "a gateway session").then(() => undefined),
    dispatch(event, data) {
      if (!socket || !sessionReady) throw new Error("fake Discord: no ready gateway session to dispatch to");
      dispatchNow(socket, event, data);
    },
    dropConnection(code = 4000) {
      sessionReady = false;
      socket?.close(code, "dropped by the fake");
    },
    waitForRequest: (match, timeoutMs = 10_000) =>
      waitFor<RecordedRequest>("request", match, () => requests.find(match), timeoutMs, "a matching REST request"),
    async close() {
      for (const client of gateway.clients) client.terminate();
      gateway.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
