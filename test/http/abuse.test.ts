// The HTTP interactions endpoint against a replaying, dripping or flooding client: a signed request
// sent again is refused without running its command or using up the user's flood guard; a client that
// drips its request is cut off once the 10-second request time-out passes; a flood of unsigned requests
// writes a few log lines, not one per request.
import { connect } from "node:net";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SlashCommandBuilder } from "@discordjs/builders";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Command } from "../../commands/command.ts";
import { createCooldown } from "../../src/discord/cooldown.ts";
import { createLogger } from "../../src/discord/logger.ts";
import { createResponder } from "../../src/discord/respond.ts";
import { createInteractionServer, REQUEST_TIMEOUT_MS } from "../../src/discord/http/interactionServer.ts";
import { publicKeyFromHex } from "../../src/discord/http/verifySignature.ts";
import type { CoverageStore } from "../../src/store/coverageStore.ts";
import { seedStore } from "../support/stores.ts";
import { newSigner, post, signedHeaders } from "./signedRequests.ts";

const signer = newSigner();
let store: CoverageStore;
let runs = 0;
const spy: Command<string> = {
  definition: new SlashCommandBuilder().setName("spy").setDescription("counts its runs"),
  answer: () => {
    runs += 1;
    return Promise.resolve(`run ${runs}`);
  },
  toTerminal: (result) => result,
  toDiscord: (result) => ({ content: result, embeds: [], components: [], allowed_mentions: { parse: [] } }),
};

let server: Server | undefined;
let url: string;
let logLines: string[];
/** Seconds added to the endpoint's clock, to move it a minute on. */
let clockAhead = 0;

/** An endpoint answering /spy, with a flood guard of `perMinute` commands a user, its log lines kept. */
async function start(perMinute: number): Promise<void> {
  logLines = [];
  const logger = createLogger({ write: (line: string) => void logLines.push(line) });
  const responder = createResponder(store, [spy], createCooldown(perMinute, 60_000));
  const nowSeconds = () => Math.floor(Date.now() / 1000) + clockAhead;
  server = createInteractionServer({ publicKey: publicKeyFromHex(signer.publicKeyHex), responder, logger, nowSeconds, observe: () => undefined });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

beforeAll(async () => {
  store = await seedStore();
});
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => server?.close(() => resolve()));
  server = undefined;
  runs = 0;
  clockAhead = 0;
});

const spyInteraction = (id: string) => JSON.stringify({ id, type: 2, member: { user: { id: "111111111111111111" } }, data: { name: "spy", type: 1 } });
const contentOf = (text: string) => (JSON.parse(text) as { data?: { content?: string } }).data?.content;

describe("a replayed interaction", () => {
  it("is refused when the same signed request comes again inside the timestamp window, and its command runs once", async () => {
    await start(100);
    const body = spyInteraction("1300000000000000101");
    const headers = signedHeaders(signer, body);
    const first = await post(url, body, headers);
    const again = await post(url, body, headers);
    expect(first.status).toBe(200);
    expect(again).toEqual({ status: 401, text: "replayed interaction\n" });
    expect(runs).toBe(1);
  });

  it("is refused when signed again with a new timestamp, since its id was answered", async () => {
    await start(100);
    const body = spyInteraction("1300000000000000102");
    expect((await post(url, body, signedHeaders(signer, body))).status).toBe(200);
    const later = String(Math.floor(Date.now() / 1000) + 30);
    expect((await post(url, body, signedHeaders(signer, body, later))).status).toBe(401);
    expect(runs).toBe(1);
  });

  it("does not use up the user's flood guard", async () => {
    await start(2);
    const body = spyInteraction("1300000000000000103");
    const headers = signedHeaders(signer, body);
    expect(contentOf((await post(url, body, headers)).text)).toBe("run 1");
    for (let i = 0; i < 5; i += 1) expect((await post(url, body, headers)).status).toBe(401);
    const next = spyInteraction("1300000000000000104");
    expect(contentOf((await post(url, next, signedHeaders(signer, next))).text)).toBe("run 2");
  });
});

describe("a client that drips its request", () => {
  it(`is cut off soon after the ${REQUEST_TIMEOUT_MS / 1000}-second request time-out`, { timeout: 60_000 }, async () => {
    await start(100);
    const { port } = new URL(url);
    const started = Date.now();
    const closedAfter = await new Promise<number>((resolve) => {
      const socket = connect(Number(port), "127.0.0.1", () => {
        socket.write("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
        const drip = setInterval(() => socket.write("x"), 500);
        socket.on("close", () => {
          clearInterval(drip);
          resolve(Date.now() - started);
        });
      });
      socket.on("error", () => undefined);
      socket.resume();
    });
    expect(closedAfter).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 500);
    expect(closedAfter).toBeLessThan(REQUEST_TIMEOUT_MS + 2_500);
  });
});

describe("a flood of unsigned requests", () => {
  it("writes a few log lines, not one for each of 500 requests, and counts the rest in the next minute's first line", async () => {
    await start(100);
    const body = spyInteraction("1300000000000000105");
    for (let i = 0; i < 500; i += 1) expect((await post(url, body, {})).status).toBe(401);
    expect(runs).toBe(0);
    expect(logLines).toHaveLength(10);
    expect(logLines.every((line) => line.includes("missing signature headers"))).toBe(true);
    clockAhead = 61;
    await post(url, body, {});
    expect(JSON.parse(logLines.at(-1) ?? "{}")).toMatchObject({ reason: "missing signature headers", notLogged: 490 });
  });
});
