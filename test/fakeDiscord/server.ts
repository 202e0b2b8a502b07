// A fake Discord on 127.0.0.1 (an OS-chosen port) for end-to-end tests: enough REST and gateway for
// the real discord.js client to log in, receive interactions and answer them, and for the bot to post
// in a channel (announcements). Every REST request is
// recorded; tests dispatch interactions, inject faults (REST errors, delays, a dropped connection, an
// invalid session) and wait for the bot's requests. Like Discord, it holds an interaction callback to
// the 3-second window and to one acknowledgement, and replays missed events on resume.
import { EventEmitter, once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SnowflakeUtil } from "discord.js";
import { WebSocketServer, type WebSocket } from "ws";
import { createFaultPlan, type Fault } from "./faults.ts";
import { APP_ID, TOKEN, snowflake } from "./ids.ts";
import { botMessage, guildCreatePayload, readyPayload } from "./payloads.ts";

export interface RestRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly authorization: string | undefined;
  readonly body: unknown;
  /** When the request arrived (Date.now()). */
  readonly at: number;
}

export interface RecordedRequest extends RestRequest {
  /** The status the fake answered with (0: the connection was closed with no answer). */
  readonly status: number;
}

export interface FakeDiscord {
  /** The REST base for DISCORD_API_URL (discord.js appends /v10). */
  readonly apiUrl: string;
  readonly requests: readonly RecordedRequest[];
  /** Gateway opcodes received (2 identify, 6 resume, 1 heartbeat). */
  readonly opcodes: readonly number[];
  /** The shard ([id, total]) each identify named, when it named one. */
  readonly identifiedShards: readonly (readonly number[])[];
  /** Resolves when a client has identified (or resumed) and is ready for dispatches. */
  waitForSession(timeoutMs?: number): Promise<void>;
  /** Sends a dispatch; while the connection is down it is kept for the replay when the bot resumes. */
  dispatch(event: string, data: unknown): void;
  /** Closes the bot's gateway connection with `code` (4000: unknown error, which clients resume). */
  dropConnection(code?: number): void;
  /** Sends op 9 INVALID_SESSION; when not resumable the session is forgotten and the bot must identify again. */
  invalidateSession(resumable: boolean): void;
  /** The next `times` REST requests that `match` get `fault` (see faults.ts). */
  failNext(match: (r: RestRequest) => boolean, fault: Fault, times?: number): void;
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

interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

function send(res: ServerResponse, reply: Reply): void {
  const headers = { ...reply.headers, ...(reply.body === undefined ? {} : { "content-type": "application/json" }) };
  res.writeHead(reply.status, headers).end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
}

/** Discord's 3-second window for the first response to an interaction. */
const CALLBACK_WINDOW_MS = 3_000;

const UNAUTHORIZED: Reply = { status: 401, body: { message: "401: Unauthorized", code: 0 } };

/** The first response to an interaction: within the window, once. */
function callback(id: string, acknowledged: Set<string>): Reply {
  if (Date.now() - SnowflakeUtil.timestampFrom(id) > CALLBACK_WINDOW_MS) return { status: 404, body: { message: "Unknown interaction", code: 10062 } };
  if (acknowledged.has(id)) return { status: 400, body: { message: "Interaction has already been acknowledged.", code: 40060 } };
  acknowledged.add(id);
  return { status: 204 };
}

function respond(req: IncomingMessage, path: string, body: unknown, gatewayUrl: string, acknowledged: Set<string>): Reply {
  const authorised = req.headers.authorization === `Bot ${TOKEN}`;
  const route = path.slice(API.length);
  if (req.method === "GET" && route === "/gateway/bot") {
    if (!authorised) return UNAUTHORIZED;
    return {
      status: 200,
      body: { url: gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } },
    };
  }
  const interaction = /^\/interactions\/(\d+)\/[^/]+\/callback$/u.exec(route);
  if (req.method === "POST" && interaction?.[1]) return callback(interaction[1], acknowledged);
  if (req.method === "PATCH" && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/u.test(route)) return { status: 200, body: botMessage((body ?? {}) as Record<string, unknown>) };
  if (req.method === "DELETE" && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/u.test(route)) return { status: 204 };
  if (req.method === "POST" && /^\/webhooks\/\d+\/[^/]+$/u.test(route)) return { status: 200, body: botMessage((body ?? {}) as Record<string, unknown>) };
  if (req.method === "POST" && /^\/channels\/\d+\/messages$/u.test(route)) {
    if (!authorised) return UNAUTHORIZED;
    return { status: 200, body: botMessage((body ?? {}) as Record<string, unknown>) };
  }
  if (req.method === "PUT" && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/u.test(route)) {
    if (!authorised) return UNAUTHORIZED;
    const commands = Array.isArray(body) ? body : [];
    return { status: 200, body: commands.map((c: object) => ({ ...c, id: snowflake(), application_id: APP_ID, version: snowflake() })) };
  }
  return { status: 404, body: { message: "404: Not Found", code: 0 } };
}

/** What the fake answers when `fault` is planned for a request. */
async function faulted(fault: Fault, normal: () => Reply): Promise<Reply> {
  if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (fault.status === undefined) return normal();
  if (fault.applied) normal();
  return { status: fault.status, ...(fault.body === undefined ? {} : { body: fault.body }), ...(fault.headers ? { headers: fault.headers } : {}) };
}

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const requests: RecordedRequest[] = [];
  const opcodes: number[] = [];
  const identifiedShards: number[][] = [];
  const events = new EventEmitter();
  const faults = createFaultPlan();
  const acknowledged = new Set<string>();
  let socket: WebSocket | undefined;
  let sessionReady = false;
  let sessionId = "";
  /** This session's dispatches, replayed from the client's last sequence number when it resumes. */
  let sent: { op: 0; t: string; s: number; d: unknown }[] = [];

  const http = createServer((req, res) => {
    void readBody(req).then(async (body) => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const request = { method: req.method ?? "GET", path: decodeURIComponent(url.pathname), query: url.searchParams, authorization: req.headers.authorization, body, at: Date.now() };
      const normal = () => respond(req, request.path, body, gatewayUrl(), acknowledged);
      const fault = faults.take(request);
      if (fault?.dropped) {
        requests.push({ ...request, status: 0 });
        req.socket.destroy();
        return;
      }
      const reply = fault ? await faulted(fault, normal) : normal();
      const recorded = { ...request, status: reply.status };
      requests.push(recorded);
      send(res, reply);
      events.emit("request", recorded);
    });
  });
  const gatewayUrl = () => `ws://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const gateway = new WebSocketServer({ server: http });
  const dispatchTo = (ws: WebSocket | undefined, t: string, d: unknown) => {
    const payload = { op: 0 as const, t, s: sent.length + 1, d };
    sent.push(payload);
    ws?.send(JSON.stringify(payload));
  };
  const ready = () => {
    sessionReady = true;
    events.emit("session", true);
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
        if (Array.isArray(payload.d.shard)) identifiedShards.push(payload.d.shard.map(Number));
        sessionId = `session-${Math.random().toString(36).slice(2)}`;
        sent = [];
        dispatchTo(ws, "READY", readyPayload(sessionId, gatewayUrl()));
        dispatchTo(ws, "GUILD_CREATE", guildCreatePayload());
        ready();
      } else if (payload.op === 6) {
        if (payload.d?.token !== TOKEN || !sessionId || payload.d.session_id !== sessionId) return ws.send(JSON.stringify({ op: 9, d: false }));
        for (const missed of sent.filter((p) => p.s > Number(payload.d?.seq))) ws.send(JSON.stringify(missed));
        dispatchTo(ws, "RESUMED", {});
        ready();
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
    identifiedShards,
    waitForSession: (timeoutMs = 10_000) =>
      waitFor<boolean>("session", () => true, () => (sessionReady ? true : undefined), timeoutMs, "a gateway session").then(() => undefined),
    dispatch(event, data) {
      if (!sessionId) throw new Error("fake Discord: no gateway session to dispatch to");
      dispatchTo(sessionReady ? socket : undefined, event, data);
    },
    dropConnection(code = 4000) {
      sessionReady = false;
      socket?.close(code, "dropped by the fake");
    },
    invalidateSession(resumable) {
      sessionReady = false;
      if (!resumable) sessionId = "";
      socket?.send(JSON.stringify({ op: 9, d: resumable }));
    },
    failNext: (match, fault, times = 1) => faults.add(match, fault, times),
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
