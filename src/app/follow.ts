// `npm run follow`: polls the followed feeds and files their new items in the store, alone, for when
// several bot processes share one store (set FOLLOW_FEEDS=no in theirs, so only this process polls).
// Serves health and metrics on METRICS_PORT and announces new articles in ANNOUNCE_CHANNEL_ID when
// DISCORD_TOKEN is set. Stops cleanly on SIGINT/SIGTERM after the poll in progress.
import dotenv from "dotenv";
import { createLogger } from "../discord/logger.ts";
import { fetchConfig } from "./fetchConfig.ts";
import { followConfig } from "./followConfig.ts";
import { followFeeds } from "./following.ts";
import { openStore } from "./openStore.ts";
import { startOperations } from "./operations.ts";

dotenv.config({ quiet: true });

const config = followConfig();
const fetching = fetchConfig();
const opened = config.ok && fetching.ok ? await openStore(process.env, { seed: false }) : null;
if (!config.ok) {
  console.error(config.message);
  process.exitCode = 1;
} else if (!fetching.ok) {
  console.error(fetching.message);
  process.exitCode = 1;
} else if (config.config.feeds.length === 0) {
  console.error("No feeds to follow: list them in FEEDS (spaces or commas) or in data/feeds.txt (one URL a line).");
  process.exitCode = 1;
} else if (!opened?.ok) {
  console.error(opened?.message ?? "The store could not be opened.");
  process.exitCode = 1;
} else {
  const logger = createLogger();
  const store = opened.store;
  const operations = await startOperations(process.env, store, logger, { announce: true });
  if (!operations.ok) {
    console.error(operations.message);
    await store.close();
    process.exitCode = 1;
  } else {
    logger.info({ feeds: config.config.feeds.length, pollSeconds: config.config.pollSeconds, store: opened.path }, "following feeds");
    const following = followFeeds(store, config.config, (event) => operations.operations.polled(event), fetching.limits);
    const keepAlive = setInterval(() => undefined, 1 << 30);
    const stop = async (): Promise<void> => {
      clearInterval(keepAlive);
      await following.stop();
      await operations.operations.stop();
      await store.close();
    };
    process.once("SIGINT", () => void stop());
    process.once("SIGTERM", () => void stop());
  }
}
