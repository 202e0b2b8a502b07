// `npm run deploy-commands`: registers the slash commands (guild when DISCORD_GUILD_ID is set, else
// global), with a clear message and exit code 1 for bad configuration or a refused request.
import dotenv from "dotenv";
import { commands } from "../../commands/index.ts";
import { readConfig } from "../discord/config.ts";
import { registerCommands } from "../discord/registerCommands.ts";

dotenv.config({ quiet: true });

const read = readConfig(process.env);
if (!read.ok) {
  for (const problem of read.problems) console.error(problem);
  process.exit(1);
}
try {
  console.log(await registerCommands(read.config, commands));
} catch (error) {
  console.error(`Could not register the commands: ${(error as Error).message}`);
  process.exit(1);
}
