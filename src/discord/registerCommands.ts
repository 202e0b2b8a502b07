// Registers the slash commands with Discord: in one server when a guild id is given (instant),
// else globally; REST goes to DISCORD_API_URL when set.
import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { Command } from "../../commands/command.ts";
import type { DiscordConfig } from "./config.ts";

export const commandPayload = (commands: readonly Command<unknown>[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] =>
  commands.map((c) => c.definition.toJSON());

/** Replaces the registered commands with `commands`; says where they went. */
export async function registerCommands(config: DiscordConfig, commands: readonly Command<unknown>[]): Promise<string> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const body = commandPayload(commands);
  if (config.guildId) {
    await rest.put(Routes.applicationGuildCommands(config.clientId, config.guildId), { body });
    return `Registered ${body.length} commands in server ${config.guildId} (available now).`;
  }
  await rest.put(Routes.applicationCommands(config.clientId), { body });
  return `Registered ${body.length} commands globally (Discord may take up to an hour to show them everywhere).`;
}
