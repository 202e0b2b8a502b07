// Promise: with METRICS_PORT set, a running console bot and a `npm run follow` worker each serve
// GET /healthz (ok, articles stored, uptime) and GET /metrics in Prometheus text format on 127.0.0.1,
// and the counters move: a command answered counts by command and outcome, a poll counts by feed,
// a feed that cannot be read counts as a failure. A store that cannot be read makes /healthz 503.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/discord/logger.ts";
import { createMetrics } from "../../src/discord/observe/metrics.ts";
import { startMetricsServer } from "../../src/discord/observe/metricsServer.ts";
import { startFakeWeb, type FakeWeb } from "../fakeWeb/fakeWeb.ts";
import { ConsoleBot } from "../support/consoleBot.ts";
import { childEnv, isOneLine, runApp, startApp, within } from "../support/processes.ts";
import { freePort, sample, scrape } from "../support/scrape.ts";
import { seedStore } from "../support/stores.ts";

let web: FakeWeb;
let dir: string;
beforeAll(async () => {
  web = await startFakeWeb();
  dir = mkdtempSync(join(tmpdir(), "metrics-endpoint-"));
});
afterAll(async () => {
  await web.close();
  rmSync(dir, { recursive: true, force: true });
});

const metricsOf = async (port: number): Promise<string> => (await scrape(port, "/metrics")).text;

describe("the console bot's health and metrics", { timeout: 120_000 }, () => {
  let bot: ConsoleBot;
  let port: number;
  const feed = (): string => web.url("/feeds/atom");
  const gone = (): string => web.url("/feeds/gone.xml");

  beforeAll(async () => {
    port = await freePort();
    const env = childEnv(join(dir, "console.db"), { METRICS_PORT: String(port), FEEDS: `${feed()} ${gone()}`, FEED_POLL_SECONDS: "5" });
    bot = new ConsoleBot(startApp("start.ts", [], { env, cwd: dir }));
    await bot.ready();
  }, 120_000);
  afterAll(() => bot.stop());

  it("says where the endpoint is, and answers /healthz with ok, the articles stored and the uptime", async () => {
    expect(bot.seen()).toContain(`http://127.0.0.1:${port}/healthz`);
    const health = await scrape(port, "/healthz");
    expect(health.status).toBe(200);
    expect(health.type).toBe("application/json");
    const body = JSON.parse(health.text) as { ok: boolean; articles: number; uptimeSeconds: number };
    expect(body.ok).toBe(true);
    expect(Number.isInteger(body.articles)).toBe(true);
    expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  it("counts a command by name and outcome (a notice when it names nothing stored), and times its answer", async () => {
    const before = await metricsOf(port);
    const answered = { command: "quote", kind: "command", outcome: "answered" };
    expect(sample(before, "coverage_bot_interactions_total", answered) ?? 0).toBe(0);
    await bot.ask("/quote Peskov");
    await bot.ask("/summary article:no-such-article");
    const after = await metricsOf(port);
    expect(sample(after, "coverage_bot_interactions_total", answered)).toBe(1);
    expect(sample(after, "coverage_bot_interactions_total", { command: "summary", outcome: "notice" })).toBe(1);
    expect(sample(after, "coverage_bot_answer_seconds_count", { command: "quote" })).toBe(1);
    expect(sample(after, "coverage_bot_answer_seconds_bucket", { command: "quote", le: "+Inf" })).toBe(1);
  });

  it("counts each feed's polls, its failures and what it filed, and reads the articles stored from the store", async () => {
    const metrics = await within(60_000, "both feeds to be polled", async () => {
      const text = await metricsOf(port);
      return sample(text, "coverage_bot_feed_polls_total", { feed: feed() }) && sample(text, "coverage_bot_feed_polls_total", { feed: gone() }) ? text : undefined;
    });
    expect(sample(metrics, "coverage_bot_feed_poll_failures_total", { feed: gone() })).toBeGreaterThanOrEqual(1);
    expect(sample(metrics, "coverage_bot_feed_poll_failures_total", { feed: feed() }) ?? 0).toBe(0);
    expect(sample(metrics, "coverage_bot_feed_articles_added_total", { feed: feed() })).toBe(2);
    const health = JSON.parse((await scrape(port, "/healthz")).text) as { articles: number };
    expect(sample(await metricsOf(port), "coverage_bot_articles_stored")).toBe(health.articles);
    expect(health.articles).toBe(2);
  });

  it("serves nothing else", async () => {
    expect((await scrape(port, "/")).status).toBe(404);
    expect((await fetch(`http://127.0.0.1:${port}/metrics`, { method: "POST" })).status).toBe(405);
  });
});

describe("npm run follow's health and metrics", { timeout: 120_000 }, () => {
  it("counts the worker's polls, and the endpoint goes when the worker stops", async () => {
    const port = await freePort();
    const env = childEnv(join(dir, "follow.db"), { METRICS_PORT: String(port), FEEDS: web.url("/feeds/items.json"), FEED_POLL_SECONDS: "5" });
    const worker = startApp("follow.ts", [], { env, cwd: dir });
    let output = "";
    worker.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    worker.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    const metrics = await within(90_000, "the worker's first poll to be counted", async () => {
      const text = await metricsOf(port).catch(() => "");
      return sample(text, "coverage_bot_feed_polls_total", { feed: web.url("/feeds/items.json") }) ? text : undefined;
    }, () => output);
    expect(sample(metrics, "coverage_bot_articles_stored")).toBe(sample(metrics, "coverage_bot_feed_articles_added_total", { feed: web.url("/feeds/items.json") }));
    expect(output).toContain('"metrics and health listening"');
    const exited = new Promise<number | null>((resolve) => worker.once("exit", (code) => resolve(code)));
    worker.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});

describe("what goes wrong", { timeout: 60_000 }, () => {
  it("answers /healthz with 503 when the store cannot be read, and still serves /metrics", async () => {
    const store = await seedStore();
    const metrics = createMetrics(store);
    const started = await startMetricsServer({ port: 0, host: "127.0.0.1" }, metrics, store, createLogger({ write: () => undefined }));
    if (!started.ok) throw new Error(started.message);
    expect((await scrape(started.server.port, "/healthz")).status).toBe(200);
    await store.close();
    const health = await scrape(started.server.port, "/healthz");
    expect(health.status).toBe(503);
    expect(JSON.parse(health.text)).toMatchObject({ ok: false });
    const text = await metricsOf(started.server.port);
    expect(sample(text, "coverage_bot_store_readable")).toBe(0);
    await started.server.stop();
  });

  it("refuses a malformed METRICS_PORT in one line and exits 1", async () => {
    const run = await runApp("start.ts", [], { env: childEnv(join(dir, "bad.db"), { METRICS_PORT: "nine thousand", FEEDS: "" }), cwd: dir });
    expect(run.code).toBe(1);
    expect(isOneLine(run.stderr)).toBe(true);
    expect(run.stderr).toMatch(/^METRICS_PORT is malformed/u);
  });
});
