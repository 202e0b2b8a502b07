// `npm start`: the HTTP interactions endpoint when INTERACTIONS_PORT is set, the Discord bot
// when DISCORD_TOKEN is set (in the environment or .env), otherwise the console, which answers
// the same commands in the terminal. Every mode answers from the live store, and follows the feeds
// listed in FEEDS or data/feeds.txt (unless FOLLOW_FEEDS=no: a `npm run follow` worker does it).
import dotenv from "dotenv";
import { fileURLToPath } from "node:url";
import { runConsole } from "../cli/console.ts";
import { startInteractionServer } from "../discord/http/startInteractionServer.ts";
import { startFailed } from "../discord/lifecycle.ts";
import { createLogger } from "../discord/logger.ts";
import { startDiscord } from "../discord/gateway/startDiscord.ts";
import { fetchConfig } from "./fetchConfig.ts";
import { botFollows, followConfig } from "./followConfig.ts";
import { followFeeds, type PollEvent } from "./following.ts";
import { openStore } from "./openStore.ts";
import { consolePollLine, logPoll } from "./pollReport.ts";

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
  const following = (report: (event: PollEvent) => void) => followFeeds(opened.store, feeds, report, fetching.limits);
  if (process.env.INTERACTIONS_PORT?.trim()) {
    const logger = createLogger();
    const started = await startInteractionServer(process.env, { store: opened.store, logger });
    if (started.ok) following((event) => logPoll(logger, event));
  } else if (process.env.DISCORD_TOKEN?.trim()) {
    const logger = createLogger();
    const started = await startDiscord(process.env, { store: opened.store, shardFile: SHARD_FILE, logger });
    if (started.ok) following((event) => logPoll(logger, event));
  } else {
    console.log(
      "Console mode (no DISCORD_TOKEN set; to connect to Discord put it in .env, see .env.example). Type help for the commands, exit to leave.",
    );
    const followed = following((event) => {
      const line = consolePollLine(event);
      if (line) console.log(line);
    });
    await runConsole(opened.store);
    await followed.stop();
    await opened.store.close();
  }
}
