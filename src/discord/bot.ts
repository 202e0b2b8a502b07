// The process a shard runs (spawned by the sharding launcher): reads .env and starts the bot.
import dotenv from "dotenv";
import { startDiscord } from "./startDiscord.ts";

dotenv.config({ quiet: true });
await startDiscord(process.env);
