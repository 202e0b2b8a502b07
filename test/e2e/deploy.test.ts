// `npm run deploy-commands` and `npm start` as processes against the fake Discord: the registration
// payload (guild and global), and the exact message for a malformed token or a missing client id.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.ts";
import { APP_ID, GUILD_ID, TOKEN } from "../fakeDiscord/ids.ts";
import { startFakeDiscord, type FakeDiscord } from "../fakeDiscord/server.ts";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const TSX = pathToFileURL(resolve("node_modules/tsx/dist/loader.mjs")).href;
let emptyDir: string;

/** Runs a TypeScript entry point with tsx, only the given environment, in an empty directory (no developer .env read). */
function run(file: string, env: Record<string, string>): Promise<Run> {
  return new Promise((done, reject) => {
    const child = spawn(process.execPath, ["--import", TSX, resolve(file)], {
      cwd: emptyDir,
      env: { PATH: process.env.PATH ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

let fake: FakeDiscord;
beforeAll(async () => {
  emptyDir = mkdtempSync(join(tmpdir(), "coverage-bot-run-"));
  fake = await startFakeDiscord();
});
afterAll(async () => {
  await fake.close();
  rmSync(emptyDir, { recursive: true, force: true });
});

describe("deploy-commands", () => {
  const expected = commands.map((c) => c.definition.toJSON());

  it("registers every command in the guild when DISCORD_GUILD_ID is set", async () => {
    const result = await run("src/app/deployCommands.ts", {
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: APP_ID,
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_API_URL: fake.apiUrl,
    });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Registered ${expected.length} commands in server ${GUILD_ID}`);
    const put = await fake.waitForRequest((r) => r.method === "PUT" && r.path === `/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.authorization).toBe(`Bot ${TOKEN}`);
    expect(put.body).toEqual(JSON.parse(JSON.stringify(expected)));
    const names = (put.body as { name: string; options?: { name: string; autocomplete?: boolean }[] }[]).map((c) => c.name);
    expect(names.sort()).toEqual(["ask", "coverage", "help", "quote", "related", "sources", "summary", "who"]);
  });

  it("registers each command for server and user installs, usable in servers, DMs with the bot and group DMs", async () => {
    await run("src/app/deployCommands.ts", { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.apiUrl });
    const put = await fake.waitForRequest((r) => r.method === "PUT" && r.path === `/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    for (const command of put.body as { name: string; integration_types?: number[]; contexts?: number[] }[]) {
      expect(command.integration_types, command.name).toEqual([0, 1]);
      expect(command.contexts, command.name).toEqual([0, 1, 2]);
    }
  });

  it("registers globally without DISCORD_GUILD_ID", async () => {
    const result = await run("src/app/deployCommands.ts", { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("globally");
    await fake.waitForRequest((r) => r.method === "PUT" && r.path === `/api/v10/applications/${APP_ID}/commands`);
  });

  it("says what is wrong with a missing client id, without a stack trace", async () => {
    const result = await run("src/app/deployCommands.ts", { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      "DISCORD_CLIENT_ID is missing: copy the Application ID from the developer portal (General Information) into .env.",
    );
  });
});

describe("npm start with a bad configuration", () => {
  it("names a malformed token exactly and never prints it", async () => {
    const result = await run("src/app/start.ts", { DISCORD_TOKEN: "not-a-token", DISCORD_CLIENT_ID: APP_ID, DISCORD_API_URL: fake.apiUrl });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^DISCORD_TOKEN is malformed: /u);
    expect(result.stderr).not.toContain("not-a-token");
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  });

  it("names a missing client id", async () => {
    const result = await run("src/app/start.ts", { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: fake.apiUrl });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      "DISCORD_CLIENT_ID is missing: copy the Application ID from the developer portal (General Information) into .env.",
    );
  });
});
