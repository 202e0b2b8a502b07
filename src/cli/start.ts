// `npm start`: the HTTP interactions endpoint when INTERACTIONS_PORT is set, the Discord bot
// when DISCORD_TOKEN is set (in the environment or .env), otherwise the console, which answers
// the same commands in the terminal.
import dotenv from "dotenv";
import { startInteractionServer } from "../discord/http/startInteractionServer.ts";
import { startDiscord } from "../discord/startDiscord.ts";
import { openCorpus } from "../store/openCorpus.ts";
import { runConsole } from "./console.ts";

dotenv.config({ quiet: true });

if (process.env.INTERACTIONS_PORT?.trim()) {
  await startInteractionServer(process.env);
} else if (process.env.DISCORD_TOKEN?.trim()) {
  await startDiscord(process.env);
} else {
  console.log(
    "Console mode (no DISCORD_TOKEN set; to connect to Discord put it in .env, see .env.example). Type help for the commands, exit to leave.",
  );
  const opened = await openCorpus();
  if (!opened.ok) {
    console.error(opened.message);
    process.exit(1);
  }
  await runConsole(opened.corpus);
}
