// `npm start`: the HTTP interactions endpoint when INTERACTIONS_PORT is set, the Discord bot
// when DISCORD_TOKEN is set (in the environment or .env), otherwise the console, which answers
// the same commands in the terminal. Every mode answers from the live store.
import dotenv from "dotenv";
import { fileURLToPath } from "node:url";
import { runConsole } from "../cli/console.ts";
import { startInteractionServer } from "../discord/http/startInteractionServer.ts";
import { startFailed } from "../discord/lifecycle.ts";
import { startDiscord } from "../discord/gateway/startDiscord.ts";
import { openStore } from "./openStore.ts";

dotenv.config({ quiet: true });

const SHARD_FILE = fileURLToPath(new URL("./shard.ts", import.meta.url));

const opened = await openStore();
if (!opened.ok) {
  startFailed(opened.message);
} else {
  if (opened.notice) console.error(opened.notice);
  if (process.env.INTERACTIONS_PORT?.trim()) {
    await startInteractionServer(process.env, { store: opened.store });
  } else if (process.env.DISCORD_TOKEN?.trim()) {
    await startDiscord(process.env, { store: opened.store, shardFile: SHARD_FILE });
  } else {
    console.log(
      "Console mode (no DISCORD_TOKEN set; to connect to Discord put it in .env, see .env.example). Type help for the commands, exit to leave.",
    );
    await runConsole(opened.store);
    await opened.store.close();
  }
}
