// A well-formed token Discord refuses: startDiscord says it could not log in, in one line, and
// leaves nothing running.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { createLogger } from "../../src/discord/logger.ts";
import { seedStore } from "../support/stores.ts";
import { startDiscord } from "../../src/discord/gateway/startDiscord.ts";
import { startFakeDiscord, type FakeDiscord } from "../fakeDiscord/server.ts";
import { botEnv } from "./harness.ts";

let fake: FakeDiscord;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "coverage-bot-login-"));
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

it("reports a refused token without a stack trace and without the token", async () => {
  const wrong = "MjIyMjIyMjIyMjIyMjIyMjIy.GwRoNg.wrong-token-refused-by-the-fake_987654";
  const logs: string[] = [];
  const logger = createLogger(new Writable({ write: (chunk: Buffer, _e, done) => (logs.push(chunk.toString()), done()) }));
  const printed = vi.spyOn(console, "error").mockImplementation(() => undefined);
  const exitCode = process.exitCode;
  try {
    const result = await startDiscord({ ...botEnv(fake, join(dir, "coverage.db")), DISCORD_TOKEN: wrong }, { store: await seedStore(), logger });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^Could not log in to Discord: /u);
    expect(result.message).not.toContain(wrong);
    expect(printed).toHaveBeenCalledWith(result.message);
    expect(logs.join("")).not.toContain(wrong);
  } finally {
    printed.mockRestore();
    process.exitCode = exitCode;
  }
});
