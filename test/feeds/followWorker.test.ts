// `npm run follow`: the feed worker alone files a followed feed's items in the store and logs each
// poll as one structured line, which `npm run cli -- feeds --json` (another process) then lists; it
// stops cleanly on SIGTERM; with no feeds listed it says where to list them, in one line, and exits 1.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedsResultSchema } from "../../src/answer/contract.ts";
import { openSqliteStore } from "../../src/store/sqlite/sqliteStore.ts";
import { startFakeWeb, type FakeWeb } from "../fakeWeb/fakeWeb.ts";
import { childEnv, isOneLine, runApp, runCli, startApp, within } from "../support/processes.ts";

let web: FakeWeb;
let dir: string;
beforeAll(async () => {
  web = await startFakeWeb();
  dir = mkdtempSync(join(tmpdir(), "follow-worker-"));
});
afterAll(async () => {
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("npm run follow", { timeout: 120_000 }, () => {
  it("files a followed feed's items, logs the poll, and stops on SIGTERM", async () => {
    const storePath = join(dir, "coverage.db");
    const worker = startApp("follow.ts", [], { env: childEnv(storePath, { FEEDS: web.url("/feeds/atom"), FEED_POLL_SECONDS: "5" }), cwd: dir });
    let output = "";
    worker.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    worker.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    const polled = await within(90_000, "the worker to log its first poll", () => Promise.resolve(output.split("\n").find((line) => line.includes('"feed polled"'))), () => output);
    const event = (JSON.parse(polled) as { poll: { feed: string; added: number; nextPollSeconds: number } }).poll;
    expect(event).toMatchObject({ feed: web.url("/feeds/atom"), nextPollSeconds: 5 });
    expect(event.added).toBeGreaterThan(0);
    const store = openSqliteStore(storePath);
    expect(await store.articleCount()).toBe(event.added);
    await store.close();
    const listed = FeedsResultSchema.parse(JSON.parse((await runCli(storePath, ["feeds", "--json"])).stdout));
    expect(listed.feeds).toEqual([
      expect.objectContaining({ url: web.url("/feeds/atom"), title: "Environment & Impeachment", items: 2, failures: 0, lastSuccess: expect.any(String), nextPoll: expect.any(String) }),
    ]);
    const exited = new Promise<number | null>((resolve) => worker.once("exit", (code) => resolve(code)));
    worker.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("says where to list feeds when there are none, in one line", async () => {
    const run = await runApp("follow.ts", [], { env: childEnv(join(dir, "none.db"), { FEEDS: "" }), cwd: dir });
    expect(run.code).toBe(1);
    expect(isOneLine(run.stderr)).toBe(true);
    expect(run.stderr).toMatch(/No feeds to follow: list them in FEEDS .* or in data\/feeds\.txt/u);
  });
});
