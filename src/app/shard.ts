// The process a shard runs (spawned by the sharding launcher): reads .env, opens the store and starts the bot.
import dotenv from "dotenv";
import { startFailed } from "../discord/lifecycle.ts";
import { startDiscord } from "../discord/gateway/startDiscord.ts";
import { openStore } from "./openStore.ts";

dotenv.config({ quiet: true });
const opened = await openStore();
if (opened.ok) await startDiscord(process.env, { store: opened.store });
else startFailed(opened.message);
