// Starting HTTP interactions mode: one clear line per configuration problem (never echoing a value),
// and, when configured, an endpoint that answers Discord's PING with only the public key, no token.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readHttpConfig } from "../../src/discord/http/httpConfig.ts";
import { startInteractionServer } from "../../src/discord/http/startInteractionServer.ts";
import { createLogger } from "../../src/discord/logger.ts";
import { ingestedStore, seedStore } from "../support/stores.ts";
import { newSigner, post, signedHeaders } from "./signedRequests.ts";

const KEY = "a".repeat(64);

describe("HTTP mode configuration", () => {
  it("accepts a 64-hex-character public key and a port", () => {
    expect(readHttpConfig({ DISCORD_PUBLIC_KEY: ` ${KEY.toUpperCase()} `, INTERACTIONS_PORT: "8080" })).toEqual({
      ok: true,
      config: { publicKey: KEY, port: 8080 },
    });
  });

  it("names each missing or malformed value, without echoing it", () => {
    const missing = readHttpConfig({});
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.problems.some((p) => p.startsWith("DISCORD_PUBLIC_KEY is missing"))).toBe(true);
      expect(missing.problems.some((p) => p.startsWith("INTERACTIONS_PORT is missing"))).toBe(true);
    }
    const token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";
    for (const [key, port] of [[token, "80"], [KEY.slice(1), "80"], [KEY, "65536"], [KEY, "http"], [KEY, "-1"]] as const) {
      const read = readHttpConfig({ DISCORD_PUBLIC_KEY: key, INTERACTIONS_PORT: port });
      expect(read.ok, `${key} ${port}`).toBe(false);
      if (!read.ok) {
        expect(read.problems).toHaveLength(1);
        expect(read.problems[0]).toMatch(/^(DISCORD_PUBLIC_KEY|INTERACTIONS_PORT) is malformed: /u);
        expect(read.problems[0]).not.toContain(key);
      }
    }
  });
});

describe("startInteractionServer", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it("refuses to start on bad configuration, saying why", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const started = await startInteractionServer({ DISCORD_PUBLIC_KEY: "nope", INTERACTIONS_PORT: "8080" }, { store: await seedStore() });
    expect(started).toEqual({ ok: false, message: expect.stringContaining("DISCORD_PUBLIC_KEY is malformed") as string });
    process.exitCode = undefined;
  });

  it("serves signed interactions with the public key alone, then stops", async () => {
    dir = mkdtempSync(join(tmpdir(), "coverage-bot-http-"));
    const signer = newSigner();
    const env = { DISCORD_PUBLIC_KEY: signer.publicKeyHex, INTERACTIONS_PORT: "0", INTERACTIONS_HOST: "127.0.0.1" };
    const started = await startInteractionServer(env, { store: await ingestedStore(["data/sources"], join(dir, "coverage.db")), logger: createLogger({ write: () => undefined }) });
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const url = `http://127.0.0.1:${started.server.port}/`;
    const ping = JSON.stringify({ id: "1300000000000000001", type: 1 });
    const reply = await post(url, ping, signedHeaders(signer, ping));
    expect(reply).toEqual({ status: 200, text: '{"type":1}' });
    await started.server.stop();
    await expect(fetch(url)).rejects.toThrow();
  });
});
