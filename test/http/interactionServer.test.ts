// The HTTP interactions endpoint as Discord meets it: signed requests answered with Discord's
// response shapes by the same command modules; unsigned, forged, stale, oversized and malformed
// requests refused before any command runs.
import { request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SlashCommandBuilder } from "@discordjs/builders";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Command } from "../../commands/command.ts";
import { commands } from "../../commands/index.ts";
import { createCooldown } from "../../src/discord/cooldown.ts";
import { createLogger } from "../../src/discord/logger.ts";
import type { InteractionRecord } from "../../src/discord/observe/interactionRecord.ts";
import { createResponder } from "../../src/discord/respond.ts";
import { createInteractionServer } from "../../src/discord/http/interactionServer.ts";
import { publicKeyFromHex } from "../../src/discord/http/verifySignature.ts";
import { seedStore } from "../support/stores.ts";
import { newSigner, nowSeconds, post, signedHeaders, type Reply } from "./signedRequests.ts";

const signer = newSigner();
const silent = createLogger({ write: () => undefined });

/** A command that only counts how often it runs: proof that a refused request reached nothing. */
let spyRuns = 0;
const spy: Command<string> = {
  definition: new SlashCommandBuilder().setName("spy").setDescription("counts its runs"),
  answer: async () => {
    spyRuns += 1;
    return "ran";
  },
  toTerminal: (result) => result,
  toDiscord: (result) => ({ content: result, embeds: [], components: [], allowed_mentions: { parse: [] } }),
};
const boom: Command<string> = {
  definition: new SlashCommandBuilder().setName("boom").setDescription("always fails"),
  answer: async () => {
    throw new Error("the answer blew up");
  },
  toTerminal: (result) => result,
  toDiscord: (result) => ({ content: result, embeds: [], components: [], allowed_mentions: { parse: [] } }),
  autocomplete: async () => {
    throw new Error("autocomplete blew up");
  },
};

let server: Server;
let url: string;
/** What the endpoint observed of each interaction it answered. */
const observed: InteractionRecord[] = [];

beforeAll(async () => {
  const responder = createResponder(await seedStore(), [...commands, spy, boom], createCooldown(10_000, 1_000));
  server = createInteractionServer({ publicKey: publicKeyFromHex(signer.publicKeyHex), responder, logger: silent, observe: (record) => void observed.push(record) });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  spyRuns = 0;
});

const user = { member: { user: { id: "111111111111111111" } } };

/** Each interaction Discord sends has its own id. */
let interactions = 0;
const nextId = (): string => `13000000000000${String((interactions += 1)).padStart(5, "0")}`;

async function signedPost(interaction: object): Promise<Reply> {
  const body = JSON.stringify({ id: nextId(), ...interaction });
  return post(url, body, signedHeaders(signer, body));
}

async function answer(interaction: object): Promise<{ type: number; data?: Record<string, unknown> }> {
  const reply = await signedPost(interaction);
  expect(reply.status).toBe(200);
  return JSON.parse(reply.text) as { type: number; data?: Record<string, unknown> };
}

const slash = (name: string, options: Record<string, string> = {}) => ({
  id: nextId(),
  type: 2,
  ...user,
  data: { name, type: 1, options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })) },
});

describe("signed interactions", () => {
  it("answers Discord's PING with a PONG", async () => {
    expect(await answer({ type: 1 })).toEqual({ type: 1 });
  });

  it("answers a slash command with the command's message, mentioning nobody", async () => {
    const reply = await answer(slash("quote", { who: "Peskov" }));
    expect(reply.type).toBe(4);
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
    const embeds = reply.data?.embeds as { description: string }[];
    expect(embeds[0]?.description).toContain("Peskov");
  });

  it("runs every command module with no options", async () => {
    for (const command of commands) {
      const reply = await answer(slash(command.definition.name));
      expect(reply.type).toBe(4);
      expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it("answers autocomplete with choices for the focused option", async () => {
    const reply = await answer({
      type: 4,
      ...user,
      data: { name: "who", options: [{ name: "name", type: 3, value: "pes", focused: true }] },
    });
    expect(reply.type).toBe(8);
    const choices = reply.data?.choices as { name: string; value: string }[];
    expect(choices.map((c) => c.value)).toContain("Dmitry Peskov");
  });

  it("turns the page in place when a Next button is pressed", async () => {
    const first = await answer(slash("quote", { who: "Putin" }));
    const rows = (first.data?.components ?? []) as { components: { custom_id: string; label: string }[] }[];
    const next = rows[0]?.components.find((c) => c.label === "Next");
    expect(next?.custom_id).toBe("page:quote:1:Putin||");
    const reply = await answer({ type: 3, ...user, data: { custom_id: next?.custom_id, component_type: 2 } });
    expect(reply.type).toBe(7);
    expect(reply.data?.allowed_mentions).toEqual({ parse: [] });
    const description = (reply.data?.embeds as { description: string }[])[0]?.description;
    expect(description).not.toBe((first.data?.embeds as { description: string }[])[0]?.description);
  });

  it("says an unknown command or a dead button is unknown, to the asker alone", async () => {
    const unknown = await answer(slash("nonsense"));
    expect(unknown.type).toBe(4);
    expect(unknown.data?.flags).toBe(64);
    const dead = await answer({ type: 3, ...user, data: { custom_id: "something-else", component_type: 2 } });
    expect(dead).toMatchObject({ type: 4, data: { flags: 64 } });
  });

  it("answers a failing command with a short ephemeral error, and failing autocomplete with no choices", async () => {
    const failed = await answer(slash("boom"));
    expect(failed).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(String(failed.data?.content)).toContain("something went wrong");
    expect(await answer({ type: 4, ...user, data: { name: "boom", options: [{ name: "x", type: 3, value: "", focused: true }] } })).toEqual({
      type: 8,
      data: { choices: [] },
    });
  });

  it("observes each answered interaction once: command, options, server, outcome and latency", async () => {
    observed.length = 0;
    await answer({ ...slash("quote", { who: "Peskov" }), guild_id: "222222222222222222" });
    await answer(slash("quote", { who: "Nobody Atall" }));
    await answer(slash("boom"));
    expect(observed.map(({ id, latencyMs, ...rest }) => ({ ...rest, timed: latencyMs >= 0 && Boolean(id) }))).toEqual([
      { command: "quote", kind: "command", options: { who: "Peskov" }, guild: "222222222222222222", outcome: "answered", timed: true },
      { command: "quote", kind: "command", options: { who: "Nobody Atall" }, guild: null, outcome: "notice", timed: true },
      { command: "boom", kind: "command", options: {}, guild: null, outcome: "failed", timed: true },
    ]);
  });

  it("runs a command exactly once per signed request", async () => {
    await answer(slash("spy"));
    expect(spyRuns).toBe(1);
  });
});

describe("refused requests never reach a command", () => {
  const body = JSON.stringify(slash("spy"));

  it("a wrong signature gets 401", async () => {
    const other = newSigner();
    const reply = await post(url, body, signedHeaders(other, body));
    expect(reply.status).toBe(401);
    expect(spyRuns).toBe(0);
  });

  it("a body changed after signing gets 401", async () => {
    const headers = signedHeaders(signer, body);
    const reply = await post(url, body.replace("spy", "spz"), headers);
    expect(reply.status).toBe(401);
  });

  it("missing signature headers get 401", async () => {
    const { "x-signature-ed25519": signature, "x-signature-timestamp": timestamp } = signedHeaders(signer, body);
    expect((await post(url, body, {})).status).toBe(401);
    expect((await post(url, body, { "x-signature-ed25519": signature ?? "" })).status).toBe(401);
    expect((await post(url, body, { "x-signature-timestamp": timestamp ?? "" })).status).toBe(401);
    expect((await post(url, body, { "x-signature-ed25519": "zz", "x-signature-timestamp": timestamp ?? "" })).status).toBe(401);
    expect(spyRuns).toBe(0);
  });

  it("a correctly signed but stale or future timestamp gets 401 (no replays)", async () => {
    const stale = await post(url, body, signedHeaders(signer, body, String(nowSeconds() - 301)));
    const future = await post(url, body, signedHeaders(signer, body, String(nowSeconds() + 600)));
    expect([stale.status, future.status]).toEqual([401, 401]);
    expect(stale.text).toContain("stale");
    expect(spyRuns).toBe(0);
  });

  it("a body over 64 KB gets 413 unread, even when signed", async () => {
    const huge = JSON.stringify({ ...slash("spy"), padding: "x".repeat(70 * 1024) });
    const reply = await post(url, huge, signedHeaders(signer, huge));
    expect(reply.status).toBe(413);
    expect(spyRuns).toBe(0);
  });

  it("a body over 64 KB sent without a length is cut off at 64 KB with 413", async () => {
    const reply = await new Promise<number | undefined>((resolve, reject) => {
      const request = httpRequest(url, { method: "POST", headers: signedHeaders(signer, "") }, (response) => {
        response.resume();
        resolve(response.statusCode);
      });
      request.on("error", reject);
      for (let i = 0; i < 80; i += 1) request.write("x".repeat(1024));
      request.end();
    });
    expect(reply).toBe(413);
    expect(spyRuns).toBe(0);
  });

  it("signed but malformed JSON, or JSON that is no interaction, gets 400", async () => {
    for (const bad of ["{", "", "null", "[]", '{"type":"two"}', '{"type":2,"data":{"options":"no"}}']) {
      expect((await post(url, bad, signedHeaders(signer, bad))).status, bad).toBe(400);
    }
    expect(spyRuns).toBe(0);
  });

  it("anything but POST gets 405; the health check answers", async () => {
    expect((await fetch(url)).status).toBe(405);
    const base = url.replace("/interactions", "");
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });
});
