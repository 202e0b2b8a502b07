// `npm start`: the HTTP interactions endpoint when INTERACTIONS_PORT is set, the Discord bot
// when DISCORD_TOKEN is set (in the environment or .env), otherwise the console, which answers
// the same commands in the terminal. Every mode answers from the live store, and follows the feeds
// listed in FEEDS or data/feeds.txt (unless FOLLOW_FEEDS=no: a `npm run follow` worker does it), with
// the health and metrics endpoint on METRICS_PORT and, in the Discord modes, the announce channel.
import dotenv from "dotenv";
import { fileURLToPath } from "node:url";
import { startFailed } from "../discord/lifecycle.ts";
import { createLogger, type Logger } from "../discord/logger.ts";
import { fetchConfig } from "./fetchConfig.ts";
import { botFollows, followConfig } from "./followConfig.ts";
import type { Following, PollEvent } from "./following.ts";
import { openStore } from "./openStore.ts";
import { startOperations, type Operations } from "./operations.ts";
import { consolePollLine } from "./pollReport.ts";

dotenv.config({ quiet: true });

const SHARD_FILE = fileURLToPath(new URL("./shard.ts", import.meta.url));

const follow = followConfig();
const fetching = fetchConfig();
const opened = follow.ok && fetching.ok ? await openStore() : null;
if (!follow.ok) {
  startFailed(follow.message);
} else if (!fetching.ok) {
  startFailed(fetching.message);
} else if (!opened?.ok) {
  startFailed(opened?.message ?? "The store could not be opened.");
} else {
  if (opened.notice) console.error(opened.notice);
  const feeds = botFollows() ? follow.config : { ...follow.config, feeds: [] };
  /** Each mode's front end, and feed following (fetching and analysing pages), load only when used: the first answer waits for neither. */
  const following = async (report: (event: PollEvent) => void): Promise<Following> =>
    feeds.feeds.length === 0 ? { stop: () => Promise.resolve() } : (await import("./following.ts")).followFeeds(opened.store, feeds, report, fetching.limits);
  const operating = async (logger: Logger, announce: boolean): Promise<Operations | null> => {
    const started = await startOperations(process.env, opened.store, logger, { announce });
    if (started.ok) return started.operations;
    startFailed(started.message);
    await opened.store.close();
    return null;
  };
  if (process.env.INTERACTIONS_PORT?.trim()) {
    const logger = createLogger();
    const operations = await operating(logger, true);
    const { startInteractionServer } = await import("../discord/http/startInteractionServer.ts");
    const started = operations ? await startInteractionServer(process.env, { store: opened.store, logger, metrics: operations.metrics }) : null;
    if (started?.ok) await following((event) => operations?.polled(event));
    else await operations?.stop();
  } else if (process.env.DISCORD_TOKEN?.trim()) {
    const logger = createLogger();
    const operations = await operating(logger, true);
    const { startDiscord } = await import("../discord/gateway/startDiscord.ts");
    const started = operations ? await startDiscord(process.env, { store: opened.store, shardFile: SHARD_FILE, logger, metrics: operations.metrics }) : null;
    if (started?.ok) await following((event) => operations?.polled(event));
    else await operations?.stop();
  } else {
    // The console's answers go to stdout: its own logs go to stderr, and only problems.
    const logger = createLogger(process.stderr);
    logger.level = "warn";
    const operations = await operating(logger, false);
    if (operations) {
      if (operations.metricsPort !== undefined) console.log(`Health and metrics: http://${process.env.METRICS_HOST?.trim() || "127.0.0.1"}:${operations.metricsPort}/healthz and /metrics`);
      console.log(
        "Console mode (no DISCORD_TOKEN set; to connect to Discord put it in .env, see .env.example). Type help for the commands, exit to leave.",
      );
      const { runConsole } = await import("../cli/console.ts");
      const followed = await following((event) => {
        operations.metrics.countPoll(event);
        const line = consolePollLine(event);
        if (line) console.log(line);
      });
      await runConsole(opened.store, (record) => operations.metrics.countInteraction(record));
      await followed.stop();
      await operations.stop();
      await opened.store.close();
    }
  }
}
